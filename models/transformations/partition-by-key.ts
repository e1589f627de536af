// A queue or topic partitioned by a message key, as Kafka topics are: messages of one key stay
// in order (one partition, handled one at a time), at the cost of parallelism beyond the
// partition count. The count it sets keeps every consumer worker busy at today's (or the
// autoscaled maximum's) scale, so partitioning alone does not cut throughput.
import { updateNode } from '../changes';
import { consumerWorkers } from '../consumer-workers';
import { isBroker, isServiceLike } from '../kinds/guards';
import { LIMITS } from '../limits';
import type { Variant } from '../types';
import { findNode, recordedStep } from './make-step';
import { TransformationError, type TransformationResult } from './transformation';

/** The partition count when nothing consumes the broker yet: a common Kafka starting point. */
export const DEFAULT_PARTITIONS = 12;

/**
 * The most consumer workers any one of the broker's subscriptions can run: each consume edge's
 * workers at its service's replicas (the autoscaled maximum when it scales); 0 when none.
 */
export function widestConsumerGroup(variant: Variant, brokerId: string): number {
  let widest = 0;
  for (const e of variant.edges) {
    if (e.kind !== 'consume' || e.from !== brokerId) continue;
    const to = variant.nodes.find((n) => n.id === e.to);
    const replicas = to && isServiceLike(to) ? (to.autoscale?.maxReplicas ?? to.replicas) : 1;
    widest = Math.max(widest, consumerWorkers(e, replicas).total);
  }
  return widest;
}

export function partitionByKey(variant: Variant, brokerId: string): TransformationResult {
  const broker = findNode(variant, brokerId);
  if (!isBroker(broker))
    throw new TransformationError(`"${broker.name}" is a ${broker.kind}, not a queue or topic`);
  if (broker.partitions !== undefined)
    throw new TransformationError(
      `"${broker.name}" already has ${broker.partitions} partition${broker.partitions === 1 ? '' : 's'}`,
    );
  const servedBy = variant.nodes.find((n) => isBroker(n) && n.deadLetterQueue === broker.id);
  if (servedBy)
    throw new TransformationError(
      `"${broker.name}" is the dead-letter queue of "${servedBy.name}": its messages are inspected, not handled in key order`,
    );
  const widest = widestConsumerGroup(variant, broker.id);
  const partitions = Math.min(LIMITS.partitions, widest > 0 ? widest : DEFAULT_PARTITIONS);
  const why =
    widest > 0
      ? `one for each of the ${widest} consumer workers of its largest consumer group, so each keeps a partition and throughput stays as it was`
      : `a starting point while nothing consumes it yet (at most this many consumer workers of a group will work at once)`;
  return recordedStep(
    'partition-by-key',
    `partition-${broker.id}`,
    `Partition ${broker.name} by key`,
    `Messages of "${broker.name}" are spread over ${partitions} partitions by their key (${why}). ` +
      `Messages with the same key stay in order: a partition hands them over one at a time, and a failed one holds back its partition until it is redelivered or dead-lettered. ` +
      `Keys are assumed spread evenly: if one key (a large customer, a busy region) carries more, set the hottest partition's share and watch its backlog.`,
    [updateNode({ ...broker, partitions, ordering: 'per-partition' })],
    [
      [
        'partition-key-chosen',
        `The key of ${broker.name}'s messages (what must stay in order) is chosen with its producers`,
      ],
      [
        'partition-skew-checked',
        'How unevenly the keys spread (the hottest key’s share of messages) is measured',
      ],
    ],
  );
}
