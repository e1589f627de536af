// A call retries failures with exponential backoff.
import { updateEdge } from '../changes';
import { retriesSchema } from '../schema/edge';
import type { Retries, Variant } from '../types';
import { findEdge, findNode, recordedStep } from './make-step';
import { TransformationError, type TransformationResult } from './transformation';

/** Two retries with the file format's default backoff. */
export const DEFAULT_RETRIES: Retries = retriesSchema.parse({ max: 2 });

export function addRetries(
  variant: Variant,
  edgeId: string,
  retries: Retries = DEFAULT_RETRIES,
): TransformationResult {
  const call = findEdge(variant, edgeId, 'call');
  if (call.retries !== null && call.retries.max > 0)
    throw new TransformationError('this call already retries');
  if (!Number.isInteger(retries.max) || retries.max < 1)
    throw new TransformationError('retries.max must be a whole number ≥ 1');
  const caller = findNode(variant, call.from);
  const callee = findNode(variant, call.to);
  return recordedStep(
    'add-retries',
    `retries-${call.id}`,
    `Retry ${caller.name} → ${callee.name} up to ${retries.max}× with backoff`,
    `Transient failures of ${callee.name} are retried after ${retries.backoffMs} ms, growing ×${retries.multiplier} each time. ` +
      `Retries multiply the load on a struggling ${callee.name}${call.timeoutMs === null ? ' and, without a timeout, only fire on errors' : ''}; simulate the peak to check for a retry storm.`,
    [updateEdge({ ...call, retries: { ...retries } })],
    [['retry-safe', `The call to ${callee.name} is safe to repeat (idempotent)`]],
  );
}
