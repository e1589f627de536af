// What `spillway sweep|advise … --shard I/N` prints and `spillway merge` reads: the request and
// the project (so that merge needs nothing else), which share of how many shards, the first batch
// it belongs to (its size and digest), and the figures of this shard's runs of it.
import { loadProject } from '../../../models/load';
import { formatProblem } from '../../../models/problem';
import type { Project } from '../../../models/types';
import type { RunFigures } from '../../run-figures';
import type { BatchRequest } from '../batch-request';
import { figuresFromJson, figuresToJson, type FiguresJson } from './figures-json';
import type { ShardSpec } from './shard-spec';

export const SHARD_FORMAT = 'spillway-shard';
export const SHARD_VERSION = 1;

export interface ShardFile {
  format: typeof SHARD_FORMAT;
  version: typeof SHARD_VERSION;
  /** The spillway version that ran it: merge refuses shards of another version. */
  spillway: string;
  request: BatchRequest;
  project: Project;
  shard: ShardSpec;
  /** The first batch of runs: how many tasks it has, and their digest (tasks-digest.ts). */
  batch: { tasks: number; digest: string };
  /** This shard's runs: each task of the batch whose index is shard.index modulo shard.count. */
  runs: { task: number; figures: RunFigures }[];
}

type ShardJson = Omit<ShardFile, 'runs'> & { runs: { task: number; figures: FiguresJson }[] };

/** The shard file's text: one line of JSON. */
export function shardText(s: ShardFile): string {
  const json: ShardJson = {
    ...s,
    runs: s.runs.map((r) => ({ task: r.task, figures: figuresToJson(r.figures) })),
  };
  return `${JSON.stringify(json)}\n`;
}

const REQUEST_KINDS = new Set(['load-sweep', 'what-if-sweep', 'advise']);

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** What the commands put in a request's options: ids, numbers, a list of values. */
const isOptionValue = (v: unknown): boolean =>
  typeof v === 'string' ||
  (typeof v === 'number' && Number.isFinite(v)) ||
  (Array.isArray(v) && v.every((x) => typeof x === 'number' && Number.isFinite(x)));

const isIndex = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && v >= 0;

/** Reads a shard file's text; any problem is an Error naming the file, where and why. */
export function parseShardFile(text: string, file: string): ShardFile {
  const bad = (why: string): never => {
    throw new Error(`${file}: ${why}`);
  };
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch (e) {
    return bad(`not JSON (${e instanceof Error ? e.message : String(e)})`);
  }
  if (!isRecord(doc) || doc.format !== SHARD_FORMAT)
    return bad(
      `not a shard file (no "format": "${SHARD_FORMAT}"); shards are what spillway sweep or advise print with --shard I/N`,
    );
  if (doc.version !== SHARD_VERSION)
    return bad(
      `a shard file of version ${JSON.stringify(doc.version)}; this spillway reads version ${SHARD_VERSION}`,
    );
  if (typeof doc.spillway !== 'string') return bad('spillway: must be the version that wrote it');
  const request = doc.request;
  if (!isRecord(request) || typeof request.kind !== 'string' || !REQUEST_KINDS.has(request.kind))
    return bad('request.kind: must be load-sweep, what-if-sweep or advise');
  if (!isRecord(request.options)) return bad('request.options: must be an object');
  for (const [key, v] of Object.entries(request.options))
    if (!isOptionValue(v))
      return bad(
        `request.options.${key}: must be a string, a number or a list of numbers, got ${JSON.stringify(v)}`,
      );
  const shard = doc.shard;
  if (
    !isRecord(shard) ||
    !isIndex(shard.index) ||
    !isIndex(shard.count) ||
    shard.index >= shard.count
  )
    return bad('shard: must be { index, count } with 0 <= index < count');
  const batch = doc.batch;
  if (!isRecord(batch) || !isIndex(batch.tasks) || typeof batch.digest !== 'string')
    return bad('batch: must be { tasks, digest }');
  const loaded = loadProject(doc.project);
  if (!loaded.ok)
    return bad(`project: not a valid project:\n${loaded.errors.map(formatProblem).join('\n')}`);
  if (!Array.isArray(doc.runs)) return bad('runs: must be a list');
  const runs = doc.runs.map((r: unknown, i) => {
    if (!isRecord(r) || !isIndex(r.task)) return bad(`runs[${i}].task: must be a task index`);
    try {
      return { task: r.task, figures: figuresFromJson(r.figures, `runs[${i}].figures`) };
    } catch (e) {
      return bad(e instanceof Error ? e.message : String(e));
    }
  });
  return {
    format: SHARD_FORMAT,
    version: SHARD_VERSION,
    spillway: doc.spillway,
    request: request as unknown as BatchRequest,
    project: loaded.project,
    shard: { index: shard.index, count: shard.count },
    batch: { tasks: batch.tasks, digest: batch.digest },
    runs,
  };
}
