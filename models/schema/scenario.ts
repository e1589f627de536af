import { z } from 'zod';
import { idSchema } from './common';

const rps = z.number().min(0);

/** Request rates over the scenario's timeline (seconds); arrivals are Poisson at that rate. */
export const loadShapeSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('constant'), rps }).strict(),
  z.object({ type: z.literal('ramp'), fromRps: rps, toRps: rps }).strict(),
  z
    .object({
      type: z.literal('spike'),
      baseRps: rps,
      peakRps: rps,
      startS: z.number().min(0),
      rampS: z.number().min(0),
      holdS: z.number().min(0),
    })
    .strict(),
  z
    .object({
      type: z.literal('steps'),
      points: z.array(z.tuple([z.number().min(0), rps])).min(1),
    })
    .strict(),
  z.object({ type: z.literal('trace'), rps: z.array(rps).min(1) }).strict(),
]);

export const loadSchema = z.object({ client: idSchema, shape: loadShapeSchema }).strict();

const faultWindow = { node: idSchema, startS: z.number().min(0), endS: z.number().min(0) };

export const faultSchema = z
  .discriminatedUnion('type', [
    z.object({ type: z.literal('outage'), ...faultWindow }).strict(),
    z
      .object({ type: z.literal('slowdown'), ...faultWindow, factor: z.number().positive() })
      .strict(),
    z
      .object({ type: z.literal('errors'), ...faultWindow, rate: z.number().min(0).max(1) })
      .strict(),
  ])
  .refine((f) => f.endS >= f.startS, { message: 'must be >= startS', path: ['endS'] });

export const scenarioSchema = z
  .object({
    id: idSchema,
    name: z.string().min(1),
    description: z.string().optional(),
    durationS: z.number().positive(),
    warmupS: z.number().min(0).default(0),
    /** Extension: the seed and replications a run uses unless the caller overrides them. */
    seed: z.number().int().min(0).default(1),
    replications: z.number().int().min(1).default(1),
    load: z.array(loadSchema).default([]),
    faults: z.array(faultSchema).default([]),
  })
  .strict()
  .refine((s) => s.warmupS < s.durationS, { message: 'must be < durationS', path: ['warmupS'] });

export type LoadShape = z.output<typeof loadShapeSchema>;
export type Load = z.output<typeof loadSchema>;
export type Fault = z.output<typeof faultSchema>;
export type Scenario = z.output<typeof scenarioSchema>;
