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

/** The runs of seeds seed, seed+1, … (in that order) and each KPI's mean with its 95 % CI (Student's t). */
export function summariseReplications(runs: SimulationResult[]): ReplicatedResult {
  const values = new Map<string, number[]>();
  for (const r of runs) {
    for (const [k, v] of Object.entries(kpisOf(r))) {
      const list = values.get(k) ?? [];
      list.push(v);
      values.set(k, list);
    }
  }
  const kpis: Record<string, { mean: number; ci95: number }> = {};
  for (const [k, all] of values) {
    // A run without a value (no successful request has no latency) does not count towards it.
    const list = all.filter(Number.isFinite);
    if (list.length === 0) continue;
    const { mean, ci95 } = meanCi95(list);
    kpis[k] = { mean: Math.round(mean * 1e6) / 1e6, ci95: Math.round(ci95 * 1e6) / 1e6 };
  }
  return { runs, kpis };
}
