import { describe, expect, test } from 'vitest';
import type { Series } from '../../../../simulator/result';
import { failureSeries, maxFailureRps } from '../../../../src/results/failure-series';

function series(bucketS: number, rejected: number[], timeout: number[]): Series {
  const zeros = rejected.map(() => 0);
  return {
    bucketS,
    t: rejected.map((_, i) => i * bucketS),
    entryRps: zeros,
    errorRate: zeros,
    errorsByKind: {
      timeout,
      rejected,
      failed: zeros,
      circuitOpen: zeros,
      backpressure: zeros,
      rateLimited: zeros,
    },
    p99Ms: zeros,
    finished: zeros,
    succeededWithinTarget: zeros,
    succeededP50Ms: zeros,
    succeededP99Ms: zeros,
    timeToFailP50Ms: zeros,
    nodeState: {},
    utilization: {},
    backlog: {},
    edgeRps: {},
  };
}

describe('failed requests by kind', () => {
  test('counts per bucket become requests per second; kinds that never occur are left out', () => {
    const s = series(2, [0, 10, 40], [4, 0, 2]);
    const out = failureSeries(s);
    expect(out.map((o) => o.id)).toEqual(['rejected', 'timeout']);
    expect(out[0]!.values).toEqual([0, 5, 20]);
    expect(out[1]!.values).toEqual([2, 0, 1]);
    // The stacked peak: (40 + 2) / 2 s.
    expect(maxFailureRps(s)).toBe(21);
  });

  test('a run without failures has no kind to draw and a zero peak', () => {
    const s = series(5, [0, 0], [0, 0]);
    expect(failureSeries(s)).toEqual([]);
    expect(maxFailureRps(s)).toBe(0);
  });

  test('gaps from re-bucketing (NaN) are skipped in the peak', () => {
    const s = series(1, [3, Number.NaN], [1, Number.NaN]);
    expect(maxFailureRps(s)).toBe(4);
    expect(failureSeries(s).map((o) => o.id)).toEqual(['rejected', 'timeout']);
  });
});
