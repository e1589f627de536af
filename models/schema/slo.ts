import { z } from 'zod';

/**
 * The project's service-level objectives, judged on every run (file format version 2):
 * `latencyPercentile` % of the successful user requests are answered within `latencyTargetMs`,
 * at least `availability` of all user requests succeed, and, when `maxMessageAgeMs` is set, no
 * message waits longer than that for its consumer.
 */
export const sloSchema = z
  .object({
    latencyPercentile: z.number().gt(0).lt(100).default(99),
    latencyTargetMs: z.number().positive().default(1000),
    availability: z.number().gt(0).max(1).default(0.999),
    maxMessageAgeMs: z.number().positive().nullable().default(null),
  })
  .strict();

export type Slo = z.output<typeof sloSchema>;

/** The objectives a project without its own gets: p99 within a second, 99.9 % available. */
export const DEFAULT_SLO: Slo = Object.freeze({
  latencyPercentile: 99,
  latencyTargetMs: 1000,
  availability: 0.999,
  maxMessageAgeMs: null,
});
