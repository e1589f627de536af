// Streams a File through the pure importer (File.stream() → TextDecoderStream → chunks), so a
// large file is never held as one string. Runs in the trace import worker.
import { formatImportSummary } from '../../models/interop/import-summary';
import { ImportIssue } from '../../models/interop/import-issue';
import { TraceImporter } from '../../models/interop/import-traces';
import { traceFileTooLarge } from '../../models/interop/trace-limits';
import type { TraceImportOutcome, TraceImportProgress } from './trace-import-contract';

/** At most this often (ms) progress is reported: each report is a message to the page. */
const PROGRESS_EVERY_MS = 80;

export async function importTraceFile(
  file: File,
  onProgress: (p: TraceImportProgress) => void,
): Promise<TraceImportOutcome> {
  // Checked before a byte is read: a file past the limit is refused, the project untouched.
  const tooLarge = traceFileTooLarge(file.size);
  if (tooLarge) return { ok: false, message: `(document): ${tooLarge}` };
  const size = Math.max(1, file.size);
  let last = 0;
  let characters = 0;
  let spans = 0;
  const importer = new TraceImporter({
    projectName: file.name.replace(/\.json$/i, ''),
    onProgress: (p) => {
      if (p.phase === 'reading') {
        characters = p.characters;
        spans = p.spans;
      }
    },
  });
  try {
    const reader = file.stream().pipeThrough(new TextDecoderStream()).getReader();
    for (;;) {
      const { value, done } = await reader.read();
      if (done) break;
      importer.feed(value);
      const now = Date.now();
      if (now - last >= PROGRESS_EVERY_MS) {
        last = now;
        onProgress({ phase: 'reading', fraction: Math.min(1, characters / size), spans });
      }
    }
    onProgress({ phase: 'building', fraction: 1, spans });
    const { project, summary } = importer.finish();
    return { ok: true, project, summary: formatImportSummary(summary) };
  } catch (e) {
    if (e instanceof ImportIssue) return { ok: false, message: e.message };
    return { ok: false, message: `internal error: ${e instanceof Error ? e.message : String(e)}` };
  }
}
