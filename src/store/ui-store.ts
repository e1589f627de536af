// View state: which view and variant are shown, what is selected, the status line. Not undoable.
import { create } from 'zustand';

export interface Selection {
  nodes: readonly string[];
  edges: readonly string[];
}

export type StatusTone = 'info' | 'error' | 'success';

export interface Status {
  text: string;
  tone: StatusTone;
  /** Increments so that the same message twice still re-announces. */
  seq: number;
}

export interface UiState {
  view: string;
  variantId: string | null;
  selection: Selection;
  status: Status | null;
  /** The open dialog, if any (examples, share link, problems). */
  dialog: string | null;
  /** Why a file or link could not be opened: shown in a dialog, one "path: reason" per line. */
  report: { title: string; lines: string[] } | null;
  /** A question asked before a destructive command (in-app, not the browser's confirm()). */
  confirmation: Confirmation | null;
  setView: (view: string) => void;
  setVariantId: (variantId: string) => void;
  select: (selection: Selection) => void;
  clearSelection: () => void;
  showStatus: (text: string, tone?: StatusTone) => void;
  openDialog: (dialog: string | null) => void;
  showReport: (report: { title: string; lines: string[] } | null) => void;
  askConfirmation: (confirmation: Confirmation | null) => void;
}

export interface Confirmation {
  title: string;
  message: string;
  /** The button that goes ahead ("Delete variant"); Enter presses it, Escape cancels. */
  confirmLabel: string;
  onConfirm: () => void;
  /** What going ahead will do, one line each (an import's preview); shown as a list. */
  details?: readonly string[];
  /** A destructive question colours its button red; a preview does not. Default true. */
  destructive?: boolean;
}

export const EMPTY_SELECTION: Selection = { nodes: [], edges: [] };

export const useUiStore = create<UiState>()((set) => ({
  view: 'edit',
  variantId: null,
  selection: EMPTY_SELECTION,
  status: null,
  dialog: null,
  report: null,
  confirmation: null,
  // An error is about what was on screen: it goes when the user moves to another view.
  setView: (view) =>
    set((s) => ({
      view,
      status: s.view !== view && s.status?.tone === 'error' ? null : s.status,
    })),
  setVariantId: (variantId) => set({ variantId, selection: EMPTY_SELECTION }),
  select: (selection) => set({ selection }),
  clearSelection: () => set({ selection: EMPTY_SELECTION }),
  showStatus: (text, tone = 'info') =>
    set((s) => ({ status: { text, tone, seq: (s.status?.seq ?? 0) + 1 } })),
  openDialog: (dialog) => set({ dialog }),
  showReport: (report) => set({ report }),
  askConfirmation: (confirmation) => set({ confirmation }),
}));

export const showStatus = (text: string, tone?: StatusTone): void =>
  useUiStore.getState().showStatus(text, tone);
