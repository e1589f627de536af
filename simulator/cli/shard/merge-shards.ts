// A set of shard files put back together: they must be every shard, once each, of one request on
// one project by this version of spillway; then their runs fill the first batch in task order.
import type { RunFigures } from '../../run-figures';
import { UsageError } from '../io';
import type { ShardFile } from './shard-file';
import { shardName } from './shard-spec';

export interface NamedShard {
  file: string;
  shard: ShardFile;
}

export interface MergedShards {
  request: ShardFile['request'];
  project: ShardFile['project'];
  batch: ShardFile['batch'];
  count: number;
  /** The first batch's figures, in task order. */
  figures: RunFigures[];
}

const describeRequest = (s: ShardFile): string =>
  ({ 'load-sweep': 'a load sweep', 'what-if-sweep': 'a what-if sweep', advise: 'an advice' })[
    s.request.kind
  ];

/** "seed 1 vs 11, replications 3 vs 4": the options two requests differ in. */
function optionDifferences(a: ShardFile, b: ShardFile): string {
  const x = a.request.options as Record<string, unknown>;
  const y = b.request.options as Record<string, unknown>;
  const keys = [...new Set([...Object.keys(x), ...Object.keys(y)])].sort();
  const show = (v: unknown): string => (v === undefined ? 'unset' : JSON.stringify(v));
  return keys
    .filter((k) => JSON.stringify(x[k]) !== JSON.stringify(y[k]))
    .map((k) => `${k} ${show(x[k])} vs ${show(y[k])}`)
    .join(', ');
}

/** Why `b` is not of the same run as `a`, or null when it is. */
function mismatch(a: NamedShard, b: NamedShard): string | null {
  const [s, t] = [a.shard, b.shard];
  if (s.shard.count !== t.shard.count)
    return `it is ${shardName(t.shard)}, ${a.file} is ${shardName(s.shard)}: the shards of one run share N`;
  if (s.request.kind !== t.request.kind)
    return `it holds ${describeRequest(t)}, ${a.file} ${describeRequest(s)}`;
  const options = optionDifferences(s, t);
  if (options) return `they were run with different options (${options})`;
  if (JSON.stringify(s.project) !== JSON.stringify(t.project))
    return 'they were run on different projects (or versions of one)';
  if (s.batch.tasks !== t.batch.tasks || s.batch.digest !== t.batch.digest)
    return `they ran different batches of runs (${s.batch.tasks} and ${t.batch.tasks} tasks, digests differ)`;
  return null;
}

const listed = (xs: readonly number[]): string =>
  xs.length <= 12 ? xs.join(', ') : `${xs.slice(0, 12).join(', ')}, … (${xs.length} in all)`;

export function mergeShards(shards: readonly NamedShard[], version: string): MergedShards {
  const first = shards[0];
  if (!first) throw new UsageError('merge needs the shard files to merge');
  for (const s of shards)
    if (s.shard.spillway !== version)
      throw new UsageError(
        `${s.file} was written by spillway ${s.shard.spillway}; this is ${version}: run the shards and their merge with one version`,
      );
  for (const s of shards.slice(1)) {
    const why = mismatch(first, s);
    if (why) throw new UsageError(`${s.file} does not belong with ${first.file}: ${why}`);
  }
  const count = first.shard.shard.count;
  const byIndex = new Map<number, NamedShard>();
  for (const s of shards) {
    const twin = byIndex.get(s.shard.shard.index);
    if (twin)
      throw new UsageError(
        `${shardName(s.shard.shard)} is given twice: ${twin.file} and ${s.file}`,
      );
    byIndex.set(s.shard.shard.index, s);
  }
  const missing = Array.from({ length: count }, (_, i) => i).filter((i) => !byIndex.has(i));
  if (missing.length > 0)
    throw new UsageError(
      `${missing.length === 1 ? `shard ${missing[0]} of ${count} is` : `shards ${listed(missing)} of ${count} are`} missing (given: ${listed([...byIndex.keys()].sort((x, y) => x - y))})`,
    );
  const tasks = first.shard.batch.tasks;
  const figures = new Array<RunFigures>(tasks);
  for (const { file, shard } of shards) {
    const expected = Array.from({ length: tasks }, (_, i) => i).filter(
      (i) => i % count === shard.shard.index,
    );
    const held = shard.runs.map((r) => r.task);
    if (held.join() !== expected.join())
      throw new UsageError(
        `${file} (${shardName(shard.shard)}) should hold the runs of tasks ${listed(expected)} of ${tasks}; it holds ${held.length === 0 ? 'none' : listed(held)}`,
      );
    for (const r of shard.runs) figures[r.task] = r.figures;
  }
  return {
    request: first.shard.request,
    project: first.shard.project,
    batch: first.shard.batch,
    count,
    figures,
  };
}
