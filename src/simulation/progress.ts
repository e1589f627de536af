// Progress of a batch of runs (one per variant, each with its replications) as one bar, with an
// estimate of the time left from the wall-clock rate so far.
import type { WorkerProgress } from './worker-contract';

export interface BatchProgress {
  /** 0..1 over the whole batch. */
  fraction: number;
  /** Simulated seconds reached in the current run. */
  simulatedS: number;
  durationS: number;
  /** Index of the run in the batch (0-based) and how many there are. */
  run: number;
  runs: number;
  replication: number;
  replications: number;
  events: number;
  elapsedMs: number;
  /** Estimated wall-clock seconds left; null until there is enough to estimate from. */
  etaS: number | null;
}

/**
 * `replication` from the worker is taken as 0-based when it is below `replications`, so that both
 * 0- and 1-based counting keep the bar monotone and within 0..1.
 */
export function batchProgress(
  p: WorkerProgress,
  run: number,
  runs: number,
  replications: number,
  elapsedMs: number,
): BatchProgress {
  const reps = Math.max(1, replications);
  const rep = Math.min(Math.max(0, p.replication >= reps ? reps - 1 : p.replication), reps - 1);
  const within = p.durationS > 0 ? Math.min(1, Math.max(0, p.simulatedS / p.durationS)) : 0;
  const fraction = Math.min(1, (run + (rep + within) / reps) / Math.max(1, runs));
  const etaS =
    fraction > 0.02 && elapsedMs > 200 ? ((elapsedMs / fraction) * (1 - fraction)) / 1000 : null;
  return {
    fraction,
    simulatedS: p.simulatedS,
    durationS: p.durationS,
    run,
    runs,
    replication: rep,
    replications: reps,
    events: p.events,
    elapsedMs,
    etaS,
  };
}
