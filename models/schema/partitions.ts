import { z } from 'zod';
import { LIMITS } from '../limits';
import { boundedInt } from './common';

/**
 * Version 5, a queue's or topic's ordering of partitions: 'per-partition' (Kafka) hands a
 * partition's messages to its consumer group one at a time, in order, and a failed message
 * blocks its partition until it is redelivered or dead-lettered (head-of-line blocking);
 * 'none' (RabbitMQ classic queues under competing consumers) lets later messages of the
 * partition pass a failed one, which is redelivered behind them.
 */
export const ORDERINGS = ['per-partition', 'none'] as const;
export type Ordering = (typeof ORDERINGS)[number];

/** Version 5: the partition count of a queue or topic (left out: one unpartitioned backlog). */
export const partitionsSchema = boundedInt(1, LIMITS.partitions);

/**
 * Version 5: the key skew, as the share of messages whose key falls on the hottest partition,
 * in [1 / partitions, 1]; the other partitions share the rest evenly. Left out: 1 / partitions
 * (keys spread evenly).
 */
export const hotPartitionShareSchema = z.number().gt(0).max(1);

export const orderingSchema = z.enum(ORDERINGS);

interface PartitionFields {
  partitions?: number | undefined;
  hotPartitionShare?: number | undefined;
  ordering?: Ordering | undefined;
}

/** Cross-field checks of a broker's partition fields, reported at the field at fault. */
export function checkPartitionFields(n: PartitionFields, ctx: z.RefinementCtx): void {
  const share = n.hotPartitionShare;
  // A share outside (0, 1] has its own error already (the checks run after a field's failed).
  if (share === undefined || !(share > 0 && share <= 1)) return;
  if (n.partitions === undefined) {
    ctx.addIssue({
      code: 'custom',
      path: ['hotPartitionShare'],
      message: 'needs partitions (the share of messages on the hottest of them)',
    });
    return;
  }
  if (!Number.isInteger(n.partitions) || n.partitions < 1) return;
  // A tolerance of one part in 1e9 so that 1/3 written as 0.333333333 is accepted.
  if (share < 1 / n.partitions - 1e-9)
    ctx.addIssue({
      code: 'custom',
      path: ['hotPartitionShare'],
      message: `must be at least 1 / partitions (${share} < 1/${n.partitions}): the hottest partition has at least its even share`,
    });
}
