// One design (a variant) under one scenario, with replications: the objectives judged on the
// mean, how far the worst of them is from its target, and the headline figures the ranking reads.
import type { Project } from '../../models/types';
import { summarizeKpis } from '../replication-summary';
import { runReplicated } from '../replicated-batch';
import type { BatchProgress, RunBatch } from '../run-batch';
import type { RunFigures } from '../run-figures';
import { estimateOf, roundedEstimate, type Estimate } from '../sweep/figure-estimate';
import { judgeRuns, type ObjectiveAtLoad } from '../sweep/judge-load';

export interface DesignRun {
  variant: string;
  scenario: string;
  seed: number;
  replications: number;
  maxWallMs?: number;
}

export interface JudgedObjective extends ObjectiveAtLoad {
  /**
   * How much of what the objective allows was used: for a share (latency, availability) the
   * error budget burnt, (1 − measured) / (1 − target), as the SLO panel computes it; for the
   * message age, the oldest message over the target. At most 1 when the objective holds.
   */
  used: number;
}

export interface DesignFigures {
  /** Every judged objective holds on the mean of the replications and no run was cut short. */
  holds: boolean;
  objectives: JudgedObjective[];
  /** The largest `used` over the objectives (0 with none judged; Infinity for a run cut short). */
  worstUsed: number;
  successRate: Estimate | null;
  errorRate: Estimate | null;
  /** p99 of the latency of successful requests. */
  p99Ms: Estimate | null;
  /** p99 until the last asynchronous work a request caused was done: what decoupling costs. */
  completionP99Ms: Estimate | null;
  cutShort: number;
}

const round = (v: number): number => (Number.isFinite(v) ? Math.round(v * 1e6) / 1e6 : v);

export function usedOf(o: Pick<ObjectiveAtLoad, 'mean' | 'target' | 'better'>): number {
  if (o.better === 'lower') return o.target > 0 ? o.mean / o.target : o.mean > 0 ? Infinity : 0;
  const allowed = 1 - o.target;
  const bad = Math.max(0, 1 - o.mean);
  return allowed > 0 ? bad / allowed : bad > 0 ? Infinity : 0;
}

/** A design's figures from the figures of its replications. */
export function designFigures(runs: readonly RunFigures[]): DesignFigures {
  const kpis = summarizeKpis(runs.map((r) => r.kpis));
  const verdict = judgeRuns(runs);
  const objectives = verdict.objectives.map((o) => ({ ...o, used: round(usedOf(o)) }));
  const estimate = (id: 'successRate' | 'errorRate' | 'p99' | 'completionP99'): Estimate | null => {
    const e = estimateOf(kpis, id);
    return e && roundedEstimate(e);
  };
  return {
    holds: verdict.holds,
    objectives,
    worstUsed:
      verdict.cutShort > 0 ? Infinity : objectives.reduce((m, o) => Math.max(m, o.used), 0),
    successRate: estimate('successRate'),
    errorRate: estimate('errorRate'),
    p99Ms: estimate('p99'),
    completionP99Ms: estimate('completionP99'),
    cutShort: verdict.cutShort,
  };
}

/**
 * Every design (a project holding it as `run.variant`) under `run`, all their replications as one
 * batch (run-batch.ts); `onProgress` hears the runs done over the batch.
 */
export async function evaluateDesigns(
  batch: RunBatch,
  projects: readonly Project[],
  run: DesignRun,
  onProgress?: BatchProgress,
): Promise<DesignFigures[]> {
  const runs = await runReplicated(
    batch,
    projects.map((project) => ({ project, ...run })),
    onProgress,
  );
  return runs.map(designFigures);
}
