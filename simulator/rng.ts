import { eK, eW, exponentialSlow } from './ziggurat';

/**
 * Seeded pseudo-random numbers: sfc32 (Chris Doty-Humphrey's small fast counting generator,
 * 128-bit state, period at least 2^32, passes PractRand) seeded through splitmix32.
 * Plain 32-bit integer arithmetic, so it is fast in every JS engine and identical everywhere.
 */
export class Rng {
  private a = 0;
  private b = 0;
  private c = 0;
  private d = 0;

  constructor(seed: number, stream = 0) {
    let s = (Math.floor(seed) ^ Math.imul(stream + 1, 0x9e3779b9)) >>> 0;
    const next = (): number => {
      s = (s + 0x9e3779b9) | 0;
      let z = s;
      z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
      z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
      return (z ^ (z >>> 16)) >>> 0;
    };
    // Int32 from the start, as nextU32 keeps them (a uint32 above 2^31 would make the fields
    // doubles in V8 for some seeds and not others: different hidden classes, deoptimised code).
    this.a = next() | 0;
    this.b = next() | 0;
    this.c = next() | 0;
    this.d = next() | 1;
    for (let i = 0; i < 12; i++) this.nextU32();
  }

  /** Uniform 32-bit unsigned integer. */
  nextU32(): number {
    // Each field read once: half the bytecode, which counts against V8's inlining budget.
    const b = this.b;
    const c = this.c;
    const t = (((this.a + b) | 0) + this.d) | 0;
    this.d = (this.d + 1) | 0;
    this.a = b ^ (b >>> 9);
    this.b = (c + (c << 3)) | 0;
    this.c = (((c << 21) | (c >>> 11)) + t) | 0;
    return t >>> 0;
  }

  /** Uniform in the open interval (0, 1): never exactly 0, so logarithms are safe. */
  uniform(): number {
    return (this.nextU32() + 0.5) * 2.3283064365386963e-10;
  }

  /** Exponential with the given mean (ziggurat: usually one draw, no logarithm). */
  exponential(mean: number): number {
    const u = this.nextU32();
    const layer = u & 255;
    const pos = u >>> 8;
    if (pos < eK[layer]) return pos * eW[layer] * mean;
    return exponentialSlow(this, pos, layer) * mean;
  }
}
