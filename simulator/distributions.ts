import type { Distribution } from '../models/types';
import { exp } from './exp';
import { normalQuantile } from './normal-quantile';
import type { Rng } from './rng';

/** z of the 99th percentile of the standard normal: a lognormal's sigma = (ln p99 - ln p50) / Z99. */
export const Z99 = 2.3263478740408408;

const CONSTANT = 0;
const EXPONENTIAL = 1;
const UNIFORM = 2;
const LOGNORMAL = 3;
const EMPIRICAL = 4;

/**
 * Lognormal samples by inverse transform: a 32-bit draw's top 10 bits pick one of 1 024 cells of
 * equal probability, its other 22 bits a point within the cell. The 16 cells at each end sample
 * the normal's tail beyond ±Z_EDGE exactly; the 992 in between interpolate linearly between the
 * exact quantiles at their edges. The interpolated quantile is within 2e-4 (relative) of the
 * exact one for p99/p50 up to 8, 1.2e-3 up to 1 000, worst in the cells next to the tails and
 * far below the histograms' 0.4 % buckets (test/unit/simulator/lognormal-sampling.test.ts).
 * Why: one draw, two loads and a multiply-add cost ~4 ns against ~19 ns for a ziggurat normal
 * and an exp; the to-be peak benchmark draws 7 M lognormals and went from 1.19 to 1.05 s.
 */
const CELL_BITS = 10;
const CELLS = 1 << CELL_BITS;
const TAIL_CELLS = 16;
/** Body cells: their edges are the quantiles at (TAIL_CELLS + k) / CELLS, k = 0..BODY. */
const BODY = CELLS - 2 * TAIL_CELLS;
const FRACTION_BITS = 32 - CELL_BITS;
const FRACTION_SCALE = 2 ** -FRACTION_BITS;
const FRACTION_MASK = (1 << FRACTION_BITS) - 1;
/** The standard normal's quantiles at the body's cell edges, shared by every lognormal. */
const Z_EDGES = Float64Array.from({ length: BODY + 1 }, (_, k) =>
  normalQuantile((TAIL_CELLS + k) / CELLS),
);
/** Where the exactly sampled tails begin: Φ(Z_EDGE) = 1 - TAIL_CELLS / CELLS. */
const Z_EDGE = Z_EDGES[BODY];

/** The quantiles of exp(mu + sigma Z) at the body's cell edges. */
function lognormalCellEdges(mu: number, sigma: number): Float64Array {
  return Z_EDGES.map((z) => exp(mu + sigma * z));
}

/** A standard normal conditioned on z > Z_EDGE (Marsaglia's tail method: exact). */
function normalTailBeyondEdge(rng: Rng): number {
  for (;;) {
    const x = -Math.log(rng.uniform()) / Z_EDGE;
    const y = -Math.log(rng.uniform());
    if (y + y >= x * x) return Z_EDGE + x;
  }
}

/**
 * Every distribution of a model compiled into flat tables, addressed by an integer id, so the
 * engine samples with a switch on a small int instead of calling through objects.
 * Empirical distributions resample their values uniformly.
 */
export class DistributionTable {
  private type: number[] = [];
  private p1: number[] = [];
  private p2: number[] = [];
  private empirical: Float64Array[] = [];
  /** Lognormal cell edges, BODY + 1 per distinct (mu, sigma), one table after the other. */
  private edges = new Float64Array(0);
  /** Where a (mu, sigma)'s table starts in `edges`, by "mu sigma". */
  private edgeStartByKey = new Map<string, number>();
  /** Where each distribution's table starts in `edges` (-1: not a lognormal). */
  private edgeStart: number[] = [];
  private edgeStartArr = new Int32Array(0);
  private typeArr = new Int32Array(0);
  private p1Arr = new Float64Array(0);
  private p2Arr = new Float64Array(0);

  add(d: Distribution): number {
    const id = this.type.length;
    this.edgeStart.push(-1);
    switch (d.type) {
      case 'constant':
        this.push(CONSTANT, d.value, 0);
        break;
      case 'exponential':
        this.push(EXPONENTIAL, d.mean, 0);
        break;
      case 'uniform':
        this.push(UNIFORM, d.min, d.max - d.min);
        break;
      case 'lognormal': {
        const mu = Math.log(d.p50);
        const sigma = (Math.log(d.p99) - mu) / Z99;
        this.push(LOGNORMAL, mu, sigma);
        this.edgeStart[id] = this.edgesFor(mu, sigma);
        break;
      }
      case 'empirical':
        this.push(EMPIRICAL, this.empirical.length, d.values.length);
        this.empirical.push(Float64Array.from(d.values));
        break;
    }
    this.typeArr = Int32Array.from(this.type);
    this.p1Arr = Float64Array.from(this.p1);
    this.p2Arr = Float64Array.from(this.p2);
    this.edgeStartArr = Int32Array.from(this.edgeStart);
    return id;
  }

  /** The offset of the cell edges of exp(mu + sigma Z), computed once per distinct pair. */
  private edgesFor(mu: number, sigma: number): number {
    const key = `${mu} ${sigma}`;
    const known = this.edgeStartByKey.get(key);
    if (known !== undefined) return known;
    const at = this.edges.length;
    const grown = new Float64Array(at + BODY + 1);
    grown.set(this.edges);
    grown.set(lognormalCellEdges(mu, sigma), at);
    this.edges = grown;
    this.edgeStartByKey.set(key, at);
    return at;
  }

  /** The distribution's mean (used for documentation-grade checks, not by the engine). */
  mean(id: number): number {
    const a = this.p1Arr[id];
    const b = this.p2Arr[id];
    switch (this.typeArr[id]) {
      case CONSTANT:
      case EXPONENTIAL:
        return a;
      case UNIFORM:
        return a + b / 2;
      case LOGNORMAL:
        return Math.exp(a + (b * b) / 2);
      default: {
        const v = this.empirical[a];
        let s = 0;
        for (let i = 0; i < v.length; i++) s += v[i];
        return s / v.length;
      }
    }
  }

  sample(id: number, rng: Rng): number {
    // Lognormal inline and the rest out of line: a small body (in bytecode) that the engine's call
    // sites can inline without spending V8's inlining budget for the whole handler.
    const type = this.typeArr[id];
    if (type === LOGNORMAL) {
      const u = rng.nextU32();
      const body = (u >>> FRACTION_BITS) - TAIL_CELLS;
      if (body >>> 0 < BODY) {
        const k = this.edgeStartArr[id] + body;
        const lo = this.edges[k];
        return lo + (u & FRACTION_MASK) * FRACTION_SCALE * (this.edges[k + 1] - lo);
      }
      // The unary plus tells the optimiser a slow path's result is a number, so the fast path's
      // double is not boxed to merge with it (a heap allocation per sample otherwise).
      return +this.lognormalTail(id, body < 0, rng);
    }
    return +this.sampleOther(type, id, rng);
  }

  /** A lognormal sample from the lower or upper tail cells (exact: see CELL_BITS). */
  private lognormalTail(id: number, lower: boolean, rng: Rng): number {
    const z = normalTailBeyondEdge(rng);
    return exp(this.p1Arr[id] + this.p2Arr[id] * (lower ? -z : z));
  }

  private sampleOther(type: number, id: number, rng: Rng): number {
    const a = this.p1Arr[id];
    switch (type) {
      case EXPONENTIAL:
        return rng.exponential(a);
      case CONSTANT:
        return a;
      case UNIFORM:
        return a + rng.uniform() * this.p2Arr[id];
      default: {
        const v = this.empirical[a];
        return v[Math.floor(rng.uniform() * v.length)];
      }
    }
  }

  private push(type: number, p1: number, p2: number): void {
    this.type.push(type);
    this.p1.push(p1);
    this.p2.push(p2);
  }
}
