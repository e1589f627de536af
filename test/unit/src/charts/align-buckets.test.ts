import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import type { Series } from '../../../../simulator/result';
import { alignSeries, rebucket } from '../../../../src/charts/align-buckets';

function series(bucketS: number, values: number[]): Series {
  return {
    bucketS,
    t: values.map((_, i) => i * bucketS),
    entryRps: values,
    errorRate: values.map(() => 0),
    errorsByKind: {
      timeout: values.map(() => 0),
      rejected: values.map((v) => v),
      failed: values.map(() => 0),
      circuitOpen: values.map(() => 0),
      backpressure: values.map(() => 0),
      rateLimited: values.map(() => 0),
    },
    p99Ms: values,
    finished: values.map((v) => 2 * v),
    succeededWithinTarget: values.map((v) => v),
    succeededP50Ms: values.map((v) => v / 2),
    succeededP99Ms: values.map((v, i) => (i === 1 ? null : v)),
    timeToFailP50Ms: values.map(() => null),
    nodeState: { svc: values.map((_, i) => (i === 2 ? 1 : i === 3 ? 2 : 0)) },
    utilization: { svc: values.map((v) => v / 100) },
    backlog: { q: values },
    edgeRps: { e: values },
  };
}

describe('bucket alignment', () => {
  test('1-second buckets onto 2-second buckets: rates average, peaks keep the maximum', () => {
    const t = [0, 1, 2, 3];
    expect(rebucket(t, [10, 20, 30, 50], 1, 2, 2, 'mean')).toEqual([15, 40]);
    expect(rebucket(t, [10, 20, 30, 50], 1, 2, 2, 'max')).toEqual([20, 50]);
    expect(rebucket(t, [10, 20, 30, 50], 1, 2, 2, 'sum')).toEqual([30, 80]);
  });

  test('bucket sizes that do not divide: overlaps are weighted by length', () => {
    // 2-s buckets [0,2)=10 and [2,4)=40 onto 3-s buckets: [0,3) = (10·2 + 40·1)/3 = 20
    const out = rebucket([0, 2], [10, 40], 2, 3, 2, 'mean');
    expect(out[0]).toBeCloseTo(20, 12);
    expect(out[1]).toBe(40);
  });

  test('a bucket nothing covers, or only gaps cover, is a gap, not a zero', () => {
    const out = rebucket([0, 1], [5, Number.NaN], 1, 1, 3, 'mean');
    expect(out[0]).toBe(5);
    expect(Number.isNaN(out[1])).toBe(true);
    expect(Number.isNaN(out[2])).toBe(true);
  });

  test('two runs share one grid: the coarser bucket, over the longer timeline', () => {
    const a = series(1, [1, 2, 3, 4, 5, 6]); // 6 s
    const b = series(2, [10, 20]); // 4 s
    const aligned = alignSeries(a, b);
    expect(aligned.bucketS).toBe(2);
    expect(aligned.t).toEqual([0, 2, 4]);
    expect(aligned.a.entryRps).toEqual([1.5, 3.5, 5.5]);
    expect(aligned.a.backlog.q).toEqual([2, 4, 6]);
    // Failure counts add up when two 1-s buckets become one 2-s bucket.
    expect(aligned.a.errorsByKind.rejected).toEqual([3, 7, 11]);
    expect(aligned.a.finished).toEqual([6, 14, 22]);
    expect(aligned.a.succeededWithinTarget).toEqual([3, 7, 11]);
    // The error rate of a merged bucket is recomputed from its counts: 3 failed of 6 finished.
    expect(aligned.a.errorRate).toEqual([0.5, 0.5, 0.5]);
    // Percentiles keep the worst bucket; a bucket without any stays a gap only when all are.
    expect(aligned.a.succeededP99Ms).toEqual([1, 4, 6]);
    expect(aligned.a.timeToFailP50Ms).toEqual([null, null, null]);
    // A node saturated in one merged bucket and failing in the other is both.
    expect(aligned.a.nodeState.svc).toEqual([0, 3, 0]);
    expect(aligned.b.entryRps.slice(0, 2)).toEqual([10, 20]);
    expect(Number.isNaN(aligned.b.entryRps[2])).toBe(true);
    expect(aligned.b).not.toBe(b);
    expect(aligned.a.t).toEqual(aligned.b.t);
  });

  test('series already on the shared grid are passed through untouched', () => {
    const a = series(1, [1, 2]);
    const b = series(1, [3, 4]);
    const aligned = alignSeries(a, b);
    expect(aligned.a).toBe(a);
    expect(aligned.b).toBe(b);
  });

  test('property: the time-weighted mean of a rate is preserved by re-bucketing', () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: 0, max: 1000, noNaN: true }), { minLength: 1, maxLength: 60 }),
        fc.integer({ min: 1, max: 7 }),
        (values, factor) => {
          const from = 0.5;
          const to = from * factor;
          const count = Math.ceil((values.length * from) / to);
          const t = values.map((_, i) => i * from);
          const out = rebucket(t, values, from, to, count, 'sum');
          const before = values.reduce((s, v) => s + v, 0);
          const after = out.reduce((s, v) => s + (Number.isNaN(v) ? 0 : v), 0);
          expect(after).toBeCloseTo(before, 6);
        },
      ),
    );
  });
});
