// The cost of a run node by node, as every surface writes it (the CLI report, the Compare view,
// the HTML report): what the node was priced on, and its cost over the run and per month.
import { formatCount, formatUsd, trimmed } from '../figures/format-value';
import type { RunCost } from './run-cost';

export interface CostBreakdownRow {
  node: string;
  /** "3 replicas · 0.25 replica-h" or "22,000 requests · 0.0012 GB kept". */
  pricedOn: string;
  run: string;
  monthly: string;
}

export const COST_BREAKDOWN_HEADERS = ['node', 'priced on', 'cost of the run', 'per month'];

function pricedOn(c: RunCost['nodes'][string]): string {
  if (c.replicas > 0)
    return `${formatCount(c.replicas)} ${c.replicas === 1 ? 'replica' : 'replicas'} · ${trimmed(c.replicaHours, 3)} replica-h`;
  const gb = c.retainedGb === 0 ? '0' : c.retainedGb < 0.001 ? '<0.001' : trimmed(c.retainedGb, 3);
  return `${formatCount(c.requests)} requests · ${gb} GB kept`;
}

/** One row per priced node, dearest per month first (ties by id, so the order is stable). */
export function costBreakdown(cost: RunCost): CostBreakdownRow[] {
  return Object.entries(cost.nodes)
    .sort(([a, x], [b, y]) => y.monthly - x.monthly || (a < b ? -1 : a > b ? 1 : 0))
    .map(([node, c]) => ({
      node,
      pricedOn: pricedOn(c),
      run: formatUsd(c.total),
      monthly: formatUsd(c.monthly),
    }));
}

export interface CostComparisonRow {
  node: string;
  /** Per month in each run; null where the variant lacks the node. */
  a: number | null;
  b: number | null;
  aText: string;
  bText: string;
  /** b − a, a missing side counting as zero: "+$12.40", "−$3.00", "±$0.00". */
  differenceText: string;
}

/** The monthly cost of every node of either run side by side, biggest difference first. */
export function costComparison(a: RunCost, b: RunCost): CostComparisonRow[] {
  const ids = [...new Set([...Object.keys(a.nodes), ...Object.keys(b.nodes)])];
  const rows = ids.map((node) => {
    const x = Object.hasOwn(a.nodes, node) ? a.nodes[node]!.monthly : null;
    const y = Object.hasOwn(b.nodes, node) ? b.nodes[node]!.monthly : null;
    return {
      node,
      a: x,
      b: y,
      aText: x === null ? '—' : formatUsd(x),
      bText: y === null ? '—' : formatUsd(y),
      differenceText: usdDifference((y ?? 0) - (x ?? 0)),
    };
  });
  const gap = (r: CostComparisonRow) => Math.abs((r.b ?? 0) - (r.a ?? 0));
  return rows.sort((r, s) => gap(s) - gap(r) || (r.node < s.node ? -1 : 1));
}

/** A signed amount of money: "+$12.40", "−$3.00", "±$0.00". */
export function usdDifference(v: number): string {
  const text = formatUsd(Math.abs(v));
  if (text === '$0.00') return '±$0.00';
  return `${v > 0 ? '+' : '\u2212'}${text}`;
}
