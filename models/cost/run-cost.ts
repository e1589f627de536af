// What running a design costs, from its variant, the price table and a run's result
// (docs/results.md, "Cost"): replica-hours of every service-like node, broker requests and
// retained bytes of every queue and topic, for the run's measured window and for a month at the
// window's average load.
import { isBroker, isServiceLike } from '../kinds/guards';
import type { NodePrices, PriceTable } from '../schema/prices';
import type { Variant } from '../types';

/** Seconds in the month the monthly figure is for: 730 hours (a year of 8,760 hours over 12). */
export const MONTH_S = 730 * 3600;
/** Bytes in the GB of `gbMonth`: 10^9. */
export const GB_BYTES = 1e9;

/** The part of a run's result the cost reads (`SimulationResult` satisfies it). */
export interface CostSource {
  simulatedS: number;
  warmupS: number;
  queues: Record<string, { published: number; delivered: number }>;
  series: { t: number[]; bucketS: number; backlog: Record<string, number[]> };
  /** Autoscaled nodes' replicas after the warm-up (format version 5): priced at their mean. */
  nodes?: Record<string, { replicas?: { mean: number } }>;
}

/** One node's share of the cost, in US dollars, and the quantities it was priced on. */
export interface NodeCost {
  /** Replicas of a service-like node (0 for a broker); an autoscaled node's time-averaged count. */
  replicas: number;
  /** Replica-hours over the measured period. */
  replicaHours: number;
  /** Publishes and deliveries of a broker over the measured period. */
  requests: number;
  /** Mean bytes waiting in a broker over the measured window, in GB. */
  retainedGb: number;
  /** Replicas × hours × price per replica-hour. */
  compute: number;
  /** Requests / 10^6 × price per million. */
  requestsCost: number;
  /** Retained GB × price per GB-month × the window's share of a month. */
  storage: number;
  /** compute + requestsCost + storage: the node's cost over the measured period. */
  total: number;
  /** The same quantities for a month of 730 h at the window's average rates. */
  monthly: number;
}

export interface RunCost {
  /** Seconds the cost covers: the run after its warm-up (the window every counter covers). */
  coveredS: number;
  /** The cost of the window, US dollars. */
  total: number;
  /** A month of 730 hours at the window's average load, US dollars. */
  monthly: number;
  /** Each priced node (service-like nodes and brokers), by id. */
  nodes: Record<string, NodeCost>;
}

/** The price of one node: its own where the table has one, else the table's. */
function priceOf<K extends keyof NodePrices>(
  prices: PriceTable,
  id: string,
  key: K,
  fallback: number,
): number {
  const own = Object.hasOwn(prices.nodes, id) ? prices.nodes[id]![key] : undefined;
  return own ?? fallback;
}

/** Mean of a broker's backlog (bucket peaks) over the buckets of the measured period. */
function meanBacklog(source: CostSource, id: string): number {
  const backlog = source.series.backlog[id] ?? [];
  let sum = 0;
  let n = 0;
  for (const [i, t] of source.series.t.entries()) {
    if (t < source.warmupS || t >= source.simulatedS) continue;
    sum += backlog[i] ?? 0;
    n++;
  }
  return n > 0 ? sum / n : 0;
}

function nodeCost(parts: Omit<NodeCost, 'total'>): NodeCost {
  return { ...parts, total: parts.compute + parts.requestsCost + parts.storage };
}

/** The cost of `variant` as run in `source`, priced with `prices`. Pure and deterministic. */
export function runCost(variant: Variant, prices: PriceTable, source: CostSource): RunCost {
  const coveredS = Math.max(0, source.simulatedS - source.warmupS);
  const hours = coveredS / 3600;
  const monthShare = coveredS / MONTH_S;
  const nodes: Record<string, NodeCost> = {};
  for (const node of variant.nodes) {
    if (isServiceLike(node)) {
      const perHour = priceOf(prices, node.id, 'replicaHour', prices.replicaHour[node.kind]);
      const scaled = node.autoscale ? source.nodes?.[node.id]?.replicas : undefined;
      const replicas = scaled ? scaled.mean : node.replicas;
      nodes[node.id] = nodeCost({
        replicas,
        replicaHours: replicas * hours,
        requests: 0,
        retainedGb: 0,
        compute: replicas * hours * perHour,
        requestsCost: 0,
        storage: 0,
        monthly: replicas * (MONTH_S / 3600) * perHour,
      });
    } else if (isBroker(node)) {
      const q = source.queues[node.id];
      const requests = q ? q.published + q.delivered : 0;
      const perMillion = priceOf(prices, node.id, 'millionRequests', prices.millionRequests);
      const perGbMonth = priceOf(prices, node.id, 'gbMonth', prices.gbMonth);
      const bytes = priceOf(prices, node.id, 'messageBytes', prices.messageBytes);
      const retainedGb = (meanBacklog(source, node.id) * bytes) / GB_BYTES;
      const requestsCost = (requests / 1e6) * perMillion;
      const perSecond = coveredS > 0 ? requestsCost / coveredS : 0;
      nodes[node.id] = nodeCost({
        replicas: 0,
        replicaHours: 0,
        requests,
        retainedGb,
        compute: 0,
        requestsCost,
        storage: retainedGb * perGbMonth * monthShare,
        monthly: perSecond * MONTH_S + retainedGb * perGbMonth,
      });
    }
  }
  const all = Object.values(nodes);
  return {
    coveredS,
    total: all.reduce((s, c) => s + c.total, 0),
    monthly: all.reduce((s, c) => s + c.monthly, 0),
    nodes,
  };
}
