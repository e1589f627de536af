// What replications add up to: each key figure's mean over the runs with its 95 % confidence
// interval. Pure and free of the engine, so that whoever ran the replications (replicate() here,
// or the app's worker pool, one replication per worker) summarises them the same way.
import { FIGURES } from '../models/figures/run-figures';
import type { SimulationResult } from './result';
import { meanCi95 } from './student-t';

export interface ReplicatedResult {
  runs: SimulationResult[];
  /** Key performance indicators by dotted name: the mean over the runs and its 95 % CI half-width. */
  kpis: Record<string, { mean: number; ci95: number }>;
}

/**
 * The numbers a replication summary is about, read from one result: every headline figure that
 * has a replication name (computed by its one definition in models/figures), the latency of every
 * outcome as the results contract (simulator/result.ts) names it, and each node's utilisation and each queue's largest backlog.
 */
export function kpisOf(r: SimulationResult): Record<string, number> {
  const k: Record<string, number> = {};
  for (const def of FIGURES) if (def.replicatedKey) k[def.replicatedKey] = def.read(r);
  k['entry.succeeded'] = r.entry.succeeded;
  k['entry.failed'] = r.entry.failed;
  for (const q of ['mean', 'p50', 'p90', 'p95', 'p99', 'max'] as const)
    k[`entry.latencyMs.${q}`] = r.entry.latencyMs[q];
  for (const [id, n] of Object.entries(r.nodes)) k[`nodes.${id}.utilization`] = n.utilization;
  for (const [id, q] of Object.entries(r.queues)) k[`queues.${id}.maxBacklog`] = q.maxBacklog;
  return k;
}

/**
 * Each KPI over the runs: the mean of the runs that have a finite value for it and the half-width
 * of its 95 % confidence interval (Student's t), both rounded to 6 decimals. A run without a value
 * (no successful request has no latency) does not count towards it; a KPI no run has is left out.
 */
export function summarizeKpis(
  perRun: readonly Record<string, number>[],
): Record<string, { mean: number; ci95: number }> {
  const values = new Map<string, number[]>();
  for (const k of perRun) {
    for (const [key, v] of Object.entries(k)) {
      const list = values.get(key) ?? [];
      list.push(v);
      values.set(key, list);
    }
  }
  const kpis: Record<string, { mean: number; ci95: number }> = {};
  for (const [key, all] of values) {
    const list = all.filter(Number.isFinite);
    if (list.length === 0) continue;
    const { mean, ci95 } = meanCi95(list);
    kpis[key] = { mean: Math.round(mean * 1e6) / 1e6, ci95: Math.round(ci95 * 1e6) / 1e6 };
  }
  return kpis;
}

/** The runs of seeds seed, seed+1, … (in that order) and each KPI's mean with its 95 % CI (Student's t). */
export function summariseReplications(runs: SimulationResult[]): ReplicatedResult {
  return { runs, kpis: summarizeKpis(runs.map(kpisOf)) };
}
