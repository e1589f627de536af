import type { ConsumeEdge } from './types';

/** How many consumer workers a consume edge has in all, and how that number comes about. */
export interface ConsumerWorkers {
  replicas: number;
  perReplica: number;
  /** The edge's cap across all replicas, or null. */
  cap: number | null;
  /** min(replicas × perReplica, cap): the workers the simulator runs for this subscription. */
  total: number;
  /** True when the cap, not replicas × per replica, sets the total. */
  capped: boolean;
}

/**
 * Consumers scale with the consuming service, as deployed consumers do (one consumer group
 * member, or one pool of broker-client threads, per instance): `concurrency` workers on each of
 * the service's `replicas`, up to the edge's `maxConsumers`.
 */
export function consumerWorkers(
  edge: Pick<ConsumeEdge, 'concurrency' | 'maxConsumers'>,
  replicas: number,
): ConsumerWorkers {
  const uncapped = replicas * edge.concurrency;
  const cap = edge.maxConsumers;
  const capped = cap !== null && cap < uncapped;
  return { replicas, perReplica: edge.concurrency, cap, total: capped ? cap : uncapped, capped };
}
