// Two runs may have different bucket sizes (the engine picks one per duration) or lengths (one
// was cut short). To draw them on shared axes, both are re-bucketed onto one common grid.
import type { ErrorSeries, Series } from '../../simulator/result';

export type Aggregate = 'mean' | 'max' | 'sum';

/**
 * Re-buckets values whose bucket i covers [t[i], t[i] + fromBucketS) onto a grid of `toBucketS`
 * buckets from 0 covering `count` buckets. Overlaps are weighted by their length ('mean'), or the
 * largest overlapping value is kept ('max', e.g. backlog peaks, p99). A target bucket no source
 * bucket overlaps is NaN (a gap, not a zero).
 */
export function rebucket(
  t: readonly number[],
  values: readonly number[],
  fromBucketS: number,
  toBucketS: number,
  count: number,
  aggregate: Aggregate = 'mean',
): number[] {
  const weighted = new Array<number>(count).fill(0);
  const weights = new Array<number>(count).fill(0);
  const maxima = new Array<number>(count).fill(Number.NEGATIVE_INFINITY);
  for (let i = 0; i < Math.min(t.length, values.length); i++) {
    const v = values[i]!;
    if (!Number.isFinite(v)) continue;
    const start = t[i]!;
    const end = start + fromBucketS;
    const first = Math.max(0, Math.floor(start / toBucketS + 1e-9));
    for (let k = first; k < count && k * toBucketS < end - 1e-9; k++) {
      const overlap = Math.min(end, (k + 1) * toBucketS) - Math.max(start, k * toBucketS);
      if (overlap <= 1e-12) continue;
      weighted[k] += v * overlap;
      weights[k] += overlap;
      if (v > maxima[k]!) maxima[k] = v;
    }
  }
  return weighted.map((w, k) => {
    const weight = weights[k]!;
    if (weight === 0) return Number.NaN;
    if (aggregate === 'max') return maxima[k]!;
    // 'sum' counts whole source buckets: each contributes its share of overlap.
    if (aggregate === 'sum') return w / fromBucketS;
    return w / weight;
  });
}

/** Re-buckets state flags: a target bucket gets every flag of the source buckets it overlaps. */
function orBits(
  t: readonly number[],
  values: readonly number[],
  fromBucketS: number,
  toBucketS: number,
  count: number,
): number[] {
  const out = new Array<number>(count).fill(0);
  for (let i = 0; i < Math.min(t.length, values.length); i++) {
    const start = t[i]!;
    const end = start + fromBucketS;
    for (
      let k = Math.max(0, Math.floor(start / toBucketS + 1e-9));
      k < count && k * toBucketS < end - 1e-9;
      k++
    )
      out[k] = out[k]! | values[i]!;
  }
  return out;
}

export interface AlignedPair {
  bucketS: number;
  t: number[];
  a: Series;
  b: Series;
}

function seriesEnd(s: Series): number {
  return s.t.length === 0 ? 0 : s.t[s.t.length - 1]! + s.bucketS;
}

function rebucketSeries(s: Series, bucketS: number, count: number): Series {
  const t = Array.from({ length: count }, (_, k) => k * bucketS);
  const mean = (v: readonly number[]): number[] =>
    rebucket(s.t, v, s.bucketS, bucketS, count, 'mean');
  const peak = (v: readonly number[]): number[] =>
    rebucket(s.t, v, s.bucketS, bucketS, count, 'max');
  const map = (
    r: Record<string, number[]>,
    f: (v: readonly number[]) => number[],
  ): Record<string, number[]> => Object.fromEntries(Object.entries(r).map(([id, v]) => [id, f(v)]));
  const sum = (v: readonly number[]): number[] =>
    rebucket(s.t, v, s.bucketS, bucketS, count, 'sum');
  const e = s.errorsByKind;
  // Failure counts per bucket add up when buckets merge.
  const errorsByKind: ErrorSeries = {
    timeout: sum(e.timeout),
    rejected: sum(e.rejected),
    failed: sum(e.failed),
    circuitOpen: sum(e.circuitOpen),
    backpressure: sum(e.backpressure),
    rateLimited: sum(e.rateLimited),
  };
  const peakOrNull = (v: readonly (number | null)[]): (number | null)[] =>
    peak(v.map((x) => (x === null ? Number.NaN : x))).map((x) => (Number.isNaN(x) ? null : x));
  // Counts add up when buckets merge, so shares computed from them stay exact.
  const finished = sum(s.finished);
  const errorRate = finished.map((n, k) => {
    const failed = Object.values(errorsByKind).reduce((f, kind) => f + (kind[k] ?? 0), 0);
    return n > 0 ? failed / n : Number.NaN;
  });
  return {
    bucketS,
    t,
    entryRps: mean(s.entryRps),
    errorRate,
    errorsByKind,
    finished,
    succeededWithinTarget: sum(s.succeededWithinTarget),
    // A percentile cannot be averaged honestly; the worst bucket is the conservative choice.
    p99Ms: peak(s.p99Ms),
    succeededP50Ms: peakOrNull(s.succeededP50Ms),
    succeededP99Ms: peakOrNull(s.succeededP99Ms),
    timeToFailP50Ms: peakOrNull(s.timeToFailP50Ms),
    // A node troubled in any merged bucket is troubled in the merged one.
    nodeState: map(s.nodeState, (v) => orBits(s.t, v, s.bucketS, bucketS, count)),
    utilization: map(s.utilization, mean),
    backlog: map(s.backlog, peak),
    edgeRps: map(s.edgeRps, mean),
  };
}

/** Both series on the coarser of the two bucket sizes, over the longer of the two timelines. */
export function alignSeries(a: Series, b: Series): AlignedPair {
  const bucketS = Math.max(a.bucketS, b.bucketS);
  const count = Math.ceil(Math.max(seriesEnd(a), seriesEnd(b)) / bucketS - 1e-9);
  const t = Array.from({ length: count }, (_, k) => k * bucketS);
  const same = (s: Series): boolean =>
    s.bucketS === bucketS &&
    s.t.length === count &&
    s.t.every((v, i) => Math.abs(v - t[i]!) < 1e-9);
  return {
    bucketS,
    t,
    a: same(a) ? a : rebucketSeries(a, bucketS, count),
    b: same(b) ? b : rebucketSeries(b, bucketS, count),
  };
}
