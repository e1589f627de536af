import type { Distribution } from '../models/types';
import { exp } from './exp';
import type { Rng } from './rng';

/** z of the 99th percentile of the standard normal: a lognormal's sigma = (ln p99 - ln p50) / Z99. */
export const Z99 = 2.3263478740408408;

const CONSTANT = 0;
const EXPONENTIAL = 1;
const UNIFORM = 2;
const LOGNORMAL = 3;
const EMPIRICAL = 4;

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
  private typeArr = new Int32Array(0);
  private p1Arr = new Float64Array(0);
  private p2Arr = new Float64Array(0);

  add(d: Distribution): number {
    const id = this.type.length;
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
      case 'lognormal':
        this.push(LOGNORMAL, Math.log(d.p50), (Math.log(d.p99) - Math.log(d.p50)) / Z99);
        break;
      case 'empirical':
        this.push(EMPIRICAL, this.empirical.length, d.values.length);
        this.empirical.push(Float64Array.from(d.values));
        break;
    }
    this.typeArr = Int32Array.from(this.type);
    this.p1Arr = Float64Array.from(this.p1);
    this.p2Arr = Float64Array.from(this.p2);
    return id;
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
    // Lognormal first and the rest out of line: a small body the engine's call sites can inline.
    const type = this.typeArr[id];
    if (type === LOGNORMAL) return exp(this.p1Arr[id] + this.p2Arr[id] * rng.normal());
    if (type === EXPONENTIAL) return rng.exponential(this.p1Arr[id]);
    // Unary plus: see Rng.normal (keeps the fast paths' doubles unboxed).
    return +this.sampleOther(type, id, rng);
  }

  private sampleOther(type: number, id: number, rng: Rng): number {
    const a = this.p1Arr[id];
    switch (type) {
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
