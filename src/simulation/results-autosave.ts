// Results survive a reload: every new set of results is written to IndexedDB with the
// project's autosave; at start they are read back into the runs store, where the fingerprints
// mark each as valid or stale against the project as usual. Keeping them is best effort: a
// browser that refuses loses the results only, never the project.
import { useProjectStore } from '../store/project-store';
import { lastingResults } from './lasting-results';
import { readSavedResults, writeSavedResults } from './results-db';
import { useRunsStore } from './runs-store';

/** Puts the kept results into the runs store (before any run of this session). */
export async function restoreResults(): Promise<void> {
  try {
    const saved = await readSavedResults();
    if (Object.keys(saved).length > 0) useRunsStore.setState({ results: saved });
  } catch {
    // IndexedDB unavailable: the session starts without results, as before.
  }
}

/** Writes the results whenever a run adds to them; returns the function that stops it. */
export function startResultsAutosave(): () => void {
  let writing: Promise<void> = Promise.resolve();
  return useRunsStore.subscribe((state, previous) => {
    if (state.results === previous.results) return;
    const kept = lastingResults(state.results, useProjectStore.getState().project);
    writing = writing.then(() => writeSavedResults(kept)).catch(() => undefined);
  });
}
