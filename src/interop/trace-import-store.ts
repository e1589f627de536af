// The state of a trace import in the browser: the file is streamed through the pure importer in
// chunks, so a large file neither blocks the page for long nor has to fit in memory as text.
import { create } from 'zustand';
import { formatImportSummary } from '../../models/interop/import-summary';
import { ImportIssue } from '../../models/interop/import-issue';
import { TraceImporter } from '../../models/interop/import-traces';
import type { Project } from '../../models/types';
import { useUiStore } from '../store/ui-store';

export type TraceImportState =
  | { phase: 'idle' }
  | { phase: 'reading' | 'building'; fileName: string; fraction: number; spans: number }
  | { phase: 'done'; fileName: string; project: Project; summary: string }
  | { phase: 'failed'; fileName: string; message: string };

export const useTraceImport = create<{ state: TraceImportState; token: number }>()(() => ({ state: { phase: 'idle' }, token: 0 }));

const set = (state: TraceImportState, token: number): void => {
  // A newer import (or a cancel) supersedes this one.
  if (useTraceImport.getState().token === token) useTraceImport.setState({ state });
};

export function cancelTraceImport(): void {
  useTraceImport.setState((s) => ({ state: { phase: 'idle' }, token: s.token + 1 }));
  useUiStore.getState().openDialog(null);
}

/** Streams `file` through the importer; the dialog shows the progress and then the summary. */
export async function startTraceImport(file: File): Promise<void> {
  const token = useTraceImport.getState().token + 1;
  useTraceImport.setState({ token, state: { phase: 'reading', fileName: file.name, fraction: 0, spans: 0 } });
  useUiStore.getState().openDialog('import-traces');
  const size = Math.max(1, file.size);
  let characters = 0;
  const importer = new TraceImporter({
    projectName: file.name.replace(/\.json$/i, ''),
    onProgress: (p) => {
      if (p.phase === 'reading') characters = p.characters;
    },
  });
  try {
    const reader = file.stream().pipeThrough(new TextDecoderStream()).getReader();
    for (;;) {
      const { value, done } = await reader.read();
      if (done) break;
      if (useTraceImport.getState().token !== token) {
        await reader.cancel();
        return;
      }
      importer.feed(value);
      set({ phase: 'reading', fileName: file.name, fraction: Math.min(1, characters / size), spans: 0 }, token);
    }
    set({ phase: 'building', fileName: file.name, fraction: 1, spans: 0 }, token);
    // Let the page paint "building" before the synchronous model building starts.
    await new Promise((r) => setTimeout(r, 0));
    const { project, summary } = importer.finish();
    set({ phase: 'done', fileName: file.name, project, summary: formatImportSummary(summary) }, token);
  } catch (e) {
    const message = e instanceof ImportIssue ? e.message : `internal error: ${e instanceof Error ? e.message : String(e)}`;
    set({ phase: 'failed', fileName: file.name, message }, token);
  }
}
