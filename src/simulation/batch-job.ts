// What the runs, capacity and advisor stores share about a batch of worker jobs: progress updates
// throttled (a re-render per worker message would load the main thread), the time left, and the state a batch
// ends in when it throws (cancelled by the user, or an error with its message).
import { RunCancelledError } from './run-cancelled-error';

/** Throttle for progress updates. */
export const PROGRESS_INTERVAL_MS = 100;

/** A gate for progress updates: returns the time now when one is due, null while too soon. */
export function progressThrottle(intervalMs = PROGRESS_INTERVAL_MS): () => number | null {
  let lastUpdate = 0;
  return () => {
    const now = performance.now();
    if (now - lastUpdate < intervalMs) return null;
    lastUpdate = now;
    return now;
  };
}

/** Seconds left of a batch `fraction` done after `elapsedMs`; null until there is enough to go on. */
export function secondsLeft(elapsedMs: number, fraction: number): number | null {
  return fraction > 0.02 && elapsedMs > 200
    ? ((elapsedMs / fraction) * (1 - fraction)) / 1000
    : null;
}

export type StoppedState =
  { status: 'cancelled'; progress: null } | { status: 'error'; progress: null; error: string };

/** The store's state after a batch threw `e`. */
export function stoppedState(e: unknown): StoppedState {
  if (e instanceof RunCancelledError) return { status: 'cancelled', progress: null };
  return { status: 'error', progress: null, error: e instanceof Error ? e.message : String(e) };
}
