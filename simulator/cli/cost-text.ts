import {
  COST_BREAKDOWN_HEADERS,
  costBreakdown,
  costComparison,
} from '../../models/cost/cost-breakdown';
import type { RunCost } from '../../models/cost/run-cost';
import { formatUsd } from '../../models/figures/format-value';
import { fmt, formatTable } from './table';

/** A run's cost: the sentence with both figures, then the node-by-node table. */
export function formatCost(cost: RunCost): string {
  const rows = costBreakdown(cost).map((r) => [r.node, r.pricedOn, r.run, r.monthly]);
  return [
    `cost: ${formatUsd(cost.total)} for the ${fmt(cost.coveredS)} s measured; ${formatUsd(cost.monthly)} per month (730 h) at this load`,
    formatTable(COST_BREAKDOWN_HEADERS, rows, ['left', 'left', 'right', 'right']),
  ].join('\n');
}

/** Two runs' monthly cost node by node, with the difference. */
export function formatCostComparison(a: RunCost, b: RunCost, aName: string, bName: string): string {
  const rows = costComparison(a, b).map((r) => [r.node, r.aText, r.bText, r.differenceText]);
  return [
    'cost per month by node:',
    formatTable(
      ['node', aName, bName, 'difference'],
      [...rows, ['total', formatUsd(a.monthly), formatUsd(b.monthly), '']],
    ),
  ].join('\n');
}
