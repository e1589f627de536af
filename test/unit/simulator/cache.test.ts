// Caches (format version 4): the mean latency of a cache in front of a store against
// h·hit + (1−h)·(hit + backend), the hit share against its binomial bound, an outage that sends
// every lookup to the store, and a cold start whose hit ratio climbs back evenly.
import { describe, expect, test } from 'vitest';
import { simulate } from '../../../simulator/simulate';
import type { SimulationResult } from '../../../simulator/result';
import { loadProject } from '../../../models/load';
import { formatProblem } from '../../../models/problem';
import { call, client, constantLoad, project, service } from '../../helpers/build-project';

const constant = (value: number) => ({ type: 'constant', value });
const cache = (hitRatio: number) => ({
  id: 'cache',
  name: 'cache',
  kind: 'cache' as const,
  hitRatio,
  concurrency: 1000,
  queueLimit: null,
  serviceTimeMs: constant(1),
});
const model = (hitRatio: number, faults: unknown[] = [], durationS = 200) =>
  project(
    [client(), cache(hitRatio), service('db', { serviceTimeMs: constant(10), concurrency: 1000 })],
    [call('c', 'cache'), call('cache', 'db')],
    { durationS, warmupS: 0, load: constantLoad(50), faults: faults as never },
  );
const run = (p: ReturnType<typeof project>, seed = 1): SimulationResult =>
  simulate(p, { variant: 'v', scenario: 's', seed });

describe('a cache in front of a store', () => {
  test('mean latency = h × hit latency + (1 − h) × (hit latency + store latency), uncongested', () => {
    const h = 0.8;
    const r = run(model(h));
    const n = r.nodes.cache!.arrivals;
    expect(n).toBeGreaterThan(9_000);
    // 1 ms for a hit; 1 + 10 ms for a miss: 3 ms on average. The mean of n lookups has a
    // standard deviation of 10·√(h(1−h)/n) ≈ 0.04 ms; 4 of them is the tolerance.
    const expected = h * 1 + (1 - h) * 11;
    const sd = 10 * Math.sqrt((h * (1 - h)) / n);
    expect(Math.abs(r.entry.succeededLatencyMs.mean - expected)).toBeLessThan(4 * sd);
    // Hits within 4 standard deviations of h·n, and the misses are the store's calls.
    const hits = r.nodes.cache!.hits!;
    expect(Math.abs(hits - h * n)).toBeLessThan(4 * Math.sqrt(n * h * (1 - h)));
    const inFlight = r.conservation.inFlight;
    expect(Math.abs(r.nodes.db!.arrivals + hits - n)).toBeLessThanOrEqual(inFlight);
  });

  test('an outage of the cache sends the full load to the store', () => {
    const up = run(model(0.9));
    const down = run(model(0.9, [{ type: 'outage', node: 'cache', startS: 0, endS: 200 }]));
    expect(down.nodes.cache!.hits).toBe(0);
    expect(Math.abs(down.nodes.db!.arrivals - down.nodes.cache!.arrivals)).toBeLessThanOrEqual(
      down.conservation.inFlight,
    );
    expect(up.nodes.db!.arrivals).toBeLessThan(0.15 * up.nodes.cache!.arrivals);
    // Every lookup still succeeds, each now waiting for the store (10 ms, the cache doing no work).
    expect(down.entry.failed).toBe(0);
    expect(down.entry.succeededLatencyMs.p50).toBeCloseTo(10, 0);
  });

  test('a cold start: the hit ratio climbs back evenly, the store takes the stampede', () => {
    const h = 0.9;
    const cold = run(model(h, [{ type: 'coldStart', node: 'cache', startS: 100, endS: 200 }], 300));
    const series = cold.series.edgeRps['cache-db']!;
    const t = cold.series.t;
    const at = (s: number) => series[t.findIndex((x) => x >= s)]!;
    const mean = (from: number, to: number) => {
      const v = series.filter((_, k) => t[k]! >= from && t[k]! < to);
      return v.reduce((a, b) => a + b, 0) / v.length;
    };
    // Before: 10 % of 50/s miss. Just after the restart: almost all. Half-way: 1 − 0.45 = 55 %.
    expect(mean(20, 100)).toBeGreaterThan(3.5);
    expect(mean(20, 100)).toBeLessThan(6.5);
    expect(mean(100, 110)).toBeGreaterThan(40);
    expect(mean(140, 160)).toBeGreaterThan(0.55 * 50 - 5);
    expect(mean(140, 160)).toBeLessThan(0.55 * 50 + 5);
    expect(mean(220, 300)).toBeLessThan(6.5);
    expect(at(105)).toBeGreaterThan(at(195));
    // Over the whole run: 50/s × (0.1 × 200 s + 0.55 × 100 s) = 3,750 misses, within 4 sd.
    const misses = cold.nodes.db!.arrivals;
    expect(Math.abs(misses - 3750)).toBeLessThan(4 * Math.sqrt(15_000 * 0.25) + 10);
  });

  test('the same seed gives the same result', () => {
    const p = model(0.7, [{ type: 'coldStart', node: 'cache', startS: 50, endS: 100 }]);
    expect({ ...run(p, 5), wallMs: 0 }).toEqual({ ...run(p, 5), wallMs: 0 });
  });
});

describe('bad caches', () => {
  test('a hit ratio on anything but a cache is refused at its path', () => {
    const doc = JSON.parse(JSON.stringify(model(0.5))) as {
      variants: { nodes: Record<string, unknown>[] }[];
    };
    doc.variants[0]!.nodes[2]!.hitRatio = 0.5;
    const r = loadProject(doc);
    expect(r.ok).toBe(false);
    if (!r.ok)
      expect(r.errors.map(formatProblem)).toEqual([
        'variants[0].nodes[2].hitRatio: only a cache has a hit ratio (this node is a service), got 0.5',
      ]);
  });

  test('a cold start on a service is run without, and says why', () => {
    const r = run(model(0.5, [{ type: 'coldStart', node: 'db', startS: 10, endS: 20 }]));
    expect(r.skippedFaults).toHaveLength(1);
    expect(r.skippedFaults[0]!.reason).toContain('a coldStart fault does not apply to services');
  });
});
