import { DOUBLE_ZERO } from './double-zero';
import type { LatencySummary } from './result';

/**
 * A streaming log-linear histogram of non-negative values (milliseconds). Each power of two is
 * split into 128 equal sub-buckets, read straight from the IEEE-754 bits (exponent and the top
 * 7 mantissa bits), so recording is a few integer operations and memory is fixed (5 120
 * counters) whatever the number of values.
 *
 * Error bound: a percentile is reported as the midpoint of its bucket, clamped to the exact
 * min and max, so its relative error is at most 1/256 ≈ 0.39 % for values in [2^-10, 2^30) ms
 * (about 1 µs to 12 days). Smaller values fall into the first bucket (absolute error < 1 µs),
 * larger ones into the last. Mean and max are exact.
 */
const SUB_BITS = 7;
const SUB = 1 << SUB_BITS;
const MIN_EXP = -10;
const MAX_EXP = 30;
const OCTAVES = MAX_EXP - MIN_EXP;
export const HISTOGRAM_BUCKETS = OCTAVES * SUB;

const f64 = new Float64Array(1);
const u32 = new Uint32Array(f64.buffer);
// Little- or big-endian: find which 32-bit word holds the sign and exponent.
f64[0] = 2;
const HI = u32[1] === 0x40000000 ? 1 : 0;

export function bucketOf(v: number): number {
  if (v < 0.0009765625) return 0;
  f64[0] = v;
  const hi = u32[HI];
  const exp = ((hi >>> 20) & 0x7ff) - 1023;
  if (exp >= MAX_EXP) return HISTOGRAM_BUCKETS - 1;
  return ((exp - MIN_EXP) << SUB_BITS) | ((hi >>> (20 - SUB_BITS)) & (SUB - 1));
}

/** The midpoint of a bucket. */
export function bucketMid(i: number): number {
  const exp = (i >> SUB_BITS) + MIN_EXP;
  const sub = i & (SUB - 1);
  return Math.pow(2, exp) * (1 + (sub + 0.5) / SUB);
}

export class Histogram {
  readonly counts = new Float64Array(HISTOGRAM_BUCKETS);
  // Each power of two's total, so a quantile skips whole octaves: it reads at most 40 + 128
  // counters instead of up to 5 120. The engine takes a few quantiles at every bucket close,
  // and in a process's first run that scan ran in the interpreter (~10 ms of a 200 ms run).
  readonly octaves = new Float64Array(OCTAVES);
  count = 0;
  // Doubles from the start (see DOUBLE_ZERO); max is -Infinity while empty.
  sum = DOUBLE_ZERO;
  min = Infinity;
  max = -Infinity;

  record(v: number): void {
    const i = bucketOf(v);
    this.counts[i]++;
    this.octaves[i >> SUB_BITS]++;
    this.count++;
    this.sum += v;
    if (v > this.max) this.max = v;
    if (v < this.min) this.min = v;
  }

  reset(): void {
    if (this.count === 0) return;
    this.counts.fill(0);
    this.octaves.fill(0);
    this.count = 0;
    this.sum = DOUBLE_ZERO;
    this.min = Infinity;
    this.max = -Infinity;
  }

  /** The q-quantile (0..1) within the bound documented above; 0 when empty. */
  quantile(q: number): number {
    if (this.count === 0) return 0;
    const rank = Math.max(1, Math.ceil(q * this.count));
    const octaves = this.octaves;
    let seen = 0;
    let o = 0;
    while (o < OCTAVES && seen + octaves[o] < rank) seen += octaves[o++];
    const counts = this.counts;
    const end = Math.min(HISTOGRAM_BUCKETS, (o + 1) << SUB_BITS);
    for (let i = o << SUB_BITS; i < end; i++) {
      seen += counts[i];
      if (seen >= rank) return Math.min(this.max, Math.max(this.min, bucketMid(i)));
    }
    return this.max;
  }

  summary(): LatencySummary {
    if (this.count === 0) return { mean: 0, p50: 0, p90: 0, p95: 0, p99: 0, max: 0 };
    return {
      mean: round3(this.sum / this.count),
      p50: round3(this.quantile(0.5)),
      p90: round3(this.quantile(0.9)),
      p95: round3(this.quantile(0.95)),
      p99: round3(this.quantile(0.99)),
      max: round3(this.max),
    };
  }
}

/** Results carry microsecond precision: enough for any chart, and stable JSON. */
export function round3(v: number): number {
  return Math.round(v * 1000) / 1000;
}
