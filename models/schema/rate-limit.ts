import { z } from 'zod';
import { LIMITS } from '../limits';

/**
 * Version 4: a token bucket. It holds at most `burst` tokens and refills at `rps` tokens a
 * second; each synchronous call that arrives takes one token, and a call that finds none is
 * refused at once with the failure reason `rateLimited` (retried like any failure when the
 * caller retries). Starts full.
 */
export const rateLimitSchema = z
  .object({
    rps: z.number().positive().max(LIMITS.rps),
    burst: z.number().int().min(1).max(LIMITS.rps).default(1),
  })
  .strict();

export type RateLimit = z.output<typeof rateLimitSchema>;

/** What the inspector fills in when a limit is switched on. */
export const DEFAULT_RATE_LIMIT: RateLimit = { rps: 100, burst: 20 };
