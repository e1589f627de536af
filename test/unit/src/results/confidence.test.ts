import { describe, expect, test } from 'vitest';
import {
  confidenceInterval,
  formatInterval,
  tQuantile95,
} from '../../../../src/results/confidence';

describe('95 % confidence intervals over replications', () => {
  test('mean ± t(n−1) · s / √n', () => {
    // values 10, 12, 14, 16: mean 13, sample sd √(20/3), n = 4, t(3) = 3.182
    const ci = confidenceInterval([10, 12, 14, 16]);
    expect(ci.mean).toBe(13);
    expect(ci.n).toBe(4);
    expect(ci.halfWidth).toBeCloseTo((3.182 * Math.sqrt(20 / 3)) / 2, 10);
  });

  test('one run has no interval; identical runs have a zero-width one', () => {
    expect(confidenceInterval([7])).toEqual({ mean: 7, halfWidth: 0, n: 1 });
    expect(confidenceInterval([5, 5, 5]).halfWidth).toBe(0);
  });

  test('runs without a value (no requests, NaN) are left out', () => {
    const ci = confidenceInterval([Number.NaN, 2, 4]);
    expect(ci.n).toBe(2);
    expect(ci.mean).toBe(3);
    expect(confidenceInterval([]).n).toBe(0);
  });

  test('the t quantile falls towards the normal 1.96 as runs grow', () => {
    expect(tQuantile95(1)).toBeCloseTo(12.706, 3);
    expect(tQuantile95(10)).toBeCloseTo(2.228, 3);
    expect(tQuantile95(1000)).toBe(1.96);
    for (let df = 1; df < 200; df++)
      expect(tQuantile95(df + 1)).toBeLessThanOrEqual(tQuantile95(df));
  });

  test('formatting shows ± only with more than one run', () => {
    const f = (v: number): string => `${v.toFixed(1)} ms`;
    expect(formatInterval({ mean: 12, halfWidth: 0.5, n: 5 }, f)).toBe('12.0 ms ± 0.5 ms');
    expect(formatInterval({ mean: 12, halfWidth: 0, n: 1 }, f)).toBe('12.0 ms');
  });
});
