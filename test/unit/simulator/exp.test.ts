// The engine's own exp (lognormal samples): as accurate as Math.exp, and total at the edges.
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { exp } from '../../../simulator/exp';

/** Distance in units in the last place between two positive doubles. */
function ulps(a: number, b: number): number {
  const f = new Float64Array([a, b]);
  const i = new BigInt64Array(f.buffer);
  const d = i[0] - i[1];
  return Number(d < 0n ? -d : d);
}

describe('exp', () => {
  test('within 2 ulp of Math.exp over the whole finite range', () => {
    fc.assert(
      fc.property(fc.double({ min: -745, max: 709.78, noNaN: true }), (x) => {
        expect(ulps(exp(x), Math.exp(x))).toBeLessThanOrEqual(2);
      }),
      { numRuns: 20_000 },
    );
  });

  test('where lognormal samples live (|x| < 30), densely', () => {
    for (let x = -30; x <= 30; x += 0.000731)
      expect(ulps(exp(x), Math.exp(x))).toBeLessThanOrEqual(2);
  });

  test('exact and limiting values', () => {
    expect(exp(0)).toBe(1);
    expect(exp(-0)).toBe(1);
    expect(exp(1)).toBe(Math.E);
    expect(exp(Math.LN2 * 10)).toBeCloseTo(1024, 12);
    expect(exp(710)).toBe(Infinity);
    expect(exp(Infinity)).toBe(Infinity);
    expect(exp(-746)).toBe(0);
    expect(exp(-Infinity)).toBe(0);
    expect(exp(-745)).toBe(Math.exp(-745)); // the smallest subnormal
    expect(exp(NaN)).toBeNaN();
  });

  test('monotone across table and exponent boundaries', () => {
    let prev = exp(-50);
    for (let x = -50; x <= 50; x += Math.LN2 / 64 / 7) {
      const y = exp(x);
      expect(y).toBeGreaterThanOrEqual(prev);
      prev = y;
    }
  });
});
