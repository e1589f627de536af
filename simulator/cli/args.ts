import { UsageError } from './io';

export interface ParsedArgs {
  positional: string[];
  flags: Record<string, string | true>;
}

/**
 * `--name value` and `--flag` options plus positional arguments. Only the names in `valued` take a
 * value and only those in `boolean` stand alone; anything else is a usage error.
 */
export function parseArgs(
  args: string[],
  valued: readonly string[],
  boolean: readonly string[],
): ParsedArgs {
  const positional: string[] = [];
  const flags: Record<string, string | true> = {};
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (!a.startsWith('--')) {
      positional.push(a);
      continue;
    }
    const [name, inline] = a.slice(2).split('=', 2);
    if (valued.includes(name)) {
      const value = inline ?? args[++i];
      if (value === undefined || value === '') throw new UsageError(`--${name} needs a value`);
      flags[name] = value;
    } else if (boolean.includes(name) && inline === undefined) {
      flags[name] = true;
    } else {
      const known = [...valued, ...boolean].map((n) => `--${n}`).join(', ');
      throw new UsageError(`unknown option "${a}" (options: ${known})`);
    }
  }
  return { positional, flags };
}

/** A non-negative integer option, or a usage error naming the option. */
export function intFlag(flags: ParsedArgs['flags'], name: string, min: number): number | undefined {
  const v = flags[name];
  if (v === undefined) return undefined;
  const n = Number(v);
  if (typeof v !== 'string' || !Number.isInteger(n) || n < min) {
    throw new UsageError(`--${name} must be an integer >= ${min}, got "${String(v)}"`);
  }
  return n;
}

/**
 * `--time-limit SECONDS`: computing time each run may take before it is cut short (the
 * engine's own limit, 120 s, when absent). In milliseconds, for SimulateOptions.maxWallMs.
 */
export function timeLimitFlag(flags: ParsedArgs['flags']): { maxWallMs?: number } {
  const v = flags['time-limit'];
  if (v === undefined) return {};
  const s = Number(v);
  if (typeof v !== 'string' || !Number.isFinite(s) || s <= 0 || s > 86_400)
    throw new UsageError(
      `--time-limit must be a number of seconds between 0 and 86400, got "${String(v)}"`,
    );
  return { maxWallMs: Math.ceil(s * 1000) };
}
