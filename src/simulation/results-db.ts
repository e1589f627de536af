// The last results per variant and scenario, kept in the autosave's IndexedDB store (key
// 'results') beside the project, so that a reload shows them again.
import { promisifyRequest } from 'idb-keyval';
import { autosaveStore } from '../project/autosave-db';
import type { RunRecord } from './runs-store';

const RESULTS = 'results';

export async function readSavedResults(): Promise<Record<string, RunRecord>> {
  return autosaveStore()('readonly', async (s) => {
    const found = await promisifyRequest<Record<string, RunRecord> | undefined>(s.get(RESULTS));
    return found ?? {};
  });
}

export async function writeSavedResults(results: Record<string, RunRecord>): Promise<void> {
  return autosaveStore()('readwrite', async (s) => {
    s.put(results, RESULTS);
    await promisifyRequest(s.transaction);
  });
}
