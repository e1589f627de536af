// The node-by-node rows every surface writes: what each node was priced on, dearest first, and
// two runs side by side with the difference, a node one variant lacks counting as zero there.
import { expect, test } from 'vitest';
import {
  costBreakdown,
  costComparison,
  usdDifference,
} from '../../../../models/cost/cost-breakdown';
import type { NodeCost, RunCost } from '../../../../models/cost/run-cost';

const part = (p: Partial<NodeCost>): NodeCost => ({
  replicas: 0,
  replicaHours: 0,
  requests: 0,
  retainedGb: 0,
  compute: 0,
  requestsCost: 0,
  storage: 0,
  total: 0,
  monthly: 0,
  ...p,
});
const run = (nodes: Record<string, NodeCost>): RunCost => ({
  coveredS: 3600,
  total: Object.values(nodes).reduce((s, n) => s + n.total, 0),
  monthly: Object.values(nodes).reduce((s, n) => s + n.monthly, 0),
  nodes,
});

const a = run({
  api: part({ replicas: 3, replicaHours: 3, compute: 0.15, total: 0.15, monthly: 109.5 }),
  db: part({ replicas: 1, replicaHours: 1, compute: 0.5, total: 0.5, monthly: 365 }),
});
const b = run({
  api: part({ replicas: 2, replicaHours: 2, compute: 0.1, total: 0.1, monthly: 73 }),
  db: part({ replicas: 1, replicaHours: 1, compute: 0.5, total: 0.5, monthly: 365 }),
  q: part({
    requests: 22_000,
    retainedGb: 0.0004,
    requestsCost: 0.0088,
    total: 0.0088,
    monthly: 6.42,
  }),
});

test('one row per node, dearest per month first, with what it was priced on', () => {
  expect(costBreakdown(b)).toEqual([
    { node: 'db', pricedOn: '1 replica · 1 replica-h', run: '$0.50', monthly: '$365.00' },
    { node: 'api', pricedOn: '2 replicas · 2 replica-h', run: '$0.10', monthly: '$73.00' },
    { node: 'q', pricedOn: '22,000 requests · <0.001 GB kept', run: '$0.01', monthly: '$6.42' },
  ]);
});

test('two runs side by side: the biggest difference first, a missing node as —', () => {
  const rows = costComparison(a, b);
  expect(rows.map((r) => [r.node, r.aText, r.bText, r.differenceText])).toEqual([
    ['api', '$109.50', '$73.00', '\u2212$36.50'],
    ['q', '—', '$6.42', '+$6.42'],
    ['db', '$365.00', '$365.00', '±$0.00'],
  ]);
  // The node differences add up to the difference of the totals.
  const sum = rows.reduce((s, r) => s + (r.b ?? 0) - (r.a ?? 0), 0);
  expect(sum).toBeCloseTo(b.monthly - a.monthly, 10);
});

test('a signed amount reads to the cent', () => {
  expect(usdDifference(12.4)).toBe('+$12.40');
  expect(usdDifference(-3)).toBe('\u2212$3.00');
  expect(usdDifference(0)).toBe('±$0.00');
  expect(usdDifference(0.001)).toBe('+<$0.01');
});
