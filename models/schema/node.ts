import { z } from 'zod';
import { LIMITS } from '../limits';
import {
  boundedInt,
  idSchema,
  msSchema,
  nameSchema,
  positionSchema,
  probabilitySchema,
  textSchema,
} from './common';
import { distributionSchema } from './distribution';
import { BROKER_PRESETS, BROKER_TECHNOLOGIES } from './broker-presets';
import {
  checkPartitionFields,
  hotPartitionShareSchema,
  orderingSchema,
  partitionsSchema,
} from './partitions';
import { rateLimitSchema } from './rate-limit';
import { stageSchema } from './stage';
import { autoscaleSchema } from './autoscale';

const nodeBase = {
  id: idSchema,
  name: nameSchema,
  position: positionSchema.default({ x: 0, y: 0 }),
  description: textSchema.optional(),
};

export const clientNodeSchema = z.object({ ...nodeBase, kind: z.literal('client') }).strict();

export const SERVICE_LIKE_KINDS = ['service', 'database', 'external', 'cache'] as const;
/** Version 5 adds `stages`: ordered stages of calls made at once (`stages` below). */
export const CALL_MODES = ['sequential', 'parallel', 'stages'] as const;

export const serviceLikeNodeSchema = z
  .object({
    ...nodeBase,
    kind: z.enum(SERVICE_LIKE_KINDS),
    replicas: boundedInt(1, LIMITS.replicas).default(1),
    concurrency: boundedInt(1, LIMITS.concurrency).default(8),
    queueLimit: boundedInt(0, LIMITS.backlog).nullable().default(100),
    serviceTimeMs: distributionSchema.default({ type: 'lognormal', p50: 10, p99: 50 }),
    errorRate: probabilitySchema.default(0),
    callMode: z.enum(CALL_MODES).default('sequential'),
    /**
     * Version 5, with `callMode: 'stages'` only: the outbound edges grouped into stages run one
     * after the other (schema/stage.ts). Edges of the node in no stage run after the last one,
     * each as a stage of its own. Left out: every edge is a stage of its own (as `sequential`).
     */
    stages: z.array(stageSchema).max(LIMITS.edges).optional(),
    /** Version 4: a token bucket every synchronous call to this node goes through. */
    rateLimit: rateLimitSchema.optional(),
    /**
     * Version 4, caches only: the share of lookups answered from the cache (after its own
     * `serviceTimeMs`); a miss goes on to the cache's outbound calls, its backing store.
     * Left out on a cache: 0.9.
     */
    hitRatio: probabilitySchema.optional(),
    /**
     * Version 5: the replicas follow a metric (schema/autoscale.ts): utilisation as a
     * Kubernetes HPA, or the backlog of what the node consumes as KEDA. The run starts at
     * `minReplicas`; `replicas` is then not used. Left out: always `replicas`.
     */
    autoscale: autoscaleSchema.optional(),
  })
  .strict()
  .superRefine((n, ctx) => {
    if (n.stages !== undefined && n.callMode !== 'stages')
      ctx.addIssue({
        code: 'custom',
        path: ['stages'],
        message: `stages apply only when callMode is "stages" (this node's is "${n.callMode}")`,
      });
    if (n.hitRatio !== undefined && n.kind !== 'cache')
      ctx.addIssue({
        code: 'custom',
        path: ['hitRatio'],
        message: `only a cache has a hit ratio (this node is a ${n.kind})`,
      });
  });

/** A cache without its own `hitRatio` answers this share of lookups. */
export const DEFAULT_HIT_RATIO = 0.9;

export const BROKER_KINDS = ['queue', 'topic'] as const;

/** Broker fields left out take the defaults of the node's technology. */
export const brokerNodeSchema = z
  .object({
    ...nodeBase,
    kind: z.enum(BROKER_KINDS),
    technology: z.enum(BROKER_TECHNOLOGIES).default('generic'),
    publishAckMs: distributionSchema.optional(),
    deliveryMs: distributionSchema.optional(),
    capacity: boundedInt(1, LIMITS.backlog).nullable().optional(),
    maxDeliveries: boundedInt(1, LIMITS.maxDeliveries).optional(),
    redeliveryDelayMs: msSchema.optional(),
    duplicateRate: probabilitySchema.optional(),
    /** Where messages go after `maxDeliveries` failed attempts; null parks them (still counted). */
    deadLetterQueue: idSchema.nullable().default(null),
    /**
     * Version 3: a message not handed to a consumer within this many ms of its acceptance
     * expires (dead-lettered when `deadLetterQueue` is set, else dropped; counted either way).
     * Left out: messages never expire.
     */
    messageTtlMs: z.number().positive().max(LIMITS.ms).optional(),
    partitions: partitionsSchema.optional(),
    hotPartitionShare: hotPartitionShareSchema.optional(),
    /** Left out: the technology's (`brokerOrdering`); it applies only with `partitions`. */
    ordering: orderingSchema.optional(),
  })
  .strict()
  .superRefine(checkPartitionFields)
  .transform((n) => {
    const preset = BROKER_PRESETS[n.technology];
    return {
      ...n,
      publishAckMs: n.publishAckMs ?? preset.publishAckMs,
      deliveryMs: n.deliveryMs ?? preset.deliveryMs,
      capacity: n.capacity === undefined ? preset.capacity : n.capacity,
      maxDeliveries: n.maxDeliveries ?? preset.maxDeliveries,
      redeliveryDelayMs: n.redeliveryDelayMs ?? preset.redeliveryDelayMs,
      duplicateRate: n.duplicateRate ?? preset.duplicateRate,
    };
  });

/** Picked by `kind`, so that an error is reported against the fields of the kind the node claims to be. */
export const nodeSchema = z.discriminatedUnion('kind', [
  clientNodeSchema,
  serviceLikeNodeSchema,
  brokerNodeSchema,
]);

export const NODE_KINDS = ['client', ...SERVICE_LIKE_KINDS, ...BROKER_KINDS] as const;

export type ClientNode = z.output<typeof clientNodeSchema>;
export type ServiceLikeNode = z.output<typeof serviceLikeNodeSchema>;
export type BrokerNode = z.output<typeof brokerNodeSchema>;
export type ModelNode = ClientNode | ServiceLikeNode | BrokerNode;
export type NodeKind = (typeof NODE_KINDS)[number];
export type ServiceLikeKind = (typeof SERVICE_LIKE_KINDS)[number];
export type BrokerKind = (typeof BROKER_KINDS)[number];
export type CallMode = (typeof CALL_MODES)[number];
