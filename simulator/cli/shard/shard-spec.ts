// `--shard I/N`: this process runs share I of N of a sweep's or the advisor's first batch of runs
// (the tasks whose index is I modulo N) and prints them for `spillway merge`. Shards are numbered
// from 0, as a Kubernetes Indexed Job numbers its pods (JOB_COMPLETION_INDEX).
import type { ParsedArgs } from '../args';
import { UsageError } from '../io';

export interface ShardSpec {
  index: number;
  count: number;
}

/** More shards than this is a typo, not a cluster. */
export const MAX_SHARDS = 10_000;

export function shardFlag(flags: ParsedArgs['flags']): ShardSpec | null {
  const v = flags.shard;
  if (v === undefined) return null;
  const m = typeof v === 'string' ? /^(\d+)\/(\d+)$/.exec(v) : null;
  if (!m)
    throw new UsageError(
      `--shard must be I/N: share I of N, I from 0 to N - 1 (e.g. --shard 0/4 … --shard 3/4), got "${String(v)}"`,
    );
  const index = Number(m[1]);
  const count = Number(m[2]);
  if (count < 1 || count > MAX_SHARDS)
    throw new UsageError(`--shard ${v}: N must be from 1 to ${MAX_SHARDS}, got ${count}`);
  if (index >= count)
    throw new UsageError(
      `--shard ${v}: I must be from 0 to ${count - 1} (shards are numbered from 0, as JOB_COMPLETION_INDEX is)`,
    );
  return { index, count };
}

/** "shard 2 of 4" (its index as given to --shard). */
export const shardName = (s: ShardSpec): string => `shard ${s.index} of ${s.count}`;
