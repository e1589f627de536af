// The minute around the as-is's worst moment, today against the target under the same scenario
// and seed: the share of requests answered within the objective and the p99 of the successful
// ones, per bucket, as the results charts draw them (models/figures/bucket-figures.ts).
import { attainmentSeries } from '../../models/figures/bucket-figures';
import { formatMs } from '../../models/figures/format-value';
import type { SimulationResult } from '../../simulator/result';
import type { TimeMarker } from '../charts/TimeMarker';
import { TimeSeriesChart, type ChartSeries } from '../charts/TimeSeriesChart';
import { slidePlotHeight, useSlideScreen } from './slide-chart-size';

/** Seconds shown on each side of the worst moment. */
const HALF_WINDOW_S = 30;

interface WorstMinuteChartsProps {
  asIs: { label: string; result: SimulationResult };
  toBe: { label: string; result: SimulationResult };
  /** Start of the worst bucket of the as-is, seconds into the run. */
  momentS: number;
  latencyTargetMs: number;
}

/** The buckets of [from, to) of a series, with their times. */
function bucketsBetween(t: readonly number[], values: readonly number[], from: number, to: number) {
  const keep = t.flatMap((s, k) => (s >= from && s < to ? [k] : []));
  return { t: keep.map((k) => t[k]!), values: keep.map((k) => values[k] ?? Number.NaN) };
}

export function WorstMinuteCharts({
  asIs,
  toBe,
  momentS,
  latencyTargetMs,
}: WorstMinuteChartsProps) {
  // Over half the screen's height (readable from the back of the room at 1080p too); 220 px
  // where there is no screen (server-side rendering in tests).
  const screen = useSlideScreen();
  const height = screen ? slidePlotHeight(screen, 0.55, 200) : 220;
  const { series } = asIs.result;
  const end = series.t.length === 0 ? 0 : series.t.at(-1)! + series.bucketS;
  const from = Math.max(asIs.result.warmupS, momentS - HALF_WINDOW_S);
  const to = Math.min(end, from + 2 * HALF_WINDOW_S);
  const lines = (read: (r: SimulationResult) => readonly number[]) => {
    const cut = [asIs, toBe].map((v) =>
      bucketsBetween(v.result.series.t, read(v.result), from, to),
    );
    const drawn: ChartSeries[] = [
      { id: 'as-is', label: asIs.label, values: cut[0]!.values, colour: 'var(--series-2)' },
      { id: 'to-be', label: toBe.label, values: cut[1]!.values, colour: 'var(--series-3)' },
    ];
    return { t: cut[0]!.t, series: drawn };
  };
  const attainment = lines((r) => attainmentSeries(r.series));
  const p99 = lines((r) => r.series.succeededP99Ms.map((v) => v ?? Number.NaN));
  const worst: TimeMarker = {
    id: 'worst',
    label: 'worst moment',
    startS: momentS,
    endS: momentS + series.bucketS,
    kind: 'fault',
  };
  const common = {
    bucketS: series.bucketS,
    xDomain: [from, to] as [number, number],
    height,
    markers: [worst],
  };
  return (
    <div className="slide-charts slide-worst-minute" data-testid="worst-minute">
      <div className="slide-chart">
        <TimeSeriesChart
          title={`Requests answered within ${formatMs(latencyTargetMs)}`}
          unit="percent"
          yMax={1}
          legend
          description="Share of each second's finished requests answered successfully within the objective, today and with the target design."
          {...attainment}
          {...common}
        />
      </div>
      <div className="slide-chart">
        <TimeSeriesChart
          title="Latency p99 of successful requests"
          unit="ms"
          legend
          description="The slowest 1 % of each second's successful answers waited longer than this, today and with the target design."
          {...p99}
          {...common}
        />
      </div>
    </div>
  );
}
