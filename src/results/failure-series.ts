// Failed user requests per second, one series per failure kind that occurs in the run: the
// stacked "why requests failed, over time" chart.
import type { Series } from '../../simulator/result';
import type { ChartSeries } from '../charts/TimeSeriesChart';
import { maxFinite } from '../charts/line-path';
import { ERROR_KINDS } from './error-kinds';

/**
 * `series.errorsByKind` counts per bucket; divided by the bucket width they read as requests
 * per second, on the same unit as the "answered and failed" chart. Kinds that never occur are
 * left out so the legend lists only what happened.
 */
export function failureSeries(series: Series): ChartSeries[] {
  const width = series.bucketS > 0 ? series.bucketS : 1;
  return ERROR_KINDS.filter((k) => series.errorsByKind[k.id].some((v) => v > 0)).map((k) => ({
    id: k.id,
    label: k.label.toLowerCase(),
    values: series.errorsByKind[k.id].map((v) => v / width),
    colour: k.colour,
  }));
}

/** The highest stacked total of failed requests per second, for a shared y-axis. */
export function maxFailureRps(series: Series): number {
  const width = series.bucketS > 0 ? series.bucketS : 1;
  const totals = series.t.map((_, i) =>
    ERROR_KINDS.reduce((s, k) => {
      const v = series.errorsByKind[k.id][i] ?? 0;
      return Number.isFinite(v) ? s + v : s;
    }, 0),
  );
  return maxFinite(totals) / width;
}
