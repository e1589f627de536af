// The ziggurat sampler against the exact exponential distribution.
import { describe, expect, test } from 'vitest';
import { Rng } from '../../../simulator/rng';
import { ksDistance } from '../../helpers/ks-distance';

// With n = 200 000 the KS distance of a correct sampler exceeds 1.63/sqrt(n) ≈ 0.0036 with
// probability 1 %; each seed is fixed, so the test is deterministic. Tails are checked apart,
// since the KS distance hardly sees them: the count beyond the ziggurat's base layer edge (7.70)
// must match its probability.
const N = 200_000;
const KS_1PCT = 1.63 / Math.sqrt(N);

describe('ziggurat sampler', () => {
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
