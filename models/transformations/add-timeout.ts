// A call stops waiting after a deadline instead of holding the caller's worker indefinitely.
import { updateEdge } from '../changes';
import type { Distribution, ModelNode, Variant } from '../types';
import { findEdge, findNode, recordedStep } from './make-step';
import { TransformationError, type TransformationResult } from './transformation';

/** A rough p99 of a duration distribution, in ms. */
function roughP99(d: Distribution): number {
  switch (d.type) {
    case 'constant':
      return d.value;
    case 'exponential':
      return d.mean * 4.6;
    case 'uniform':
      return d.max;
    case 'lognormal':
      return d.p99;
    case 'empirical':
      return [...d.values].sort((a, b) => a - b)[Math.floor(d.values.length * 0.99)] ?? 0;
  }
}

/** Three times the callee's own p99, rounded up to 100 ms, at least 100 ms. */
export function suggestedTimeoutMs(callee: ModelNode): number {
  const p99 = 'serviceTimeMs' in callee ? roughP99(callee.serviceTimeMs) : 100;
  return Math.max(100, Math.ceil((p99 * 3) / 100) * 100);
}

export function addTimeout(
  variant: Variant,
  edgeId: string,
  timeoutMs?: number,
): TransformationResult {
  const call = findEdge(variant, edgeId, 'call');
  if (call.timeoutMs !== null)
    throw new TransformationError(`this call already has a timeout of ${call.timeoutMs} ms`);
  const caller = findNode(variant, call.from);
  const callee = findNode(variant, call.to);
  const ms = timeoutMs ?? suggestedTimeoutMs(callee);
  if (!(ms > 0)) throw new TransformationError('the timeout must be > 0 ms');
  return recordedStep(
    'add-timeout',
    `timeout-${call.id}`,
    `Add a ${ms} ms timeout to ${caller.name} → ${callee.name}`,
    `${caller.name} gives up on ${callee.name} after ${ms} ms, so a slow ${callee.name} costs a failed request instead of a worker held indefinitely; ` +
      `this bounds how far a slowdown can spread upstream.`,
    [updateEdge({ ...call, timeoutMs: ms })],
    [['timeout-budget', 'Timeout fits inside the caller’s own deadline']],
  );
}
