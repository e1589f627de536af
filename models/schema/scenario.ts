import { z } from 'zod';
import { LIMITS } from '../limits';
import { boundedInt, idSchema, nameSchema, textSchema } from './common';

const rps = z.number().min(0).max(LIMITS.rps);
/** An instant or a length on the scenario's timeline, in seconds. */
const seconds = z.number().min(0).max(LIMITS.durationS);

/** Request rates over the scenario's timeline (seconds); arrivals are Poisson at that rate. */
export const loadShapeSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('constant'), rps }).strict(),
  z.object({ type: z.literal('ramp'), fromRps: rps, toRps: rps }).strict(),
  z
    .object({
      type: z.literal('spike'),
      baseRps: rps,
      peakRps: rps,
      startS: seconds,
      rampS: seconds,
      holdS: seconds,
    })
    .strict(),
  z
    .object({
      type: z.literal('steps'),
      points: z
        .array(z.tuple([seconds, rps]))
        .min(1)
        .max(LIMITS.stepPoints),
    })
    .strict(),
  z.object({ type: z.literal('trace'), rps: z.array(rps).min(1).max(LIMITS.durationS) }).strict(),
]);

export const loadSchema = z.object({ client: idSchema, shape: loadShapeSchema }).strict();

const faultWindow = { node: idSchema, startS: seconds, endS: seconds };

export const faultSchema = z
  .discriminatedUnion('type', [
    z.object({ type: z.literal('outage'), ...faultWindow }).strict(),
    z
      .object({
        type: z.literal('slowdown'),
        ...faultWindow,
        factor: z.number().positive().max(LIMITS.slowdownFactor),
      })
      .strict(),
    z
      .object({ type: z.literal('errors'), ...faultWindow, rate: z.number().min(0).max(1) })
      .strict(),
    /** Version 4, caches: a restart; the hit ratio drops to 0 at startS and climbs back by endS. */
    z.object({ type: z.literal('coldStart'), ...faultWindow }).strict(),
    /**
     * Version 5, queues and topics: this share of the broker's partitions (the first
     * ⌈share × partitions⌉, the hottest first) is unavailable; an unpartitioned broker is one
     * partition, so any share takes it down whole.
     */
    z
      .object({
        type: z.literal('partialOutage'),
        ...faultWindow,
        share: z.number().gt(0).max(1),
      })
      .strict(),
  ])
  .refine((f) => f.endS >= f.startS, { message: 'must be >= startS', path: ['endS'] });

export const scenarioSchema = z
  .object({
    id: idSchema,
    name: nameSchema,
    description: textSchema.optional(),
    durationS: z.number().positive().max(LIMITS.durationS),
    warmupS: seconds.default(0),
    /** Extension: the seed and replications a run uses unless the caller overrides them. */
    seed: boundedInt(0, LIMITS.seed).default(1),
    replications: boundedInt(1, LIMITS.replications).default(1),
    load: z.array(loadSchema).max(LIMITS.loads).default([]),
    faults: z.array(faultSchema).max(LIMITS.faults).default([]),
  })
  .strict()
  .refine((s) => s.warmupS < s.durationS, { message: 'must be < durationS', path: ['warmupS'] });

export type LoadShape = z.output<typeof loadShapeSchema>;
export type Load = z.output<typeof loadSchema>;
export type Fault = z.output<typeof faultSchema>;
export type Scenario = z.output<typeof scenarioSchema>;
