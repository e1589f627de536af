// Starts the simulator workers once Simulate or Compare is shown (their run controls) and the
// page is idle, so that the first "Run simulation" does not wait for them to start and load the
// engine (~0.2 s on a 2-core machine, `npm run bench:worker`). They are the pool the runs would
// start anyway; if the first run has not come a second later, each warms its engine up on the
// project as it is then (simulator/warm-up.ts), giving way to the run as soon as it comes.
// Not at the page's opening: a tab that only edits, or imports a large trace
// (`npm run bench:memory`), keeps their memory.
import { useEffect } from 'react';
import { useProjectStore } from '../store/project-store';
import { useRunsStore } from './runs-store';

/** How long the page may stay busy before the workers start regardless. */
const IDLE_TIMEOUT_MS = 2000;

export function usePrestartedWorkers(): void {
  useEffect(() => {
    if (typeof Worker === 'undefined') return;
    const start = (): void => useRunsStore.getState().prestart(useProjectStore.getState().project);
    if (typeof requestIdleCallback === 'function') {
      const id = requestIdleCallback(start, { timeout: IDLE_TIMEOUT_MS });
      return () => cancelIdleCallback(id);
    }
    const id = setTimeout(start, 0);
    return () => clearTimeout(id);
  }, []);
}
