// Whether the project on screen is someone else's file opened from a link (`#file=<url>`): it
// is read-only (no edit, no autosave) until the user makes a copy of it.
import { create } from 'zustand';

interface ReadOnlyState {
  /** The address the project was read from, or null when the project is the user's own. */
  source: string | null;
  open: (source: string) => void;
  release: () => void;
}

export const useReadOnlyStore = create<ReadOnlyState>()((set) => ({
  source: null,
  open: (source) => set({ source }),
  release: () => set({ source: null }),
}));

export const isReadOnly = (): boolean => useReadOnlyStore.getState().source !== null;
