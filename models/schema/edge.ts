import { z } from 'zod';
import { LIMITS } from '../limits';
import { boundedInt, idSchema, msSchema, probabilitySchema, shortTextSchema } from './common';
import { distributionSchema } from './distribution';
import { rateLimitSchema } from './rate-limit';
import { EDGE_CONDITIONS, PUBLISH_CONDITIONS, outcomeSchema } from './flow';

const edgeBase = { id: idSchema, from: idSchema, to: idSchema, label: shortTextSchema.optional() };

export const retriesSchema = z
  .object({
    max: boundedInt(0, LIMITS.retries),
    backoffMs: msSchema.default(100),
    multiplier: z.number().min(1).max(LIMITS.multiplier).default(2),
  })
  .strict();

export const circuitBreakerSchema = z
  .object({
    failureRatio: z.number().gt(0).max(1).default(0.5),
    minCalls: boundedInt(1, LIMITS.circuitMinCalls).default(20),
    windowS: z.number().positive().max(LIMITS.durationS).default(10),
    openS: z.number().positive().max(LIMITS.durationS).default(5),
  })
  .strict();

export const callEdgeSchema = z
  .object({
    ...edgeBase,
    kind: z.literal('call'),
    probability: probabilitySchema.default(1),
    /** Extension: how many times the call is made per request (traces show calls in loops). */
    count: boundedInt(1, LIMITS.callCount).default(1),
    latencyMs: distributionSchema.nullable().default(null),
    timeoutMs: z.number().positive().max(LIMITS.ms).nullable().default(null),
    retries: retriesSchema.nullable().default(null),
    circuitBreaker: circuitBreakerSchema.nullable().default(null),
    optional: z.boolean().default(false),
    /** Version 4: a token bucket for this caller's calls alone (a per-caller quota). */
    rateLimit: rateLimitSchema.optional(),
    /** Version 4: when the call is made (schema/flow.ts); left out = always. */
    when: z.enum(EDGE_CONDITIONS).optional(),
    /** Version 4: one of an exclusive outcome group of the caller's edges. */
    outcome: outcomeSchema.optional(),
  })
  .strict();

export const publishEdgeSchema = z
  .object({
    ...edgeBase,
    kind: z.literal('publish'),
    probability: probabilitySchema.default(1),
    /** Extension: the event's name, used by the AsyncAPI export and the roadmap's message contracts. */
    message: shortTextSchema.optional(),
    /** Version 4: when the publish is made (schema/flow.ts); left out = always. */
    when: z.enum(PUBLISH_CONDITIONS).optional(),
    /** Version 4: one of an exclusive outcome group of the publisher's edges. */
    outcome: outcomeSchema.optional(),
  })
  .strict();

export const consumeEdgeSchema = z
  .object({
    ...edgeBase,
    kind: z.literal('consume'),
    /** Version 2: consumer workers per replica of the consuming service (version 1: in total). */
    concurrency: boundedInt(1, LIMITS.concurrency).default(4),
    /**
     * Version 2: a cap on the consumer workers across all replicas (a topic's partitions, a
     * broker's consumer limit); null = no cap. The upgrade from version 1 sets it where the old
     * total does not divide evenly by the replicas, so the total stays what it was.
     */
    maxConsumers: boundedInt(1, LIMITS.concurrency * LIMITS.replicas)
      .nullable()
      .default(null),
    idempotent: z.boolean().default(false),
  })
  .strict();

export const edgeSchema = z.discriminatedUnion('kind', [
  callEdgeSchema,
  publishEdgeSchema,
  consumeEdgeSchema,
]);

export const EDGE_KINDS = ['call', 'publish', 'consume'] as const;

export type CallEdge = z.output<typeof callEdgeSchema>;
export type PublishEdge = z.output<typeof publishEdgeSchema>;
export type ConsumeEdge = z.output<typeof consumeEdgeSchema>;
export type ModelEdge = z.output<typeof edgeSchema>;
export type EdgeKind = ModelEdge['kind'];
export type Retries = z.output<typeof retriesSchema>;
export type CircuitBreaker = z.output<typeof circuitBreakerSchema>;
