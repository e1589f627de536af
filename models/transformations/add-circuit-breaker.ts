// A call fails fast while its callee keeps failing, instead of piling up on it.
import { updateEdge } from '../changes';
import { circuitBreakerSchema } from '../schema/edge';
import type { CircuitBreaker, Variant } from '../types';
import { findEdge, findNode, recordedStep } from './make-step';
import { TransformationError, type TransformationResult } from './transformation';

/** The file format's defaults, so the editor and the schema cannot disagree. */
export const DEFAULT_CIRCUIT_BREAKER: CircuitBreaker = circuitBreakerSchema.parse({});

export function addCircuitBreaker(
  variant: Variant,
  edgeId: string,
  breaker: CircuitBreaker = DEFAULT_CIRCUIT_BREAKER,
): TransformationResult {
  const call = findEdge(variant, edgeId, 'call');
  if (call.circuitBreaker !== null)
    throw new TransformationError('this call already has a circuit breaker');
  const caller = findNode(variant, call.from);
  const callee = findNode(variant, call.to);
  return recordedStep(
    'add-circuit-breaker',
    `breaker-${call.id}`,
    `Add a circuit breaker to ${caller.name} → ${callee.name}`,
    `When at least ${Math.round(breaker.failureRatio * 100)}% of ${breaker.minCalls}+ calls in ${breaker.windowS} s fail, ${caller.name} stops calling ${callee.name} for ${breaker.openS} s ` +
      `and fails fast, which frees its workers and gives ${callee.name} room to recover.`,
    [updateEdge({ ...call, circuitBreaker: { ...breaker } })],
    [['fallback', `Fallback behaviour of ${caller.name} while the circuit is open`]],
  );
}
