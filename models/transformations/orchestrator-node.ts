// The service an orchestration adds: a thin coordinator that takes each event and issues the
// commands, with a subscription as large as the largest of the participants' it replaces.
import { defaultNode } from '../elements/new-node';
import { consumerWorkers } from '../consumer-workers';
import { isServiceLike } from '../kinds/guards';
import type { ConsumeEdge, Distribution, ModelNode, ServiceLikeNode } from '../types';

/** Its own work per event: read and write the saga's state (p50 5 ms, p99 25 ms). */
export const ORCHESTRATOR_SERVICE_TIME: Distribution = { type: 'lognormal', p50: 5, p99: 25 };

/** A participant's former subscription and the service that consumed through it. */
export interface Subscription {
  edge: ConsumeEdge;
  participant: ModelNode;
}

/**
 * The subscription with the most consumer workers (the first among equals): the orchestrator's
 * own takes its size, so that it takes the events at least as fast as any participant did.
 */
export function largestSubscription(subscriptions: readonly Subscription[]): Subscription {
  const workers = (s: Subscription): number =>
    consumerWorkers(s.edge, replicasOf(s.participant)).total;
  return subscriptions.reduce((best, s) => (workers(s) > workers(best) ? s : best));
}

const replicasOf = (n: ModelNode): number => (isServiceLike(n) ? n.replicas : 1);

export function orchestratorNode(
  id: string,
  name: string,
  position: { x: number; y: number },
  description: string,
  largest: Subscription,
): ServiceLikeNode {
  return defaultNode({
    id,
    name,
    kind: 'service',
    position,
    description,
    replicas: replicasOf(largest.participant),
    serviceTimeMs: ORCHESTRATOR_SERVICE_TIME,
  }) as ServiceLikeNode;
}

/** The orchestrator's subscription: the largest pool's size; idempotent if every former one was. */
export function orchestratorSubscription(
  edge: ConsumeEdge,
  subscriptions: readonly Subscription[],
): ConsumeEdge {
  const largest = largestSubscription(subscriptions).edge;
  return {
    ...edge,
    concurrency: largest.concurrency,
    maxConsumers: largest.maxConsumers,
    idempotent: subscriptions.every((s) => s.edge.idempotent),
  };
}
