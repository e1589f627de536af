// The worst moment of a run: the time bucket where users were let down the most.
import { bucketFigures, type BucketFigures } from './bucket-figures';
import type { SeriesSource } from './figure-source';

/**
 * The bucket after the warm-up with the most users let down: requests that failed or succeeded
 * slower than the latency objective (ties: the larger share of that bucket, then the earlier).
 * When no request was let down, the bucket with the slowest successful answers (p99). Null when
 * no request finished after the warm-up.
 */
export function worstMoment(series: SeriesSource, warmupS: number): BucketFigures | null {
  let best: BucketFigures | null = null;
  for (let k = 0; k < series.t.length; k++) {
    if (series.t[k]! + series.bucketS <= warmupS) continue;
    const b = bucketFigures(series, k);
    if (b.finished === 0) continue;
    if (best === null || worse(b, best)) best = b;
  }
  return best;
}

function worse(b: BucketFigures, than: BucketFigures): boolean {
  if (b.harmed !== than.harmed) return b.harmed > than.harmed;
  if (b.harmed > 0) return b.harmed / b.finished > than.harmed / than.finished;
  const p = Number.isFinite(b.succeededP99Ms) ? b.succeededP99Ms : -1;
  const q = Number.isFinite(than.succeededP99Ms) ? than.succeededP99Ms : -1;
  return p > q;
}
