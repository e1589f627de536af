import { maxOf } from '../max-of';

/** What the roadmap shows after each step, under one scenario and seed. */
export interface StepKpis {
  /** p99 latency of the entry requests, ms. */
  p99Ms: number;
  /** Failed / finished entry requests (succeeded + failed; 0 when none finished), as `compare` counts it. */
  errorRate: number;
  /** The highest utilisation any node reached in any time bucket (0..1). */
  peakUtilization: number;
  /** The largest backlog any queue or topic reached, in messages. */
  peakBacklog: number;
}

/**
 * The part of a simulation result the roadmap reads. `SimulationResult` satisfies it
 * structurally, which keeps models/ free of simulator/.
 */
export interface KpiSource {
  entry: { succeeded: number; failed: number; latencyMs: { p99: number } };
  nodes: Record<string, { utilization: number }>;
  queues: Record<string, { maxBacklog: number }>;
  series?: { utilization: Record<string, number[]> };
}

export function kpisOf(result: KpiSource): StepKpis {
  const finished = result.entry.succeeded + result.entry.failed;
  const seriesPeaks = Object.values(result.series?.utilization ?? {}).flat();
  const nodePeaks = Object.values(result.nodes).map((n) => n.utilization);
  return {
    p99Ms: result.entry.latencyMs.p99,
    errorRate: finished > 0 ? result.entry.failed / finished : 0,
    peakUtilization: maxOf(seriesPeaks.length > 0 ? seriesPeaks : nodePeaks, 0),
    peakBacklog: maxOf(
      Object.values(result.queues).map((q) => q.maxBacklog),
      0,
    ),
  };
}
