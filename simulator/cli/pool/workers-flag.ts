// `--workers N`: how many threads run a sweep's or the advisor's simulations. The default is
// every core Node says this process may use; 1 runs them in the command's own thread.
import { availableParallelism } from 'node:os';
import type { ParsedArgs } from '../args';
import { UsageError } from '../io';

/** More threads than this is a typo, not a machine. */
export const MAX_WORKERS = 1024;

export const defaultWorkers = (): number => Math.max(1, availableParallelism());

export function workersFlag(flags: ParsedArgs['flags']): number {
  const v = flags.workers;
  if (v === undefined) return defaultWorkers();
  const n = typeof v === 'string' && /^\d+$/.test(v) ? Number(v) : NaN;
  if (!(n >= 1 && n <= MAX_WORKERS))
    throw new UsageError(
      `--workers must be a whole number from 1 to ${MAX_WORKERS} (threads that run the simulations; 1 runs them in this one), got "${String(v)}"`,
    );
  return n;
}
