// Y-axis maxima shared by two runs in the compare view, so that equal heights mean equal values.
import type { Series } from '../../simulator/result';
import { maxFinite } from '../charts/line-path';
import { maxFailureRps } from './failure-series';
import { maxOf } from '../../models/max-of';

export interface SharedScales {
  xDomain: [number, number];
  latencyMax: number;
  rpsMax: number;
  backlogMax: number;
  /** Failed requests per second, stacked over the kinds. */
  failedRpsMax: number;
}

const orNaN = (values: readonly (number | null)[]): number[] =>
  values.map((v) => (v === null ? Number.NaN : v));

export function sharedScales(
  t: readonly number[],
  bucketS: number,
  ...series: readonly Series[]
): SharedScales {
  const end = t.length === 0 ? 1 : t[t.length - 1]! + bucketS;
  const pad = (v: number): number => (v > 0 ? v * 1.08 : 1);
  return {
    xDomain: [0, end],
    // The latency chart draws successful requests' p99 and p50 and the time to fail.
    latencyMax: pad(
      maxFinite(...series.flatMap((s) => [s.succeededP99Ms, s.timeToFailP50Ms].map(orNaN))),
    ),
    rpsMax: pad(maxFinite(...series.map((s) => s.entryRps))),
    failedRpsMax: pad(maxOf(series.map(maxFailureRps), 0)),
    backlogMax: pad(maxFinite(...series.flatMap((s) => Object.values(s.backlog)))),
  };
}
