import { isServiceLike } from '../kinds/guards';
import type { ConsumeEdge, ModelNode } from '../types';

/**
 * A consumer that takes over from calls keeps the workers the callee served those calls with
 * (its concurrency on each replica): decoupling moves the work, it does not shrink the pool
 * that does it. The schema's default (4 per replica) would cap the callee's throughput.
 */
export function withCalleeWorkers(edge: ConsumeEdge, callee: ModelNode): ConsumeEdge {
  return isServiceLike(callee) ? { ...edge, concurrency: callee.concurrency } : edge;
}
