// The state of the graph at one moment of a run, for the replay: how busy each node is, whether
// it is failing, how much each queue holds and how much traffic each edge carries.
import { isBroker, isClient } from '../../models/kinds/guards';
import type { Variant } from '../../models/types';
import type { Series, SimulationResult } from '../../simulator/result';
import { worstMoment } from '../../models/figures/worst-moment';
import { bucketIndexAt, maxFinite } from '../charts/line-path';

export interface NodeFrame {
  /** Share of workers busy, 0..1; null for nodes without workers (clients, brokers). */
  utilisation: number | null;
  /** Share of failing requests where the run measures it per node over time (clients: entry). */
  errorRate: number | null;
  /** Failing in this bucket (the cascade's rule: ≥ 5 % of ≥ 5 outcomes failed). */
  failing: boolean;
  /** Saturated in this bucket (the cascade's rule: every worker busy and a queue formed). */
  saturated: boolean;
  /** Messages waiting (queues and topics only). */
  backlog: number | null;
  /** Replicas taking work (autoscaled nodes only: the most in the bucket, as the chart shows). */
  replicas: number | null;
  /** Partitioned queues and topics only: the most messages one partition held (as the chart shows). */
  hottestPartition: number | null;
}

export interface EdgeFrame {
  /** 0..1: relative traffic on the edge at this moment (see edgeFlow). */
  flow: number;
}

export interface ReplayFrame {
  atS: number;
  bucket: number;
  nodes: Record<string, NodeFrame>;
  edges: Record<string, EdgeFrame>;
  /** Largest backlog of any queue over the whole run, to scale backlog gauges. */
  maxBacklog: number;
}

function at(values: readonly number[] | undefined, k: number): number | null {
  if (!values || k < 0) return null;
  const v = values[k];
  return v === undefined || !Number.isFinite(v) ? null : v;
}

/**
 * Traffic on an edge at bucket k, 0..1: its rate against the busiest edge's rate at any moment,
 * square-rooted so that a tenth of the peak still shows (widths read by area, not length).
 */
function edgeFlow(edgeId: string, series: Series, k: number, edgePeak: number): number {
  const rps = at(series.edgeRps[edgeId], k) ?? 0;
  return edgePeak > 0 ? Math.sqrt(Math.min(1, rps / edgePeak)) : 0;
}

/** Bit flags of `series.nodeState`. */
const SATURATED = 1;
const FAILING = 2;

/**
 * The graph at `atS`, read from the very series the charts draw: each node's utilisation, state
 * and backlog in the bucket under the cursor (not its worst so far).
 */
export function replayFrame(result: SimulationResult, variant: Variant, atS: number): ReplayFrame {
  const series = result.series;
  const k = bucketIndexAt(series.t, atS);
  const edgePeak = maxFinite(...variant.edges.map((e) => series.edgeRps[e.id] ?? []));
  const nodes: Record<string, NodeFrame> = {};
  for (const node of variant.nodes) {
    const state = k >= 0 ? (series.nodeState[node.id]?.[k] ?? 0) : 0;
    nodes[node.id] = {
      utilisation: at(series.utilization[node.id], k),
      errorRate: isClient(node) ? at(series.errorRate, k) : null,
      failing: (state & FAILING) !== 0,
      saturated: (state & SATURATED) !== 0,
      backlog: isBroker(node) ? (at(series.backlog[node.id], k) ?? 0) : null,
      replicas: at(series.replicas?.[node.id], k),
      hottestPartition: at(series.hottestPartitionBacklog?.[node.id], k),
    };
  }
  const edges: Record<string, EdgeFrame> = {};
  for (const edge of variant.edges) {
    edges[edge.id] = { flow: edgeFlow(edge.id, series, k, edgePeak) };
  }
  return { atS, bucket: k, nodes, edges, maxBacklog: maxFinite(...Object.values(series.backlog)) };
}

/**
 * The moment the replay opens at: the worst moment of the run (models/figures/worst-moment.ts:
 * where most users were let down), mid-bucket; in a run that let nobody down, where the queues
 * held the most (a queued design at its fullest), else where the successful requests were slowest.
 */
export function peakMomentS(result: SimulationResult): number {
  const { t, bucketS, backlog } = result.series;
  if (t.length === 0) return 0;
  const worst = worstMoment(result.series, result.warmupS);
  if (worst && worst.harmed > 0) return worst.startS + bucketS / 2;
  const totalBacklog = t.map((_, k) =>
    Object.values(backlog).reduce((s, b) => s + (Number.isFinite(b[k]) ? b[k]! : 0), 0),
  );
  let best = Number.NEGATIVE_INFINITY;
  let bestK = worst?.bucket ?? 0;
  if (totalBacklog.some((v) => v > 0))
    totalBacklog.forEach((v, k) => {
      if (v > best) {
        best = v;
        bestK = k;
      }
    });
  return t[bestK]! + bucketS / 2;
}
