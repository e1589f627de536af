import { z } from 'zod';
import { LIMITS } from '../limits';
import { msSchema } from './common';

const positive = z.number().positive().max(LIMITS.ms);
const nonNegative = msSchema;

/** Durations in milliseconds. Architects know percentiles, so the lognormal is given by p50 and p99. */
export const distributionObjectSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('constant'), value: nonNegative }).strict(),
  z.object({ type: z.literal('exponential'), mean: positive }).strict(),
  z
    .object({ type: z.literal('uniform'), min: nonNegative, max: nonNegative })
    .strict()
    .refine((d) => d.max >= d.min, { message: 'must be >= min', path: ['max'] }),
  z
    .object({ type: z.literal('lognormal'), p50: positive, p99: positive })
    .strict()
    .refine((d) => d.p99 >= d.p50, { message: 'must be >= p50', path: ['p99'] })
    .refine((d) => d.p99 <= d.p50 * LIMITS.lognormalSpread, {
      message: `must be at most ${LIMITS.lognormalSpread} × p50 (Spillway's limit)`,
      path: ['p99'],
    }),
  z
    .object({
      type: z.literal('empirical'),
      values: z.array(nonNegative).min(1).max(LIMITS.distributionValues),
    })
    .strict(),
]);

/** A bare number is accepted as shorthand for a constant and normalised to one. */
export const distributionSchema = z.preprocess(
  (v) => (typeof v === 'number' ? { type: 'constant', value: v } : v),
  distributionObjectSchema,
);

export type Distribution = z.output<typeof distributionObjectSchema>;
export type DistributionType = Distribution['type'];

export const constant = (value: number): Distribution => ({ type: 'constant', value });
