// Every change of the project is written to IndexedDB within a fraction of a second (after the
// change settles, in idle time, and at once when the page is hidden or closed); a reload
// restores it. Earlier versions are kept at checkpoints: the first save of a session, a minute of
// editing, and a project replaced as a whole (open, paste, link, example, new, restore).
// A tab hidden or closed before IndexedDB confirmed the latest write also leaves a copy in
// localStorage (closing-copy.ts), which the next start takes when it is the newer.
import type { Project } from '../../models/types';
import { useProjectStore } from '../store/project-store';
import { loadProject } from '../../models/load';
import { serializeProject } from '../../models/serialize';
import { readSaved, withVersion, writeSaved, type VersionInfo } from './autosave-db';
import { useAutosaveStatus } from './autosave-status';
import { isReadOnly } from '../store/read-only-store';
import { dropClosingCopy, keepClosingCopy, readClosingCopy } from './closing-copy';

/** The key of the autosave before it moved to IndexedDB; read once, then removed. */
export const LEGACY_AUTOSAVE_KEY = 'spillway.autosave.v1';

/** Quiet time after a change before it is written (a burst of edits is one write). */
const SETTLE_MS = 100;
/** The longest the write then waits for the browser to be idle. */
const IDLE_TIMEOUT_MS = 150;
/** Editing time between two versions kept automatically. */
const CHECKPOINT_MS = 60_000;

/** What is on disk now: its text (kept as a version when a checkpoint replaces it). */
let saved: { text: string; info: Omit<VersionInfo, 'savedAt'> } | null = null;
/** The text IndexedDB last confirmed on disk (writes land in the order they were issued). */
let confirmed: string | null = null;
/** Whether a closing copy was kept since the last confirmed write (so it is dropped once only). */
let closingCopyKept = false;
let lastCheckpoint = 0;
let checkpointNext = false;
let timer: ReturnType<typeof setTimeout> | undefined;
let idle: number | undefined;
/**
 * The versions listed by the writes issued so far (the header's list follows once each is on
 * disk). Kept here, not read from the status, because a write is issued before the one before
 * it has finished.
 */
let listed: VersionInfo[] = [];
/** How many writes were issued, and which of them the header shows. */
let issued = 0;
let shown = 0;

const infoOf = (project: Project): Omit<VersionInfo, 'savedAt'> => ({
  name: project.name,
  nodes: project.variants.reduce((n, v) => n + v.nodes.length, 0),
});

const megabytes = (chars: number): string => `${((chars * 2) / 1_000_000).toFixed(1)} MB`;

/**
 * The autosaved project, or null on a first visit. An autosave left in localStorage by an
 * earlier version of Spillway is moved to IndexedDB (and removed from localStorage only once
 * IndexedDB holds it). Read through loadProject, like a file: a damaged autosave is not opened.
 */
export async function loadAutosave(): Promise<Project | null> {
  let text: string | null = null;
  let savedAt: number | null = null;
  try {
    const found = await readSaved();
    ({ text, savedAt } = found);
    listed = found.versions;
    useAutosaveStatus.setState({ versions: found.versions });
  } catch {
    // IndexedDB unavailable (some private modes): the legacy copy is all there is.
  }
  confirmed = text;
  const closing = newerClosingCopy(text, savedAt);
  if (closing === null) dropClosingCopy();
  const legacy = text === null && closing === null ? readLegacy() : null;
  const chosen = closing ?? text ?? legacy;
  if (!chosen) return null;
  const r = loadProject(chosen);
  if (!r.ok) return null;
  saved = { text: chosen, info: infoOf(r.project) };
  if (closing !== null) await settleClosingCopy(closing);
  if (legacy !== null) await migrate(legacy);
  return r.project;
}

/** The text of the copy kept as a tab closed, when it is newer than IndexedDB's and opens. */
function newerClosingCopy(text: string | null, savedAt: number | null): string | null {
  const copy = readClosingCopy();
  if (!copy || copy.text === text) return null;
  if (savedAt !== null && copy.savedAt < savedAt) return null;
  return loadProject(copy.text).ok ? copy.text : null;
}

/** Writes the closing copy to IndexedDB, then removes it (kept for the next start on failure). */
async function settleClosingCopy(text: string): Promise<void> {
  try {
    await writeSaved(text, null);
    confirmed = text;
    dropClosingCopy();
  } catch {
    // Still in localStorage: the next start tries again.
  }
}

function readLegacy(): string | null {
  try {
    return localStorage.getItem(LEGACY_AUTOSAVE_KEY);
  } catch {
    return null;
  }
}

async function migrate(text: string): Promise<void> {
  try {
    await writeSaved(text, null);
    localStorage.removeItem(LEGACY_AUTOSAVE_KEY);
  } catch {
    // Kept in localStorage: the next start tries again.
  }
}

/** The next save keeps what it overwrites as a version (the project is being replaced as a whole). */
export function checkpointBeforeNextSave(): void {
  checkpointNext = true;
}

/** Writes the project now; resolves when it is on disk (or the failure is shown). */
export function saveNow(project: Project = useProjectStore.getState().project): Promise<void> {
  clearTimeout(timer);
  if (idle !== undefined) cancelIdleCallback(idle);
  timer = idle = undefined;
  const text = serializeProject(project);
  const info = infoOf(project);
  const now = Date.now();
  const keep =
    saved && saved.text !== text && (checkpointNext || now - lastCheckpoint >= CHECKPOINT_MS)
      ? { info: { ...saved.info, savedAt: now }, text: saved.text, versions: listed }
      : null;
  if (keep || lastCheckpoint === 0) lastCheckpoint = now;
  checkpointNext = false;
  saved = { text, info };
  const versions = keep ? withVersion(keep.versions, keep.info).kept : listed;
  listed = versions;
  return write(text, keep, versions);
}

async function write(
  text: string,
  keep: Parameters<typeof writeSaved>[1],
  versions: VersionInfo[],
): Promise<void> {
  try {
    // The write starts at once, not after the one before it (a page being closed has no time
    // to wait); the room left is asked afterwards, for the next save.
    const order = ++issued;
    await writeSaved(text, keep);
    confirmed = text;
    if (closingCopyKept && text === saved?.text) {
      closingCopyKept = false;
      dropClosingCopy();
    }
    const roomy = await hasRoomFor(text.length);
    // Writes land in order, but the room asked after each may not answer in order.
    if (order < shown) return;
    shown = order;
    useAutosaveStatus.setState({
      versions,
      problem: roomy ? null : `Storage is nearly full: the next autosave may fail.`,
      state: pending() ? 'saving' : 'saved',
    });
  } catch (e) {
    // The transaction was rolled back: the list on disk is the one last shown.
    listed = useAutosaveStatus.getState().versions;
    const why =
      e instanceof DOMException && e.name === 'QuotaExceededError'
        ? 'the browser has no room left for this site'
        : `the browser refused it (${e instanceof Error ? e.message : String(e)})`;
    useAutosaveStatus.setState({
      state: 'failed',
      problem: `Autosave failed: ${why} (the project needs ${megabytes(text.length)}). Your latest changes are only in this tab: Save to file… keeps them.`,
    });
  }
}

const pending = (): boolean => timer !== undefined || idle !== undefined;

/** Whether storage has room for a text of `chars` characters (stored as UTF-16), when the browser says. */
async function hasRoomFor(chars: number): Promise<boolean> {
  try {
    const estimate = await navigator.storage?.estimate?.();
    if (!estimate?.quota) return true;
    return estimate.quota - (estimate.usage ?? 0) > chars * 2;
  } catch {
    return true;
  }
}

function schedule(): void {
  // Someone else's file opened read-only is not the user's work: nothing to save until a copy.
  if (isReadOnly()) return;
  if (useAutosaveStatus.getState().state !== 'failed')
    useAutosaveStatus.setState({ state: 'saving' });
  clearTimeout(timer);
  if (idle !== undefined) cancelIdleCallback(idle);
  idle = undefined;
  timer = setTimeout(() => {
    timer = undefined;
    const run = () => {
      idle = undefined;
      void saveNow();
    };
    if (typeof requestIdleCallback === 'function')
      idle = requestIdleCallback(run, { timeout: IDLE_TIMEOUT_MS });
    else run();
  }, SETTLE_MS);
}

/** Starts saving the project on every change; returns the function that stops it. */
export function startAutosave(): () => void {
  const unsubscribe = useProjectStore.subscribe((state, previous) => {
    if (state.project !== previous.project) schedule();
  });
  // Closing the tab or switching away: write what is pending at once, and keep a copy that does
  // not depend on IndexedDB finishing before the page is gone.
  const flush = () => {
    if (pending()) void saveNow();
    if (saved && saved.text !== confirmed && !isReadOnly()) {
      keepClosingCopy(saved.text, Date.now());
      closingCopyKept = true;
    }
  };
  const onVisibility = () => {
    if (document.visibilityState === 'hidden') flush();
  };
  window.addEventListener('pagehide', flush);
  document.addEventListener('visibilitychange', onVisibility);
  return () => {
    unsubscribe();
    window.removeEventListener('pagehide', flush);
    document.removeEventListener('visibilitychange', onVisibility);
  };
}
