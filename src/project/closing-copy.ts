// A copy of the project kept in localStorage as the tab is hidden or closed while IndexedDB has
// not yet confirmed the latest write. localStorage takes the text at once; an IndexedDB
// transaction still in flight when the page goes away may be abandoned with it. The next start
// prefers the copy when it is newer than what IndexedDB holds, writes it there and removes it.

const CLOSING_KEY = 'spillway.autosave.closing';

export interface ClosingCopy {
  text: string;
  /** When it was kept (ms since 1970), to compare with the autosave's own time. */
  savedAt: number;
}

/** Keeps `text`; silently does nothing when localStorage refuses it (over its ~5 MB, or off). */
export function keepClosingCopy(text: string, savedAt: number): void {
  try {
    localStorage.setItem(CLOSING_KEY, JSON.stringify({ text, savedAt } satisfies ClosingCopy));
  } catch {
    // IndexedDB's write, already started, is then all there is.
  }
}

/** The copy kept as the tab closed, or null (none, or not one this code wrote). */
export function readClosingCopy(): ClosingCopy | null {
  try {
    const raw = localStorage.getItem(CLOSING_KEY);
    if (raw === null) return null;
    const copy = JSON.parse(raw) as Partial<ClosingCopy>;
    return typeof copy.text === 'string' && typeof copy.savedAt === 'number'
      ? { text: copy.text, savedAt: copy.savedAt }
      : null;
  } catch {
    return null;
  }
}

export function dropClosingCopy(): void {
  try {
    localStorage.removeItem(CLOSING_KEY);
  } catch {
    // Storage off: there was nothing to drop.
  }
}
