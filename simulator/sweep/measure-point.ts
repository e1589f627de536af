// One point of a sweep: a variant under a scenario, replicated, with the figures a sweep charts
// and the objectives judged on the mean of the replications.
import type { Project } from '../../models/types';
import { summarizeKpis } from '../replication-summary';
import { runReplicated } from '../replicated-batch';
import type { BatchProgress, RunBatch } from '../run-batch';
import type { RunFigures } from '../run-figures';
import { meanCi95 } from '../student-t';
import { estimateOf, roundedEstimate, type Estimate } from './figure-estimate';
import { judgeRuns, type LoadVerdict } from './judge-load';

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

/** The point's figures from the figures of its replications. */
export function pointFigures(runs: readonly RunFigures[]): PointFigures {
  const kpis = summarizeKpis(runs.map((r) => r.kpis));
  return {
    arrivalsRps: roundedEstimate(meanCi95(runs.map((r) => r.arrivalsRps))),
    goodputRps: estimateOf(kpis, 'goodput'),
    p99Ms: estimateOf(kpis, 'p99'),
    errorRate: estimateOf(kpis, 'errorRate'),
    ...judgeRuns(runs),
  };
}

/**
 * Runs the replications of every point (each a project and a run) as one batch; `onProgress`
 * hears the runs done so far over the whole batch, fractional while runs go on.
 */
export async function measurePoints(
  batch: RunBatch,
  points: readonly { project: Project; run: PointRun }[],
  onProgress?: BatchProgress,
): Promise<PointFigures[]> {
  const runs = await runReplicated(
    batch,
    points.map(({ project, run }) => ({ project, ...run })),
    onProgress,
  );
  return runs.map(pointFigures);
}
