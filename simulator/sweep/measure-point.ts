// One point of a sweep: a variant under a scenario, replicated, with the figures a sweep charts
// and the objectives judged on the mean of the replications.
import { measuredS } from '../../models/figures/run-figures';
import type { Project } from '../../models/types';
import { replicate } from '../replicate';
import { meanCi95 } from '../student-t';
import { estimateOf, roundedEstimate, type Estimate } from './figure-estimate';
import { judgeLoad, type LoadVerdict } from './judge-load';

export interface PointRun {
  variant: string;
  scenario: string;
  seed: number;
  replications: number;
  /** Computing time each run may take (the engine's limit when absent). */
  maxWallMs?: number;
}

export interface PointFigures extends LoadVerdict {
  /**
   * Requests that arrived per second over the measured part of the runs (after the warm-up):
   * the offered rate on average, where a load sweep's offeredRps is its peak.
   */
  arrivalsRps: Estimate;
  goodputRps: Estimate | null;
  /** p99 of the latency of successful requests; null when no run had a successful request. */
  p99Ms: Estimate | null;
  errorRate: Estimate | null;
}

/**
 * Runs the point's replications; `onProgress` hears the runs done so far, fractional while one
 * runs (2.5 = two runs and half of the third).
 */
export function measurePoint(
  project: Project,
  run: PointRun,
  onProgress?: (runsDone: number) => void,
): PointFigures {
  let done = 0;
  const { runs, kpis } = replicate(
    project,
    {
      variant: run.variant,
      scenario: run.scenario,
      seed: run.seed,
      maxWallMs: run.maxWallMs,
      onProgress: onProgress ? (p) => onProgress(done + p.simulatedS / p.durationS) : undefined,
    },
    run.replications,
    (i) => {
      done = i;
      onProgress?.(done);
    },
  );
  onProgress?.(run.replications);
  return {
    arrivalsRps: roundedEstimate(
      meanCi95(runs.map((r) => (measuredS(r) > 0 ? r.entry.requests / measuredS(r) : 0))),
    ),
    goodputRps: estimateOf(kpis, 'goodput'),
    p99Ms: estimateOf(kpis, 'p99'),
    errorRate: estimateOf(kpis, 'errorRate'),
    ...judgeLoad(project.slo, runs),
  };
}
