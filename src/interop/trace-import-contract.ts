// What the trace import worker offers the page (types only, shared by both sides).
import type { Project } from '../../models/types';

export interface TraceImportProgress {
  phase: 'reading' | 'building';
  /** 0..1 of the file read. */
  fraction: number;
  spans: number;
}

export type TraceImportOutcome =
  { ok: true; project: Project; summary: string } | { ok: false; message: string };

export interface TraceImportWorkerApi {
  importFile(file: File, onProgress: (p: TraceImportProgress) => void): Promise<TraceImportOutcome>;
}
