// Where the autosave lives: IndexedDB (its quota is a share of the disk, not localStorage's
// ~5 MB), through idb-keyval with transactions that reach the disk before they complete.
import { promisifyRequest, type UseStore } from 'idb-keyval';

/** One earlier state of the project, kept so that the user can go back to it. */
export interface VersionInfo {
  /** When it was saved (ms since 1970); also its key. */
  savedAt: number;
  name: string;
  nodes: number;
}

/** How many earlier versions are kept; the oldest goes when a new one comes. */
export const MAX_VERSIONS = 5;

const CURRENT = 'current';
const VERSIONS = 'versions';
const versionKey = (savedAt: number): string => `version:${savedAt}`;

let store: UseStore | null = null;

/**
 * idb-keyval's createStore, but with strict durability: Chromium's default ('relaxed') reports
 * a write complete before it is on disk, and a killed browser then loses the last seconds.
 */
export function autosaveStore(): UseStore {
  if (store) return store;
  const request = indexedDB.open('spillway', 1);
  request.onupgradeneeded = () => request.result.createObjectStore('autosave');
  const db = promisifyRequest(request);
  store = (mode, callback) =>
    db.then((d) =>
      callback(d.transaction('autosave', mode, { durability: 'strict' }).objectStore('autosave')),
    );
  return store;
}

/** The autosave: its text and when it was written (null on a first visit), and the versions kept. */
export async function readSaved(): Promise<{
  text: string | null;
  savedAt: number | null;
  versions: VersionInfo[];
}> {
  return autosaveStore()('readonly', async (s) => {
    const [current, versions] = await Promise.all([
      promisifyRequest<{ text: string; savedAt?: number } | undefined>(s.get(CURRENT)),
      promisifyRequest<VersionInfo[] | undefined>(s.get(VERSIONS)),
    ]);
    return {
      text: current?.text ?? null,
      savedAt: current?.savedAt ?? null,
      versions: versions ?? [],
    };
  });
}

export async function readVersion(savedAt: number): Promise<string | null> {
  return autosaveStore()('readonly', async (s) => {
    const text = await promisifyRequest<string | undefined>(s.get(versionKey(savedAt)));
    return text ?? null;
  });
}

/** The versions listed once `info` is kept: newest first, at most MAX_VERSIONS; and those dropped. */
export function withVersion(
  versions: readonly VersionInfo[],
  info: VersionInfo,
): { kept: VersionInfo[]; dropped: VersionInfo[] } {
  const all = [info, ...versions.filter((v) => v.savedAt !== info.savedAt)];
  return { kept: all.slice(0, MAX_VERSIONS), dropped: all.slice(MAX_VERSIONS) };
}

/**
 * Writes the project's text as the current autosave, in one transaction with `keep` (the text it
 * replaces, kept as a version, and the list of versions after it). The transaction is created
 * at once, so that a write started as the page is closed is not left waiting behind another;
 * IndexedDB runs read-write transactions on one store in the order they were created.
 * Resolves once it is on disk; rejects when the browser refused it (a QuotaExceededError when
 * storage is full).
 */
export async function writeSaved(
  text: string,
  keep: { info: VersionInfo; text: string; versions: readonly VersionInfo[] } | null,
): Promise<void> {
  return autosaveStore()('readwrite', async (s) => {
    if (keep) {
      const { kept, dropped } = withVersion(keep.versions, keep.info);
      s.put(keep.text, versionKey(keep.info.savedAt));
      for (const old of dropped) s.delete(versionKey(old.savedAt));
      s.put(kept, VERSIONS);
    }
    s.put({ text, savedAt: Date.now() }, CURRENT);
    // Committed now rather than when the page next idles: a page being closed may not get there.
    s.transaction.commit?.();
    await promisifyRequest(s.transaction);
  });
}
