// The cost of each design in the CLI: simulate --json carries it, compare --json has its rows,
// the text reports write the same dollars, and a negative price is refused with its path.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import type { RunCost } from '../../../../models/cost/run-cost';
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
import { cli } from '../../../helpers/cli-harness';

const dir = mkdtempSync(join(tmpdir(), 'spillway-cost-'));

function file(name: string, content: unknown): string {
  const path = join(dir, name);
  writeFileSync(path, JSON.stringify(content));
  return path;
}

// A measured window of 3,600 s: as-is 4 api replicas; to-be 2 api replicas, a queue and a
// worker. Prices: $0.10 per service replica-hour, $1 per million broker requests.
const priced = {
  ...project(
    [client(), service('api', { replicas: 4 })],
    [call('c', 'api')],
    { durationS: 3660, warmupS: 60, load: constantLoad(5) },
    [
      {
        id: 'to-be',
        nodes: [client(), service('api', { replicas: 2 }), broker('q', 'queue'), service('w')],
        edges: [call('c', 'api'), publish('api', 'q'), consume('q', 'w')],
      },
    ],
  ),
  prices: { replicaHour: { service: 0.1 }, millionRequests: 1 },
};
const pricedFile = file('priced.json', priced);

test('simulate --json carries the cost, node by node', async () => {
  const { code, out } = await cli('simulate', pricedFile, '--json', '--variant', 'v');
  expect(code).toBe(0);
  const cost = (JSON.parse(out) as { cost: RunCost }).cost;
  expect(cost.coveredS).toBe(3600);
  // 4 replicas × 1 h × $0.10 = $0.40; a month is 730 h: $292.
  expect(cost.nodes.api!.compute).toBeCloseTo(0.4, 10);
  expect(cost.total).toBeCloseTo(0.4, 10);
  expect(cost.monthly).toBeCloseTo(292, 10);
});

test('compare --json has both costs and their difference; the text writes the same dollars', async () => {
  const json = await cli('compare', pricedFile, '--json');
  expect(json.code).toBe(0);
  const parsed = JSON.parse(json.out) as {
    asIs: { cost: RunCost; queues: Record<string, { published: number; delivered: number }> };
    toBe: { cost: RunCost; queues: Record<string, { published: number; delivered: number }> };
    kpis: { kpi: string; asIs: number; toBe: number; difference: number; label: string }[];
  };
  const q = parsed.toBe.queues.q!;
  // to-be: 3 replicas × 730 h × $0.10 = $219 a month, plus the queue's requests at this rate.
  const queueMonthly = ((q.published + q.delivered) / 3600) * 730 * 3600 * 1e-6;
  expect(parsed.toBe.cost.monthly).toBeCloseTo(219 + queueMonthly, 6);
  const row = parsed.kpis.find((k) => k.kpi === 'monthlyCost')!;
  expect(row.label).toBe('Cost per month');
  expect(row.asIs).toBeCloseTo(292, 6);
  expect(row.toBe).toBeCloseTo(parsed.toBe.cost.monthly, 6);
  expect(row.difference).toBeCloseTo(parsed.toBe.cost.monthly - 292, 6);

  const text = await cli('compare', pricedFile);
  expect(text.code).toBe(0);
  const usd = (v: number) => `$${v.toFixed(2)}`;
  expect(text.out).toMatch(/Cost per month\s+\$292\.00\s+\$2\d\d\.\d\d/);
  expect(text.out).toContain('cost per month by node:');
  expect(text.out).toMatch(new RegExp(`api\\s+\\$292\\.00\\s+\\$146\\.00\\s+\u2212\\$146\\.00`));
  expect(text.out).toContain(usd(parsed.toBe.cost.monthly));
});

test('a negative price is refused with its path, exit 2', async () => {
  const bad = file('bad.json', { ...priced, prices: { nodes: { api: { replicaHour: -1 } } } });
  const r = await cli('simulate', bad);
  expect(r.code).toBe(2);
  expect(r.err).toContain('prices.nodes.api.replicaHour: must be a number >= 0, got -1');
});
