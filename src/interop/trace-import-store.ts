// The state of a trace import in the browser. The file is streamed through the pure importer
// in a Web Worker, chunk by chunk: the page stays responsive and the file is never one string.
import * as Comlink from 'comlink';
import { create } from 'zustand';
import type { Project } from '../../models/types';
import { useUiStore } from '../store/ui-store';
import type { TraceImportProgress, TraceImportWorkerApi } from './trace-import-contract';

export type TraceImportState =
  | { phase: 'idle' }
  | { phase: 'reading' | 'building'; fileName: string; fraction: number; spans: number }
  | { phase: 'done'; fileName: string; project: Project; summary: string }
  | { phase: 'failed'; fileName: string; message: string };

export const useTraceImport = create<{ state: TraceImportState; token: number }>()(() => ({
  state: { phase: 'idle' },
  token: 0,
}));

let worker: Worker | null = null;

const set = (state: TraceImportState, token: number): void => {
  // A newer import (or a cancel) supersedes this one.
  if (useTraceImport.getState().token === token) useTraceImport.setState({ state });
};

export function cancelTraceImport(): void {
  worker?.terminate();
  worker = null;
  useTraceImport.setState((s) => ({ state: { phase: 'idle' }, token: s.token + 1 }));
}

/** Imports `file` in a fresh worker; the dialog shows the progress and then the summary. */
export async function startTraceImport(file: File): Promise<void> {
  worker?.terminate();
  const token = useTraceImport.getState().token + 1;
  // The dialog shows whenever an import is under way (not through ui.dialog, which other
  // actions such as opening a project reset).
  useTraceImport.setState({
    token,
    state: { phase: 'reading', fileName: file.name, fraction: 0, spans: 0 },
  });
  useUiStore.getState().openDialog(null);
  // Written literally so that Vite finds and bundles the worker.
  const own = new Worker(new URL('./trace-import.worker.ts', import.meta.url), { type: 'module' });
  worker = own;
  const failed = new Promise<{ ok: false; message: string }>((resolve) =>
    own.addEventListener('error', (e) =>
      resolve({
        ok: false,
        message: `internal error: the import worker failed (${e.message || 'it could not start'})`,
      }),
    ),
  );
  const api = Comlink.wrap<TraceImportWorkerApi>(own);
  // Progress comes over its own message channel and may arrive after the outcome: it never
  // replaces a finished state.
  const onProgress = (p: TraceImportProgress): void => {
    const phase = useTraceImport.getState().state.phase;
    if (phase === 'reading' || phase === 'building')
      set({ phase: p.phase, fileName: file.name, fraction: p.fraction, spans: p.spans }, token);
  };
  const outcome = await Promise.race([api.importFile(file, Comlink.proxy(onProgress)), failed]);
  own.terminate();
  if (worker === own) worker = null;
  set(
    outcome.ok
      ? { phase: 'done', fileName: file.name, project: outcome.project, summary: outcome.summary }
      : { phase: 'failed', fileName: file.name, message: outcome.message },
    token,
  );
}
