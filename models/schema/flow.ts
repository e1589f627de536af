import { z } from 'zod';
import { idSchema } from './common';

/**
 * Version 4: when an outbound call or publish of a request is made (docs/file-format.md,
 * "Flows that depend on outcomes"). Left out = `always`.
 * - `always`: made while nothing has failed (a failure stops the plan, as before);
 * - `onSuccess`: the same, said explicitly (after an earlier step that may fail);
 * - `onFailure`: made only once the request's own work or an earlier call failed: a
 *   compensation, or "publish PaymentFailed". The request stays failed;
 * - `fallback` (calls only): made only once something failed; if it succeeds, the request
 *   succeeds after all (with the fallback's latency), and the plan goes on.
 */
export const EDGE_CONDITIONS = ['always', 'onSuccess', 'onFailure', 'fallback'] as const;
export const PUBLISH_CONDITIONS = ['always', 'onSuccess', 'onFailure'] as const;

/**
 * Version 4: the edge belongs to an exclusive outcome group of its source node: of the node's
 * edges with the same `group`, exactly one is taken per request, with probability `weight`
 * (the weights of a group add up to 1).
 */
export const outcomeSchema = z
  .object({
    group: idSchema,
    weight: z.number().gt(0).max(1),
  })
  .strict();

export type EdgeCondition = (typeof EDGE_CONDITIONS)[number];
export type Outcome = z.output<typeof outcomeSchema>;
