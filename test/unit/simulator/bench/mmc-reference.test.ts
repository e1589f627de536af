// The benchmark's hand-written M/M/c reference against Erlang C: a correct yardstick, not a
// strawman. Five seeds per check; theory must lie within 4 standard errors of their mean and
// within a small relative bound.
import { describe, expect, test } from 'vitest';
import { mmcReference, type MmcReferenceResult } from '../../../../simulator/bench/mmc-reference';
import { meanCi95 } from '../../../../simulator/student-t';
import { erlangC } from '../../../helpers/erlang-c';

function expectNear(values: number[], theory: number, rel: number): void {
  const { mean, ci95 } = meanCi95(values);
  const se = ci95 / 2.776; // t(0.975, 4)
  expect(Math.abs(mean - theory)).toBeLessThanOrEqual(4 * se);
  expect(Math.abs(mean - theory) / theory).toBeLessThan(rel);
}

describe.each([
  // c, arrivals/s, mean service ms, seconds: the benchmark's M/M/8 at ρ = 0.8, an M/M/1 at
  // ρ = 0.5 and an M/M/4 at ρ = 0.875.
  [8, 640, 10, 1000],
  [1, 50, 10, 10_000],
  [4, 350, 10, 1500],
])('M/M/%i at %i/s, mean service %i ms', (c, lambda, serviceMs, durationS) => {
  const runs: MmcReferenceResult[] = [1, 2, 3, 4, 5].map((seed) =>
    mmcReference(c, lambda, serviceMs, durationS, seed),
  );
  const a = (lambda * serviceMs) / 1000;
  const pWait = erlangC(c, a);
  const wqMs = (pWait / ((c * 1000) / serviceMs - lambda)) * 1000;

  test('the probability of waiting is Erlang C', () => {
    expectNear(
      runs.map((r) => r.waited / r.started),
      pWait,
      0.02,
    );
  });

  test('the mean wait is C(c, a) / (cμ − λ), the mean response that plus the service time', () => {
    expectNear(
      runs.map((r) => r.meanWaitMs),
      wqMs,
      0.04,
    );
    expectNear(
      runs.map((r) => r.meanResponseMs),
      wqMs + serviceMs,
      0.02,
    );
  });

  test('utilisation is ρ and arrivals are Poisson at λ', () => {
    expectNear(
      runs.map((r) => r.utilization),
      a / c,
      0.01,
    );
    expectNear(
      runs.map((r) => r.requests / durationS),
      lambda,
      0.01,
    );
    // Every arrival and every completion is one event; at most c requests are still in service.
    for (const r of runs) {
      expect(r.events).toBeGreaterThanOrEqual(r.requests + r.started - c);
      expect(r.events).toBeLessThanOrEqual(r.requests + r.started);
    }
  });
});

test('the same seed gives the same run, another seed another', () => {
  expect(mmcReference(8, 640, 10, 100, 7)).toEqual(mmcReference(8, 640, 10, 100, 7));
  expect(mmcReference(8, 640, 10, 100, 8)).not.toEqual(mmcReference(8, 640, 10, 100, 7));
});
