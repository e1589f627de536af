// Lognormal samples come from an inverse-transform table (distributions.ts): exact in the outer
// cells, linear interpolation between exact quantiles in the others. These tests hold it to the
// error bounds that docs/simulator.md states, and the samples to the lognormal's theory.
import { describe, expect, test } from 'vitest';
import { DistributionTable, Z99 } from '../../../simulator/distributions';
import { normalCdf, normalQuantile } from '../../../simulator/normal-quantile';
import { Rng } from '../../../simulator/rng';
import { ksDistance } from '../../helpers/ks-distance';

/** An Rng whose next 32-bit draws are given, then random ones. */
class ScriptedRng extends Rng {
  private readonly queue: number[] = [];
  constructor() {
    super(21);
  }
  next(u32: number): this {
    this.queue.push(u32);
    return this;
  }
  override nextU32(): number {
    // The base constructor draws before this class's fields exist: hence the `?.`.
    return this.queue?.length > 0 ? this.queue.shift()! : super.nextU32();
  }
}

const TWO32 = 2 ** 32;
const CELL = 2 ** 22; // 1 024 cells of 2^22 draws each
const TAIL_CELLS = 16;

function lognormal(p50: number, ratio: number): { d: DistributionTable; id: number } {
  const d = new DistributionTable();
  return { d, id: d.add({ type: 'lognormal', p50, p99: p50 * ratio }) };
}

/** The exact quantile at probability u of the lognormal with this p50 and p99/p50. */
function exactQuantile(p50: number, ratio: number, u: number): number {
  return p50 * Math.exp((Math.log(ratio) / Z99) * normalQuantile(u));
}

describe('lognormal sampling table', () => {
  // The bound for each p99/p50 ratio, as documented: 1.5e-4 at 5, 2e-4 at 8, 1.2e-3 at 1 000.
  const BOUNDS: [number, number][] = [
    [2, 6e-5],
    [5, 1.5e-4],
    [8, 2.1e-4],
    [1000, 1.2e-3],
  ];

  test('between the tails a sample is within the documented bound of the exact quantile', () => {
    for (const [ratio, bound] of BOUNDS) {
      const { d, id } = lognormal(30, ratio);
      const rng = new ScriptedRng();
      let worst = 0;
      for (let c = TAIL_CELLS; c < 1024 - TAIL_CELLS; c++) {
        // At the cell's edge the table holds the exact quantile.
        const edge = c * CELL;
        expect(
          Math.abs(d.sample(id, rng.next(edge)) / exactQuantile(30, ratio, edge / TWO32) - 1),
        ).toBeLessThan(1e-12);
        for (const f of [0.25, 0.5, 0.75]) {
          const u32 = edge + f * CELL;
          const err = Math.abs(
            d.sample(id, rng.next(u32)) / exactQuantile(30, ratio, u32 / TWO32) - 1,
          );
          worst = Math.max(worst, err);
        }
      }
      expect(worst).toBeLessThan(bound);
      // The bound is tight: not met by a needlessly loose one (a broken table would be far off).
      expect(worst).toBeGreaterThan(bound / 3);
    }
  });

  test('the outer cells sample the exact tails beyond the edge quantiles', () => {
    const ratio = 8;
    const sigma = Math.log(ratio) / Z99;
    const { d, id } = lognormal(10, ratio);
    const rng = new ScriptedRng();
    const pEdge = TAIL_CELLS / 1024;
    const zEdge = normalQuantile(1 - pEdge);
    const n = 200_000;
    const upper: number[] = [];
    const lower: number[] = [];
    for (let i = 0; i < n; i++) {
      const c = i % TAIL_CELLS; // any draw in a tail cell, then random draws for its shape
      upper.push(d.sample(id, rng.next((1023 - c) * CELL + ((i * 7919) % CELL))));
      lower.push(d.sample(id, rng.next(c * CELL + ((i * 104729) % CELL))));
    }
    // Given z > zEdge, the normal's distribution is (Φ(z) − Φ(zEdge)) / pEdge; Φ(5) ≈ 1 - 3e-7.
    const tailCdf = (z: number): number =>
      z > 5 ? 1 : Math.max(0, (normalCdf(z) - (1 - pEdge)) / pEdge);
    const zOf = (x: number): number => Math.log(x / 10) / sigma;
    expect(upper.every((x) => zOf(x) > zEdge)).toBe(true);
    expect(lower.every((x) => zOf(x) < -zEdge)).toBe(true);
    expect(ksDistance(upper, (x) => tailCdf(zOf(x)))).toBeLessThan(1.63 / Math.sqrt(n));
    expect(ksDistance(lower, (x) => 1 - tailCdf(-zOf(x)))).toBeLessThan(1.63 / Math.sqrt(n));
  });

  test('a million samples: the mass below each quantile and the mean match theory', () => {
    const p50 = 25;
    const ratio = 4.8;
    const sigma = Math.log(ratio) / Z99;
    const { d, id } = lognormal(p50, ratio);
    const rng = new Rng(4, 2);
    const n = 1_000_000;
    const ps = [0.001, 0.01, TAIL_CELLS / 1024, 0.1, 0.5, 0.9, 1 - TAIL_CELLS / 1024, 0.99, 0.999];
    const below = new Array<number>(ps.length).fill(0);
    const qs = ps.map((p) => exactQuantile(p50, ratio, p));
    let sum = 0;
    for (let i = 0; i < n; i++) {
      const x = d.sample(id, rng);
      sum += x;
      for (let k = 0; k < qs.length; k++) if (x < qs[k]) below[k]++;
    }
    // Binomial: the fraction below the p-quantile has standard deviation sqrt(p(1-p)/n).
    ps.forEach((p, k) => {
      expect(Math.abs(below[k] / n - p)).toBeLessThan(4 * Math.sqrt((p * (1 - p)) / n));
    });
    const mean = p50 * Math.exp((sigma * sigma) / 2);
    const sd = mean * Math.sqrt(Math.exp(sigma * sigma) - 1);
    expect(Math.abs(sum / n - mean)).toBeLessThan((4 * sd) / Math.sqrt(n));
  });

  test('Kolmogorov–Smirnov distance from the exact lognormal, heavy and light tails', () => {
    for (const ratio of [1.5, 8, 200]) {
      const sigma = Math.log(ratio) / Z99;
      const { d, id } = lognormal(3, ratio);
      const rng = new Rng(7, 5);
      const n = 200_000;
      const v = Array.from({ length: n }, () => d.sample(id, rng));
      const cdf = (x: number): number => {
        const z = Math.log(x / 3) / sigma;
        return z < -5 ? 0 : z > 5 ? 1 : normalCdf(z);
      };
      // A correct sampler exceeds 1.63/sqrt(n) with probability 1 %; the seeds are fixed.
      expect(ksDistance(v, cdf)).toBeLessThan(1.63 / Math.sqrt(n));
    }
  });

  test('identical distributions share one table; different ones do not', () => {
    const d = new DistributionTable();
    const a = d.add({ type: 'lognormal', p50: 1, p99: 8 });
    const b = d.add({ type: 'lognormal', p50: 1, p99: 8 });
    const c = d.add({ type: 'lognormal', p50: 2, p99: 8 });
    const draw = 1234 * CELL + 5678;
    const rng = new ScriptedRng();
    expect(d.sample(a, rng.next(draw))).toBe(d.sample(b, rng.next(draw)));
    expect(d.sample(c, rng.next(draw))).not.toBe(d.sample(a, rng.next(draw)));
  });
});
