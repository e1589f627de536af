import { version } from '../../../package.json';
import { parseArgs } from '../args';
import { answerRequest, commandOf, printAnswer } from '../batch-request';
import { EXIT_OK, UsageError, type CliIo } from '../io';
import { withBatch } from '../pool/with-batch';
import { workersFlag } from '../pool/workers-flag';
import { progressLines } from '../progress-lines';
import { readInput } from '../read-input';
import { MergeBatch } from '../shard/merge-batch';
import { mergeShards, type NamedShard } from '../shard/merge-shards';
import { parseShardFile } from '../shard/shard-file';

const USAGE = 'usage: spillway merge SHARD.json… [--workers N] [--progress] [--json] [--write OUT]';

function readShard(file: string): NamedShard {
  const text = readInput(file);
  try {
    return { file, shard: parseShardFile(text, file) };
  } catch (e) {
    throw new UsageError(e instanceof Error ? e.message : String(e));
  }
}

/**
 * Puts the shards of one sweep or advice (`spillway sweep|advise … --shard I/N`, one per share)
 * back together and prints what the command would have printed on one machine, to the byte:
 * the shards' runs answer the first batch, and the runs that depend on it (the bisection, the
 * plan's later rounds) are made here, on --workers threads. --write as `spillway advise --write`.
 */
export async function run(args: string[], io: CliIo): Promise<number> {
  const { positional, flags } = parseArgs(args, ['workers', 'write'], ['json', 'progress']);
  if (positional.length === 0) throw new UsageError(USAGE);
  const workers = workersFlag(flags);
  const merged = mergeShards(positional.map(readShard), version);
  const { project, request } = merged;
  const write = typeof flags.write === 'string' ? flags.write : undefined;
  if (write !== undefined && request.kind !== 'advise')
    throw new UsageError('--write saves an advice’s plan; these shards are of a sweep');
  const progress = flags.progress
    ? progressLines(
        `merge ${commandOf(request)}`,
        request.kind === 'advise' ? 'designs' : 'runs',
        io.err,
      )
    : undefined;
  let ranHere = 0;
  const answer = await withBatch(workers, async (inner) => {
    const batch = new MergeBatch(merged, inner);
    const a = await answerRequest(project, request, batch, progress);
    ranHere = batch.ranHere;
    return a;
  });
  io.err(
    `merged ${merged.count} shard${merged.count === 1 ? '' : 's'}: ${merged.figures.length} runs from the shards, ${ranHere} run here`,
  );
  printAnswer(project, answer, { json: flags.json === true, ...(write ? { write } : {}) }, io);
  return EXIT_OK;
}
