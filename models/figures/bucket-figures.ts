// The figures of one time bucket of a run, read from its series: what the charts draw at that
// bucket, and so what the replay, the worst-moment slide and the cascade say about it.
import type { SeriesSource } from './figure-source';

export interface BucketFigures {
  bucket: number;
  /** Start of the bucket, seconds into the run. */
  startS: number;
  /** Entries answered in the bucket, successfully or not. */
  finished: number;
  /** Failed / finished in the bucket (the error-rate chart); NaN when none finished. */
  errorRate: number;
  /** p99 latency of the successful answers in the bucket; NaN when there were none. */
  succeededP99Ms: number;
  /** Share of the finished entries answered successfully within the latency objective. */
  attainment: number;
  /** Entries that failed, or succeeded slower than the objective: the users let down. */
  harmed: number;
}

const orNaN = (v: number | null | undefined): number =>
  v === null || v === undefined ? Number.NaN : v;

/** Share of each bucket's finished requests answered successfully within the objective (NaN: none finished). */
export function attainmentSeries(series: SeriesSource): number[] {
  return series.finished.map((n, k) => (n > 0 ? series.succeededWithinTarget[k]! / n : Number.NaN));
}

export function bucketFigures(series: SeriesSource, bucket: number): BucketFigures {
  const finished = series.finished[bucket] ?? 0;
  const within = series.succeededWithinTarget[bucket] ?? 0;
  return {
    bucket,
    startS: series.t[bucket] ?? 0,
    finished,
    errorRate: finished > 0 ? orNaN(series.errorRate[bucket]) : Number.NaN,
    succeededP99Ms: orNaN(series.succeededP99Ms[bucket]),
    attainment: finished > 0 ? within / finished : Number.NaN,
    harmed: finished - within,
  };
}
