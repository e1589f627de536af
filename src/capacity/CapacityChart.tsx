// One figure of a capacity sweep against offered load: a line per variant through the loads
// simulated (a dot at each), each variant's breaking point as a dashed vertical line, and the
// objective's target where the figure is the one the objective judges.
import { useId } from 'react';
import { scaleLinear } from 'd3';
import { formatValue, UNIT_LABEL, type Unit } from '../results/format';
import { XAxis, YAxis } from '../charts/Axes';
import { linePath, maxFinite } from '../charts/line-path';
import { useElementWidth } from '../charts/useElementWidth';

export interface CapacitySeries {
  id: string;
  label: string;
  colour: string;
  /** A reference line (arrivals), drawn dashed and without dots. */
  dashed?: boolean;
  /** Offered load (rps) of each point, ascending, and the figure there (NaN: none). */
  x: readonly number[];
  y: readonly number[];
}

export interface CapacityMarker {
  id: string;
  /** Offered load (rps). */
  x: number;
  /** Next to the line, in the variant's colour: "breaks at 180 rps". */
  label: string;
  /** The variant's name, for screen readers and the tooltip. */
  name: string;
  colour: string;
}

interface CapacityChartProps {
  title: string;
  unit: Unit;
  series: readonly CapacitySeries[];
  xDomain: [number, number];
  markers: readonly CapacityMarker[];
  /** A horizontal line: the objective's target on the figure it judges. */
  target?: { y: number; label: string } | null;
  description: string;
  height?: number;
}

const MARGIN = { top: 22, right: 16, bottom: 30, left: 56 };

export function CapacityChart(props: CapacityChartProps) {
  const { title, unit, series, xDomain, markers, target = null, description } = props;
  const height = props.height ?? 200;
  const [ref, width] = useElementWidth<HTMLDivElement>();
  const titleId = useId();
  const plotW = Math.max(10, width - MARGIN.left - MARGIN.right);
  const plotH = height - MARGIN.top - MARGIN.bottom;
  const dataMax = maxFinite(...series.map((s) => s.y), target ? [target.y] : []);
  const yTop =
    unit === 'percent' ? Math.max(0.05, dataMax * 1.08) : dataMax > 0 ? dataMax * 1.08 : 1;
  const x = scaleLinear()
    .domain(xDomain)
    .range([MARGIN.left, MARGIN.left + plotW]);
  const y = scaleLinear()
    .domain([0, yTop])
    .range([MARGIN.top + plotH, MARGIN.top])
    .nice(4);
  return (
    <figure className="chart capacity-chart" ref={ref} data-figure={title}>
      <figcaption id={titleId} className="chart-title">
        {title} <span className="chart-unit">({UNIT_LABEL[unit]})</span>
      </figcaption>
      <svg
        width={width}
        height={height}
        role="img"
        aria-labelledby={titleId}
        aria-description={description}
      >
        <YAxis y={y} x={MARGIN.left} width={plotW} unit={unit} />
        {target && (
          <g className="capacity-target">
            <line x1={MARGIN.left} x2={MARGIN.left + plotW} y1={y(target.y)} y2={y(target.y)} />
            <text x={MARGIN.left + plotW - 4} y={y(target.y) - 4} textAnchor="end">
              {target.label}
            </text>
          </g>
        )}
        {markers.map((m, i) => (
          <g
            key={m.id}
            className="capacity-marker"
            data-marker={m.id}
            data-rps={m.x}
            style={{ color: m.colour }}
            aria-label={`${m.name} ${m.label}`}
          >
            <title>{`${m.name} ${m.label}`}</title>
            <line x1={x(m.x)} x2={x(m.x)} y1={MARGIN.top} y2={MARGIN.top + plotH} />
            <text
              x={x(m.x) + (x(m.x) > MARGIN.left + plotW * 0.7 ? -4 : 4)}
              y={MARGIN.top - 8 + i * 12}
              textAnchor={x(m.x) > MARGIN.left + plotW * 0.7 ? 'end' : 'start'}
            >
              {m.label}
            </text>
          </g>
        ))}
        {series.map((s) => (
          <g key={s.id} data-series={s.id} style={{ color: s.colour }}>
            <path
              className="chart-line"
              d={linePath(s.x, s.y, x, y)}
              strokeDasharray={s.dashed ? '5 3' : undefined}
            />
            {s.x.map((vx, i) =>
              !s.dashed && Number.isFinite(s.y[i]) ? (
                <circle key={vx} className="capacity-dot" cx={x(vx)} cy={y(s.y[i]!)} r={2.5}>
                  <title>{`${s.label}: ${formatValue(s.y[i]!, unit)} at ${formatValue(vx, 'rps')}`}</title>
                </circle>
              ) : null,
            )}
          </g>
        ))}
        <XAxis x={x} y={MARGIN.top + plotH} unit="rps" />
      </svg>
    </figure>
  );
}
