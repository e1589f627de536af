// What the autosave has done, for the header: saved, saving, or failed and why; and the versions kept.
import { create } from 'zustand';
import type { VersionInfo } from './autosave-db';

export interface AutosaveStatus {
  state: 'saved' | 'saving' | 'failed';
  /** Why the last save failed, or a warning that the next may (storage nearly full). */
  problem: string | null;
  /** Earlier versions kept, newest first. */
  versions: VersionInfo[];
}

export const useAutosaveStatus = create<AutosaveStatus>()(() => ({
  state: 'saved',
  problem: null,
  versions: [],
}));
