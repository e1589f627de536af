import { closeSync, openSync, readSync, statSync } from 'node:fs';
import { ImportIssue } from '../../../models/interop/import-issue';
import { formatImportSummary } from '../../../models/interop/import-summary';
import { TraceImporter, type ImportProgress } from '../../../models/interop/import-traces';
import { traceFileTooLarge } from '../../../models/interop/trace-limits';
import { FIT_MODES, type FitMode } from '../../../models/interop/distribution-fit';
import { EXIT_OK, UsageError, type CliIo } from '../io';
import { serializeProject } from '../../../models/serialize';

const USAGE =
  'usage: spillway import-trace TRACE.json [--service-time auto|lognormal|empirical] [--name NAME] [--progress]';
/** Read size: big enough to be fast, small enough that memory stays flat. */
const CHUNK_BYTES = 1 << 20;

interface Options {
  file: string;
  serviceTime: FitMode;
  name: string | undefined;
  progress: boolean;
}

function parseArgs(args: string[]): Options {
  let file: string | undefined;
  let serviceTime: FitMode = 'auto';
  let name: string | undefined;
  let progress = false;
  for (let i = 0; i < args.length; i++) {
    const a = args[i] as string;
    if (a === '--service-time') {
      const v = args[++i];
      const mode = FIT_MODES.find((m) => m === v);
      if (!mode) throw new UsageError(`--service-time must be ${FIT_MODES.join(', ')}\n${USAGE}`);
      serviceTime = mode;
    } else if (a === '--name') {
      name = args[++i];
      if (!name) throw new UsageError(`--name needs a value\n${USAGE}`);
    } else if (a === '--progress') progress = true;
    else if (a.startsWith('-')) throw new UsageError(`unknown option ${a}\n${USAGE}`);
    else if (file) throw new UsageError(`one trace file only\n${USAGE}`);
    else file = a;
  }
  if (!file) throw new UsageError(USAGE);
  return { file, serviceTime, name, progress };
}

/**
 * Feeds the file through the pure importer chunk by chunk: memory stays bounded whatever the
 * file's size. Plain reads into one reused buffer (a read stream held on to consumed chunks
 * for as long as the loop ran); the decoder keeps characters split across chunks whole.
 */
export async function importTraceFile(
  file: string,
  options: { serviceTime?: FitMode; name?: string; onProgress?: (p: ImportProgress) => void },
) {
  const importer = new TraceImporter({
    serviceTime: options.serviceTime,
    projectName: options.name,
    onProgress: options.onProgress,
  });
  const decoder = new TextDecoder('utf-8');
  const buffer = Buffer.allocUnsafe(CHUNK_BYTES);
  const fd = openSync(file, 'r');
  try {
    for (;;) {
      const n = readSync(fd, buffer, 0, CHUNK_BYTES, null);
      if (n === 0) break;
      importer.feed(decoder.decode(buffer.subarray(0, n), { stream: true }));
    }
    importer.feed(decoder.decode());
  } finally {
    closeSync(fd);
  }
  return importer.finish();
}

export async function run(args: string[], io: CliIo): Promise<number> {
  const options = parseArgs(args);
  let size: number;
  try {
    size = statSync(options.file).size;
  } catch {
    throw new UsageError(`cannot read ${options.file}: no such file`);
  }
  const tooLarge = traceFileTooLarge(size);
  if (tooLarge) throw new UsageError(`${options.file}: (document): ${tooLarge}`);
  let lastPercent = -1;
  const onProgress = options.progress
    ? (p: ImportProgress): void => {
        // characters ≈ bytes for trace files (ASCII ids and names).
        const percent =
          p.phase === 'reading'
            ? Math.min(100, Math.floor((p.characters / Math.max(1, size)) * 100))
            : 100;
        if (percent !== lastPercent && percent % 10 === 0)
          io.err(`reading ${percent}% (${p.spans} spans)`);
        lastPercent = percent;
      }
    : undefined;
  try {
    const { project, summary } = await importTraceFile(options.file, {
      serviceTime: options.serviceTime,
      name: options.name,
      onProgress,
    });
    io.out(serializeProject(project));
    io.err(formatImportSummary(summary));
    return EXIT_OK;
  } catch (e) {
    if (e instanceof ImportIssue) throw new UsageError(`${options.file}: ${e.message}`);
    throw e;
  }
}
