import { z } from 'zod';
import { idSchema, probabilitySchema } from './common';
import { distributionSchema } from './distribution';

const edgeBase = { id: idSchema, from: idSchema, to: idSchema, label: z.string().optional() };

export const retriesSchema = z
  .object({
    max: z.number().int().min(0),
    backoffMs: z.number().min(0).default(100),
    multiplier: z.number().min(1).default(2),
  })
  .strict();

export const circuitBreakerSchema = z
  .object({
    failureRatio: z.number().gt(0).max(1).default(0.5),
    minCalls: z.number().int().min(1).default(20),
    windowS: z.number().positive().default(10),
    openS: z.number().positive().default(5),
  })
  .strict();

export const callEdgeSchema = z
  .object({
    ...edgeBase,
    kind: z.literal('call'),
    probability: probabilitySchema.default(1),
    /** Extension: how many times the call is made per request (traces show calls in loops). */
    count: z.number().int().min(1).default(1),
    latencyMs: distributionSchema.nullable().default(null),
    timeoutMs: z.number().positive().nullable().default(null),
    retries: retriesSchema.nullable().default(null),
    circuitBreaker: circuitBreakerSchema.nullable().default(null),
    optional: z.boolean().default(false),
  })
  .strict();

export const publishEdgeSchema = z
  .object({
    ...edgeBase,
    kind: z.literal('publish'),
    probability: probabilitySchema.default(1),
    /** Extension: the event's name, used by the AsyncAPI export and the roadmap's message contracts. */
    message: z.string().optional(),
  })
  .strict();

export const consumeEdgeSchema = z
  .object({
    ...edgeBase,
    kind: z.literal('consume'),
    /** Version 2: consumer workers per replica of the consuming service (version 1: in total). */
    concurrency: z.number().int().min(1).default(4),
    /**
     * Version 2: a cap on the consumer workers across all replicas (a topic's partitions, a
     * broker's consumer limit); null = no cap. The upgrade from version 1 sets it where the old
     * total does not divide evenly by the replicas, so the total stays what it was.
     */
    maxConsumers: z.number().int().min(1).nullable().default(null),
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
