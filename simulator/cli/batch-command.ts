// What `spillway sweep` and `spillway advise` do once they know what was asked: run it on
// --workers threads, with --progress on stderr, and print the answer; or, with --shard I/N, run
// this shard's share of the first batch and print it for `spillway merge`.
import { version } from '../../package.json';
import type { Project } from '../../models/types';
import { answerRequest, commandOf, printAnswer, type BatchRequest } from './batch-request';
import type { ParsedArgs } from './args';
import { EXIT_OK, UsageError, type CliIo } from './io';
import { withBatch } from './pool/with-batch';
import { workersFlag } from './pool/workers-flag';
import { progressLines } from './progress-lines';
import { ShardBatch, ShardCollected } from './shard/shard-batch';
import { SHARD_FORMAT, SHARD_VERSION, shardText } from './shard/shard-file';
import { shardFlag, shardName, type ShardSpec } from './shard/shard-spec';
import { tasksDigest } from './shard/tasks-digest';

/** The options every batch command takes, beside its own. */
export const BATCH_VALUED_FLAGS = ['workers', 'shard'] as const;
export const BATCH_BOOLEAN_FLAGS = ['json', 'progress'] as const;

export interface BatchRun {
  workers: number;
  progress: boolean;
  json: boolean;
  /** advise --write OUT. */
  write?: string;
  shard: ShardSpec | null;
}

/** The batch options from the command line, checked (before the file is read). */
export function batchRunFlags(flags: ParsedArgs['flags']): BatchRun {
  const run: BatchRun = {
    workers: workersFlag(flags),
    progress: flags.progress === true,
    json: flags.json === true,
    shard: shardFlag(flags),
    ...(typeof flags.write === 'string' ? { write: flags.write } : {}),
  };
  if (run.shard && run.write !== undefined)
    throw new UsageError(
      '--write needs the whole advice, which no shard has: give --write to spillway merge',
    );
  return run;
}

const unitOf = (r: BatchRequest): string => (r.kind === 'advise' ? 'designs' : 'runs');

export async function runBatchCommand(
  project: Project,
  request: BatchRequest,
  run: BatchRun,
  io: CliIo,
): Promise<number> {
  if (run.shard) return runShard(project, request, run, run.shard, io);
  const progress = run.progress
    ? progressLines(commandOf(request), unitOf(request), io.err)
    : undefined;
  const answer = await withBatch(run.workers, (batch) =>
    answerRequest(project, request, batch, progress),
  );
  printAnswer(project, answer, run, io);
  return EXIT_OK;
}

/** --shard I/N: this shard's runs of the first batch, printed as a shard file (shard/shard-file.ts). */
async function runShard(
  project: Project,
  request: BatchRequest,
  run: BatchRun,
  shard: ShardSpec,
  io: CliIo,
): Promise<number> {
  const label = `${commandOf(request)} ${shardName(shard)}`;
  const lines = run.progress ? progressLines(label, 'runs', io.err) : undefined;
  const collected = await withBatch(run.workers, async (inner) => {
    try {
      await answerRequest(project, request, new ShardBatch(inner, shard, lines));
    } catch (e) {
      if (e instanceof ShardCollected) return e;
      throw e;
    }
    throw new Error('the request finished without a batch of runs to share');
  });
  io.out(
    shardText({
      format: SHARD_FORMAT,
      version: SHARD_VERSION,
      spillway: version,
      request,
      project,
      shard,
      batch: { tasks: collected.tasks.length, digest: tasksDigest(collected.tasks) },
      runs: collected.runs,
    }),
  );
  io.err(
    `${label}: ran ${collected.runs.length} of the first batch's ${collected.tasks.length} runs; put every shard's output through spillway merge`,
  );
  return EXIT_OK;
}
