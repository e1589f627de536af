// The ziggurat samplers against the exact normal and exponential distributions.
import { describe, expect, test } from 'vitest';
import { Rng } from '../../../simulator/rng';

/** Standard normal CDF (Abramowitz–Stegun 7.1.26 erf, absolute error < 1.5e-7). */
function phi(x: number): number {
  const z = Math.abs(x) / Math.SQRT2;
  const t = 1 / (1 + 0.3275911 * z);
  const y =
    1 -
    ((((1.061405429 * t - 1.453152027) * t + 1.421413741) * t - 0.284496736) * t + 0.254829592) *
      t *
      Math.exp(-z * z);
  return x >= 0 ? 0.5 * (1 + y) : 0.5 * (1 - y);
}

/** Kolmogorov–Smirnov distance of a sample from a CDF. */
function ksDistance(values: number[], cdf: (x: number) => number): number {
  const s = [...values].sort((a, b) => a - b);
  let d = 0;
  for (let i = 0; i < s.length; i++) {
    const f = cdf(s[i]);
    d = Math.max(d, Math.abs(f - i / s.length), Math.abs(f - (i + 1) / s.length));
  }
  return d;
}

// With n = 200 000 the KS distance of a correct sampler exceeds 1.63/sqrt(n) ≈ 0.0036 with
// probability 1 %; each seed is fixed, so the test is deterministic. Tails are checked apart,
// since the KS distance hardly sees them: the counts beyond the ziggurat's base layer edges
// (3.44 for the normal, 7.70 for the exponential) must match their probabilities.
const N = 200_000;
const KS_1PCT = 1.63 / Math.sqrt(N);

describe('ziggurat samplers', () => {
  test('normal: KS distance, mean, variance and the tail beyond the base layer', () => {
    const rng = new Rng(11, 3);
    const v = Array.from({ length: N }, () => rng.normal());
    expect(ksDistance(v, phi)).toBeLessThan(KS_1PCT);
    const mean = v.reduce((s, x) => s + x, 0) / N;
    const variance = v.reduce((s, x) => s + (x - mean) ** 2, 0) / (N - 1);
    expect(Math.abs(mean)).toBeLessThan(4 / Math.sqrt(N));
    expect(Math.abs(variance - 1)).toBeLessThan(4 * Math.sqrt(2 / N));
    const big = new Rng(12, 3);
    let tail = 0;
    const M = 2_000_000;
    for (let i = 0; i < M; i++) if (Math.abs(big.normal()) > 3.442619855899) tail++;
    const p = 2 * (1 - phi(3.442619855899)); // ≈ 5.76e-4: 1152 expected, sd ≈ 34
    expect(Math.abs(tail - p * M)).toBeLessThan(4 * Math.sqrt(p * M));
  });

  test('exponential: KS distance, mean and the tail beyond the base layer', () => {
    const rng = new Rng(13, 4);
    const v = Array.from({ length: N }, () => rng.exponential(2));
    expect(ksDistance(v, (x) => 1 - Math.exp(-x / 2))).toBeLessThan(KS_1PCT);
    const mean = v.reduce((s, x) => s + x, 0) / N;
    expect(Math.abs(mean - 2)).toBeLessThan((4 * 2) / Math.sqrt(N));
    const big = new Rng(14, 4);
    let tail = 0;
    const M = 2_000_000;
    for (let i = 0; i < M; i++) if (big.exponential(1) > 7.697117470131487) tail++;
    const p = Math.exp(-7.697117470131487); // ≈ 4.54e-4: 907 expected, sd ≈ 30
    expect(Math.abs(tail - p * M)).toBeLessThan(4 * Math.sqrt(p * M));
  });
});
