// A consuming service scaled on its backlog (KEDA on queue length): replicas follow the
// messages waiting, so a spike parked in the queue is drained faster and the quiet hours cost less.
import { updateNode } from '../changes';
import { distributionMean } from '../distribution-mean';
import { isServiceLike } from '../kinds/guards';
import { LIMITS } from '../limits';
import type { BacklogAutoscale } from '../schema/autoscale';
import type { ConsumeEdge, ServiceLikeNode, Variant } from '../types';
import { findNode, recordedStep } from './make-step';
import { TransformationError, type TransformationResult } from './transformation';

/** How long one replica should take to clear its share of the backlog: the target per replica. */
export const DRAIN_TARGET_S = 10;
/** The most replicas it may scale out to, as a multiple of today's. */
export const MAX_SCALE_OUT = 4;

/**
 * Never fewer replicas than today, up to four times as many; a target backlog per replica of
 * what its consumer workers handle in 10 s at the mean service time (at least 1 message).
 */
export function suggestedAutoscale(
  node: ServiceLikeNode,
  consumes: ConsumeEdge[],
): BacklogAutoscale {
  const meanMs = distributionMean(node.serviceTimeMs);
  const workers = consumes.reduce((sum, e) => sum + e.concurrency, 0);
  const perSecond = meanMs > 0 ? (workers * 1000) / meanMs : Infinity;
  const target = Number.isFinite(perSecond)
    ? Math.min(LIMITS.backlog, Math.max(1, Math.round(perSecond * DRAIN_TARGET_S)))
    : 100;
  return {
    metric: 'backlog',
    minReplicas: node.replicas,
    maxReplicas: Math.min(
      LIMITS.replicas,
      Math.max(node.replicas + 1, node.replicas * MAX_SCALE_OUT),
    ),
    backlogPerReplica: target,
    pollingS: 15,
    cooldownS: 300,
    startDelayS: 30,
  };
}

export function autoscaleConsumers(variant: Variant, nodeId: string): TransformationResult {
  const node = findNode(variant, nodeId);
  if (!isServiceLike(node))
    throw new TransformationError(
      `only a service consumes messages and has replicas to scale; "${node.name}" is a ${node.kind}`,
    );
  if (node.autoscale)
    throw new TransformationError(
      `"${node.name}" already scales ${node.autoscale.minReplicas}–${node.autoscale.maxReplicas} replicas automatically`,
    );
  const consumes = variant.edges.filter(
    (e): e is ConsumeEdge => e.kind === 'consume' && e.to === node.id,
  );
  if (consumes.length === 0)
    throw new TransformationError(
      `"${node.name}" consumes from no queue or topic: there is no backlog to scale on`,
    );
  const a = suggestedAutoscale(node, consumes);
  return recordedStep(
    'autoscale-consumers',
    `autoscale-${node.id}`,
    `Autoscale ${node.name} on its backlog (${a.minReplicas}–${a.maxReplicas} replicas)`,
    `${node.name} scales on the messages waiting for it, as KEDA does on queue length: one replica per ${a.backlogPerReplica} messages ` +
      `(what a replica handles in about ${DRAIN_TARGET_S} s), polled every ${a.pollingS} s, between ${a.minReplicas} (today's) and ${a.maxReplicas}. ` +
      `A new replica takes work ${a.startDelayS} s after the decision and scale-in waits ${a.cooldownS} s, so a spike is drained faster and the peak's replicas leave once it has passed.`,
    [updateNode({ ...node, autoscale: a })],
    [
      [
        'autoscale-start',
        `A new replica of ${node.name} is ready within ${a.startDelayS} s (image pulled, connections warm)`,
      ],
      [
        'autoscale-limits',
        `What ${node.name} calls or writes to can take ${a.maxReplicas} replicas at once`,
      ],
    ],
  );
}
