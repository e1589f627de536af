import { z } from 'zod';
import { LIMITS } from '../limits';
import { idSchema } from './common';
import { SERVICE_LIKE_KINDS, type ServiceLikeKind } from './node';

/** A price in US dollars: zero (free) or more, at most a million per unit. */
const priceSchema = z.number().min(0).max(LIMITS.price);

/**
 * What a replica-hour costs by default: a database more than a service, a cache (memory-heavy)
 * in between, an external nothing.
 */
const REPLICA_HOUR_DEFAULTS: Partial<Record<ServiceLikeKind, number>> = {
  database: 0.2,
  cache: 0.1,
  external: 0,
};
const SERVICE_REPLICA_HOUR = 0.05;

/** Per replica per hour, one price for each kind of service-like node. */
const replicaHourSchema = z
  .object(
    Object.fromEntries(
      SERVICE_LIKE_KINDS.map((kind) => [
        kind,
        priceSchema.default(REPLICA_HOUR_DEFAULTS[kind] ?? SERVICE_REPLICA_HOUR),
      ]),
    ) as Record<ServiceLikeKind, z.ZodDefault<typeof priceSchema>>,
  )
  .strict();

/**
 * Prices for one node that replace the table's: `replicaHour` for a service, database or
 * external system; `millionRequests`, `gbMonth` and `messageBytes` for a queue or topic. A field
 * that does not apply to the node's kind is ignored (a node id may name a different kind in
 * another variant).
 */
export const nodePricesSchema = z
  .object({
    replicaHour: priceSchema.optional(),
    millionRequests: priceSchema.optional(),
    gbMonth: priceSchema.optional(),
    messageBytes: z.number().positive().max(LIMITS.messageBytes).optional(),
  })
  .strict();

/**
 * Version 4 (optional): what running a design costs, in US dollars (docs/file-format.md,
 * "Prices"). A project without a table is priced with `DEFAULT_PRICES`, which are illustrative.
 */
export const priceTableSchema = z
  .object({
    /** Per replica per hour, by kind of service-like node. */
    replicaHour: replicaHourSchema.prefault({}),
    /** Per million broker requests (publishes and deliveries) of a queue or topic. */
    millionRequests: priceSchema.default(0.4),
    /** Per GB (10^9 bytes) kept in a queue or topic for a month. */
    gbMonth: priceSchema.default(0.1),
    /** The size assumed for every message (the model has no sizes), in bytes. */
    messageBytes: z.number().positive().max(LIMITS.messageBytes).default(1024),
    /** Prices of single nodes, by node id, that replace the table's for that node. */
    nodes: z
      .record(idSchema, nodePricesSchema)
      .refine((o) => Object.keys(o).length <= LIMITS.nodes, {
        message: `must price at most ${LIMITS.nodes} nodes`,
      })
      .default({}),
  })
  .strict();

export type PriceTable = z.output<typeof priceTableSchema>;
export type NodePrices = z.output<typeof nodePricesSchema>;

/** The prices of a project without its own table: illustrative, not any provider's. */
export const DEFAULT_PRICES: PriceTable = Object.freeze(priceTableSchema.parse({}));
