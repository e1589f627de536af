// The cost of a design, checked against a hand computation to the cent, and through the
// simulator: deterministic, and prices change the cost and nothing else.
import { expect, test } from 'vitest';
import { MONTH_S, runCost, type CostSource } from '../../../../models/cost/run-cost';
import { formatUsd } from '../../../../models/figures/format-value';
import { figure } from '../../../../models/figures/run-figures';
import { priceTableSchema } from '../../../../models/schema/prices';
import { simulate } from '../../../../simulator/simulate';
import {
  broker,
  call,
  client,
  constantLoad,
  consume,
  project,
  publish,
  service,
} from '../../../helpers/build-project';

const nodes = [
  client(),
  service('api', { replicas: 3 }),
  broker('q', 'queue'),
  service('worker', { replicas: 2 }),
  { id: 'db', name: 'db', kind: 'database', replicas: 1 } as const,
  { id: 'ext', name: 'ext', kind: 'external', replicas: 4 } as const,
];
const edges = [
  call('c', 'api'),
  publish('api', 'q'),
  consume('q', 'worker'),
  call('worker', 'db'),
  call('api', 'ext'),
];

// One measured hour (warm-up 300 s of 3,900 s), 13 buckets of 300 s; the warm-up bucket's
// backlog is huge and must not count; the measured ones average 500,000 messages.
const source: CostSource = {
  simulatedS: 3900,
  warmupS: 300,
  queues: { q: { published: 100_000, delivered: 120_000 } },
  series: {
    bucketS: 300,
    t: Array.from({ length: 13 }, (_, i) => i * 300),
    backlog: { q: [9e9, ...Array.from({ length: 12 }, (_, i) => (i % 2 ? 750_000 : 250_000))] },
  },
};

const prices = priceTableSchema.parse({
  nodes: { db: { replicaHour: 0.5 }, q: { messageBytes: 2000 } },
});

test('a hand-computed example matches to the cent', () => {
  const variant = project(nodes, edges, { durationS: 3900 }).variants[0]!;
  const cost = runCost(variant, prices, source);
  expect(cost.coveredS).toBe(3600);
  // api: 3 replicas × 1 h × $0.05; worker: 2 × $0.05; db: its own $0.50; ext: externals $0.
  expect(cost.nodes.api!.compute).toBeCloseTo(0.15, 10);
  expect(cost.nodes.worker!.compute).toBeCloseTo(0.1, 10);
  expect(cost.nodes.db!.compute).toBeCloseTo(0.5, 10);
  expect(cost.nodes.ext!.total).toBe(0);
  // q: 220,000 requests × $0.40 per million = $0.088; 500,000 × 2,000 B = 1 GB kept for one
  // hour of a 730-hour month at $0.10 per GB-month = $0.000137.
  expect(cost.nodes.q!.requests).toBe(220_000);
  expect(cost.nodes.q!.requestsCost).toBeCloseTo(0.088, 10);
  expect(cost.nodes.q!.retainedGb).toBeCloseTo(1, 10);
  expect(cost.nodes.q!.storage).toBeCloseTo(0.1 / 730, 10);
  expect(Object.keys(cost.nodes).sort()).toEqual(['api', 'db', 'ext', 'q', 'worker']);
  // 0.15 + 0.10 + 0.50 + 0.088 + 0.000137 = 0.838137
  expect(cost.total).toBeCloseTo(0.838137, 6);
  expect(formatUsd(cost.total)).toBe('$0.84');
  // A month: 730 h × (3 + 2) × $0.05 + 730 × $0.50 + 730 × $0.088 + 1 GB × $0.10
  //        = 182.50 + 365.00 + 64.24 + 0.10 = 611.84
  expect(cost.nodes.q!.monthly).toBeCloseTo(64.34, 10);
  expect(cost.monthly).toBeCloseTo(611.84, 10);
  expect(formatUsd(cost.monthly)).toBe('$611.84');
  expect(MONTH_S).toBe(2_628_000);
});

test('the parts add up to the total, node by node and over the run', () => {
  const variant = project(nodes, edges, { durationS: 3900 }).variants[0]!;
  const cost = runCost(variant, prices, source);
  const parts = Object.values(cost.nodes);
  for (const n of parts) expect(n.total).toBeCloseTo(n.compute + n.requestsCost + n.storage, 12);
  expect(cost.total).toBeCloseTo(
    parts.reduce((s, n) => s + n.total, 0),
    12,
  );
});

test('a run cut short in its warm-up covers nothing and costs nothing but a monthly figure', () => {
  const variant = project(nodes, edges, { durationS: 3900 }).variants[0]!;
  // The counters start after the warm-up, so nothing was counted.
  const cost = runCost(variant, prices, {
    ...source,
    simulatedS: 200,
    queues: { q: { published: 0, delivered: 0 } },
  });
  expect(cost.coveredS).toBe(0);
  expect(cost.total).toBe(0);
  // Replicas cost the same per month whatever the load; the broker had no measured load.
  expect(cost.monthly).toBeCloseTo(730 * (5 * 0.05 + 0.5), 10);
});

const simProject = (p?: unknown) => ({
  ...project(
    [client(), service('api', { replicas: 2 }), broker('q', 'queue'), service('worker')],
    [call('c', 'api'), publish('api', 'q'), consume('q', 'worker')],
    { durationS: 120, warmupS: 20, load: constantLoad(50), seed: 3 },
  ),
  ...(p === undefined ? {} : { prices: priceTableSchema.parse(p) }),
});

test('through the simulator: replica-hours of the measured window and the broker counters', () => {
  const r = simulate(simProject(), { variant: 'v', scenario: 's' });
  const cost = r.cost!;
  expect(cost.coveredS).toBe(100);
  expect(cost.nodes.api!.compute).toBeCloseTo((2 * 100 * 0.05) / 3600, 12);
  expect(cost.nodes.worker!.compute).toBeCloseTo((1 * 100 * 0.05) / 3600, 12);
  expect(cost.nodes.q!.requests).toBe(r.queues.q!.published + r.queues.q!.delivered);
  // About 50 publishes and 50 deliveries a second over 100 s.
  expect(cost.nodes.q!.requests).toBeGreaterThan(8000);
  expect(cost.nodes.q!.requests).toBeLessThan(12000);
  expect(figure('monthlyCost').read(r)).toBe(cost.monthly);
  expect(figure('cost').read(r)).toBe(cost.total);
});

test('the same run costs the same; prices change the cost and nothing else', () => {
  const a = simulate(simProject(), { variant: 'v', scenario: 's' });
  const b = simulate(simProject(), { variant: 'v', scenario: 's' });
  expect({ ...a, wallMs: 0 }).toEqual({ ...b, wallMs: 0 });
  const dearer = simulate(simProject({ replicaHour: { service: 0.1 }, millionRequests: 0.8 }), {
    variant: 'v',
    scenario: 's',
  });
  expect({ ...dearer, wallMs: 0, cost: null }).toEqual({ ...a, wallMs: 0, cost: null });
  // Doubling every price that applies doubles the cost (storage is priced the same).
  const storage = Object.values(a.cost!.nodes).reduce((s, n) => s + n.storage, 0);
  expect(dearer.cost!.total).toBeCloseTo(2 * (a.cost!.total - storage) + storage, 12);
});

test('an unpriced result reads as not priced', () => {
  const r = simulate(simProject(), { variant: 'v', scenario: 's' });
  const { cost: _cost, ...old } = r;
  expect(Number.isNaN(figure('monthlyCost').read(old))).toBe(true);
  expect(figure('monthlyCost').absent!(old)).toBe('not priced');
});

test('money reads to the cent', () => {
  expect(formatUsd(1234.565)).toBe('$1,234.57');
  expect(formatUsd(0)).toBe('$0.00');
  expect(formatUsd(0.004)).toBe('<$0.01');
  expect(formatUsd(-3.2)).toBe('\u2212$3.20');
  expect(formatUsd(Number.NaN)).toBe('—');
});

test('an autoscaled node is priced at its time-averaged replicas, not its configured count', () => {
  const p = project(
    [
      client(),
      service('api', {
        replicas: 9,
        serviceTimeMs: { type: 'constant', value: 100 },
        concurrency: 1,
        autoscale: {
          metric: 'utilization',
          minReplicas: 1,
          maxReplicas: 3,
          periodS: 10,
          windowS: 10,
          scaleOutDelayS: 5,
        },
      }),
    ],
    [call('c', 'api')],
    { durationS: 120, warmupS: 0, load: constantLoad(40) },
  );
  const r = simulate(p, { variant: 'v', scenario: 's', seed: 1 });
  const mean = r.nodes.api!.replicas!.mean;
  expect(mean).toBeGreaterThan(1);
  expect(mean).toBeLessThan(3);
  const cost = r.cost!.nodes.api!;
  expect(cost.replicas).toBe(mean);
  expect(cost.replicaHours).toBeCloseTo((mean * 120) / 3600, 12);
});
