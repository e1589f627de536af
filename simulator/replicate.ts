import type { Project } from '../models/types';
import { findScenario } from './compile';
import type { SimulateOptions, SimulationResult } from './result';
import { simulate } from './simulate';
import { meanCi95 } from './student-t';

export interface ReplicatedResult {
  runs: SimulationResult[];
  /** Key performance indicators by dotted name: the mean over the runs and its 95 % CI half-width. */
  kpis: Record<string, { mean: number; ci95: number }>;
}

/** The numbers a comparison or a replication summary is about, read from one result. */
export function kpisOf(r: SimulationResult): Record<string, number> {
  const done = r.entry.succeeded + r.entry.failed;
  const k: Record<string, number> = {
    'entry.requests': r.entry.requests,
    'entry.succeeded': r.entry.succeeded,
    'entry.failed': r.entry.failed,
    'entry.errorRate': done > 0 ? r.entry.failed / done : 0,
    'entry.latencyMs.mean': r.entry.latencyMs.mean,
    'entry.latencyMs.p50': r.entry.latencyMs.p50,
    'entry.latencyMs.p90': r.entry.latencyMs.p90,
    'entry.latencyMs.p95': r.entry.latencyMs.p95,
    'entry.latencyMs.p99': r.entry.latencyMs.p99,
    'entry.latencyMs.max': r.entry.latencyMs.max,
    'completion.latencyMs.p99': r.completion.latencyMs.p99,
  };
  for (const [id, n] of Object.entries(r.nodes)) k[`nodes.${id}.utilization`] = n.utilization;
  for (const [id, q] of Object.entries(r.queues)) k[`queues.${id}.maxBacklog`] = q.maxBacklog;
  return k;
}

/**
 * Runs the same variant and scenario with seeds seed, seed+1, ... and summarises each KPI as a
 * mean with a 95 % confidence interval (Student's t with n-1 degrees of freedom).
 */
export function replicate(
  project: Project,
  options: SimulateOptions,
  replications: number,
  onRun?: (index: number) => void,
): ReplicatedResult {
  const base = options.seed ?? findScenario(project, options.scenario).seed;
  const runs: SimulationResult[] = [];
  for (let i = 0; i < Math.max(1, replications); i++) {
    onRun?.(i);
    runs.push(simulate(project, { ...options, seed: base + i }));
  }
  const values = new Map<string, number[]>();
  for (const r of runs) {
    for (const [k, v] of Object.entries(kpisOf(r))) {
      const list = values.get(k) ?? [];
      list.push(v);
      values.set(k, list);
    }
  }
  const kpis: Record<string, { mean: number; ci95: number }> = {};
  for (const [k, list] of values) {
    const { mean, ci95 } = meanCi95(list);
    kpis[k] = { mean: Math.round(mean * 1e6) / 1e6, ci95: Math.round(ci95 * 1e6) / 1e6 };
  }
  return { runs, kpis };
}
