// series.errorsByKind: per bucket the kinds add up to the failures behind errorRate, and over the
// whole run they add up to entry.errors.
import { describe, expect, test } from 'vitest';
import { runSimulation } from '../../../simulator/simulate';
import type { EntryErrors } from '../../../simulator/result';
import { call, client, constantLoad, project, service } from '../../helpers/build-project';

const KINDS: readonly (keyof EntryErrors)[] = [
  'timeout',
  'rejected',
  'failed',
  'circuitOpen',
  'backpressure',
];

// A small door on the api (rejections), a timeout and a circuit breaker on its call to dep,
// dep failing outright for 10 s (failures, then an open circuit) and slowed down for 5 s (timeouts).
const model = (warmupS: number) =>
  project(
    [
      client(),
      service('api', { concurrency: 8, queueLimit: 5, serviceTimeMs: 1 }),
      service('dep', { concurrency: 50, serviceTimeMs: 5 }),
    ],
    [
      call('c', 'api'),
      call('api', 'dep', {
        timeoutMs: 50,
        circuitBreaker: { failureRatio: 0.5, minCalls: 20, windowS: 2, openS: 1 },
      }),
    ],
    {
      durationS: 60,
      warmupS,
      load: constantLoad(200),
      faults: [
        { type: 'errors', node: 'dep', startS: 20, endS: 30, rate: 1 },
        { type: 'slowdown', node: 'dep', startS: 40, endS: 45, factor: 20 },
      ],
    },
  );

const round6 = (v: number): number => Math.round(v * 1e6) / 1e6;

describe('failures by kind over time', () => {
  for (const warmupS of [0, 10]) {
    test(`every bucket's kinds add up to its failed entries (warm-up ${warmupS} s)`, () => {
      const { result, engine } = runSimulation(model(warmupS), { variant: 'v', scenario: 's' });
      const byKind = result.series.errorsByKind;
      for (const kind of KINDS) expect(byKind[kind]).toHaveLength(result.series.t.length);
      for (let k = 0; k < result.series.t.length; k++) {
        const sum = KINDS.reduce((s, kind) => s + byKind[kind][k]!, 0);
        expect(sum).toBe(engine.sFailed[k]);
        const done = engine.sDone[k]!;
        expect(result.series.errorRate[k]).toBe(done > 0 ? round6(sum / done) : 0);
      }
    });
  }

  test('without a warm-up, each kind summed over the buckets equals entry.errors exactly', () => {
    const { result } = runSimulation(model(0), { variant: 'v', scenario: 's' });
    const e = result.entry.errors;
    expect(e.timeout).toBeGreaterThan(0);
    expect(e.rejected).toBeGreaterThan(0);
    expect(e.failed).toBeGreaterThan(0);
    expect(e.circuitOpen).toBeGreaterThan(0);
    for (const kind of KINDS) {
      const total = result.series.errorsByKind[kind].reduce((s, v) => s + v, 0);
      expect(total, kind).toBe(e[kind]);
    }
  });

  test("with a warm-up, the series also hold the warm-up's failures", () => {
    const { result } = runSimulation(model(25), { variant: 'v', scenario: 's' });
    const failedInSeries = KINDS.reduce(
      (s, kind) => s + result.series.errorsByKind[kind].reduce((a, v) => a + v, 0),
      0,
    );
    // dep fails from 20 s, before the 25 s warm-up ends: those failures are charted, not counted.
    expect(failedInSeries).toBeGreaterThan(result.entry.failed);
    const measured = result.series.t.findIndex((t) => t >= 25);
    const late = KINDS.reduce(
      (s, kind) => s + result.series.errorsByKind[kind].slice(measured).reduce((a, v) => a + v, 0),
      0,
    );
    // After the warm-up the charted failures are the counted ones, give or take the requests
    // that arrived during the warm-up and failed after it (at most one timeout's worth).
    expect(Math.abs(late - result.entry.failed)).toBeLessThanOrEqual(200 * 0.06 + 20);
  });
});
