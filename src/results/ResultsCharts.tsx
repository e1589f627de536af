// The charts over time of one run: latency, throughput with its failed share, failures by kind,
// utilisation per node, replicas per autoscaled node and backlog per queue. The compare view renders two of these with shared scales.
import { attainmentSeries } from '../../models/figures/bucket-figures';
import { formatMs } from '../../models/figures/format-value';
import { percentileName } from '../../models/slo/evaluate-slo';
import type { Slo } from '../../models/types';
import type { Series } from '../../simulator/result';
import { HeatStrip } from '../charts/HeatStrip';
import { seriesColour } from '../charts/palette';
import { TimeSeriesChart } from '../charts/TimeSeriesChart';
import type { TimeMarker } from '../charts/TimeMarker';
import type { SharedScales } from './chart-scales';
import { failureSeries } from './failure-series';

interface ResultsChartsProps {
  series: Series;
  nodeName: (id: string) => string;
  /** Node ids in display order (the model's order); ids missing from the series are skipped. */
  nodeOrder: readonly string[];
  markers?: readonly TimeMarker[];
  scales?: SharedScales;
  cursorS?: number | null;
  /** The project's objectives: the attainment chart and its target line. */
  slo: Slo;
}

/** Missing values (null: nothing in the bucket) are gaps on a chart. */
const gaps = (values: readonly (number | null)[]): number[] =>
  values.map((v) => (v === null ? Number.NaN : v));

export function ResultsCharts({
  series,
  nodeName,
  nodeOrder,
  markers = [],
  scales,
  cursorS = null,
  slo,
}: ResultsChartsProps) {
  const { t, bucketS } = series;
  const ok = series.entryRps.map((r, i) => r * (1 - (series.errorRate[i] ?? 0)));
  const failed = series.entryRps.map((r, i) => r * (series.errorRate[i] ?? 0));
  const ordered = (ids: string[]): string[] => [
    ...nodeOrder.filter((id) => ids.includes(id)),
    ...ids.filter((id) => !nodeOrder.includes(id)),
  ];
  const utilRows = ordered(Object.keys(series.utilization)).map((id) => ({
    id,
    label: nodeName(id),
    values: series.utilization[id]!,
  }));
  const failures = failureSeries(series);
  const queues = ordered(Object.keys(series.backlog));
  const scaled = ordered(Object.keys(series.replicas ?? {}));
  const common = { t, bucketS, markers, cursorS, xDomain: scales?.xDomain };
  return (
    <div className="results-charts">
      <TimeSeriesChart
        {...common}
        title="Latency of successful requests"
        description="How long the users whose request succeeded waited, per time bucket (p50 and p99 of the successful answers in it). Failed requests are not in these lines but in the dashed one: how long they waited for their error (median). A gap is a bucket without any."
        unit="ms"
        legend
        yMax={scales?.latencyMax}
        series={[
          {
            id: 'succeededP99',
            label: 'p99, successful',
            values: gaps(series.succeededP99Ms),
            colour: seriesColour(0),
          },
          {
            id: 'succeededP50',
            label: 'p50, successful',
            values: gaps(series.succeededP50Ms),
            colour: seriesColour(4),
          },
          {
            id: 'timeToFailP50',
            label: 'time to fail, median',
            values: gaps(series.timeToFailP50Ms),
            colour: seriesColour(1),
            dashed: true,
          },
        ]}
      />
      <TimeSeriesChart
        {...common}
        title="Requests within the objective"
        description={`Share of the requests that finished in each bucket and were answered successfully within ${formatMs(slo.latencyTargetMs)}. The dashed line is the ${slo.latencyPercentile} % the latency objective (${percentileName(slo.latencyPercentile)} within ${formatMs(slo.latencyTargetMs)}) asks of successful requests; failures count as outside.`}
        unit="percent"
        height={140}
        legend
        series={[
          {
            id: 'attainment',
            label: `within ${formatMs(slo.latencyTargetMs)}`,
            values: attainmentSeries(series),
            colour: seriesColour(2),
          },
          {
            id: 'objective',
            label: `objective ${slo.latencyPercentile} %`,
            values: t.map(() => slo.latencyPercentile / 100),
            colour: seriesColour(5),
            dashed: true,
          },
        ]}
      />
      <TimeSeriesChart
        {...common}
        title="User requests: answered and failed"
        description="Requests per second entering the system, split into those that succeeded and those that failed."
        unit="rps"
        mode="stacked"
        yMax={scales?.rpsMax}
        series={[
          { id: 'ok', label: 'succeeded', values: ok, colour: seriesColour(2) },
          { id: 'failed', label: 'failed', values: failed, colour: seriesColour(1) },
        ]}
      />
      <TimeSeriesChart
        {...common}
        title="Failed requests by kind over time"
        description={
          failures.length > 0
            ? 'Failed user requests per second, stacked by why they failed.'
            : 'No user request failed.'
        }
        unit="rps"
        mode="stacked"
        legend
        yMax={scales?.failedRpsMax}
        series={
          failures.length > 0
            ? failures
            : // A flat line at zero says "nothing failed" louder than an empty plot.
              [
                {
                  id: 'none',
                  label: 'no request failed',
                  values: t.map(() => 0),
                  colour: seriesColour(2),
                },
              ]
        }
      />
      <TimeSeriesChart
        {...common}
        title="Error rate"
        description="Share of the user requests that finished in each bucket that failed (failed / finished in the bucket)."
        unit="percent"
        height={120}
        series={[
          {
            id: 'errorRate',
            label: 'error rate',
            values: series.errorRate,
            colour: seriesColour(1),
          },
        ]}
      />
      {utilRows.length > 0 && (
        <HeatStrip {...common} title="Utilisation per node" rows={utilRows} />
      )}
      {scaled.length > 0 && (
        <TimeSeriesChart
          {...common}
          title="Replicas per autoscaled node"
          description="Replicas taking work on each autoscaled node: the most in each bucket. A new replica counts once its start delay has passed."
          unit="count"
          legend
          series={scaled.map((id, i) => ({
            id,
            label: nodeName(id),
            values: series.replicas![id]!,
            colour: seriesColour(i + 3),
          }))}
        />
      )}
      {queues.length > 0 && (
        <TimeSeriesChart
          {...common}
          title="Backlog per queue"
          description="Messages waiting in each queue or topic: the peak parked instead of refused. A partitioned one also shows, dashed, the most one of its partitions held (its hottest partition)."
          unit="count"
          mode="area"
          yMax={scales?.backlogMax}
          series={queues.flatMap((id, i) => [
            {
              id,
              label: nodeName(id),
              values: series.backlog[id]!,
              colour: seriesColour(i + 3),
            },
            ...(series.hottestPartitionBacklog?.[id]
              ? [
                  {
                    id: `${id}:hottest-partition`,
                    label: `${nodeName(id)}, hottest partition`,
                    values: series.hottestPartitionBacklog[id],
                    colour: seriesColour(i + 3),
                    dashed: true,
                  },
                ]
              : []),
          ])}
        />
      )}
    </div>
  );
}
