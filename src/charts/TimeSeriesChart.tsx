// A chart of values over simulated time: lines, filled areas or stacked areas. d3 computes
// scales and path data; React owns the SVG. Hovering (or arrow keys) shows the exact values of
// the bucket under the pointer.
import { useId, useMemo, useState, type KeyboardEvent, type PointerEvent } from 'react';
import { scaleLinear } from 'd3';
import { formatClock, formatValue, UNIT_LABEL, type Unit } from '../results/format';
import { XAxis, YAxis } from './Axes';
import { areaPath, bucketIndexAt, linePath, maxFinite, stackedAreaPaths } from './line-path';
import { seriesColour } from './palette';
import type { TimeMarker } from './TimeMarker';
import { useElementWidth } from './useElementWidth';
import { ChartDownload } from '../export/ChartDownload';
import './charts.css';

export interface ChartSeries {
  id: string;
  label: string;
  values: readonly number[];
  colour?: string;
  dashed?: boolean;
}

export interface TimeSeriesChartProps {
  title: string;
  unit: Unit;
  t: readonly number[];
  bucketS: number;
  series: readonly ChartSeries[];
  mode?: 'line' | 'area' | 'stacked';
  /** Shared axes in the compare view: both charts get the same domains. */
  xDomain?: [number, number];
  yMax?: number;
  height?: number;
  markers?: readonly TimeMarker[];
  cursorS?: number | null;
  /** A sentence for screen readers and the caption, e.g. what to look for. */
  description?: string;
  /** Show the legend even for a single series (default: only when there are several). */
  legend?: boolean;
}

const MARGIN = { top: 10, right: 16, bottom: 26, left: 48 };

export function TimeSeriesChart(props: TimeSeriesChartProps) {
  const {
    title,
    unit,
    t,
    bucketS,
    series,
    mode = 'line',
    markers = [],
    cursorS = null,
    description,
  } = props;
  const height = props.height ?? 180;
  const [ref, width] = useElementWidth<HTMLDivElement>();
  const [hover, setHover] = useState<number | null>(null);
  const titleId = useId();
  const plotW = Math.max(10, width - MARGIN.left - MARGIN.right);
  const plotH = height - MARGIN.top - MARGIN.bottom;
  const end = t.length === 0 ? 1 : t[t.length - 1]! + bucketS;
  const xDomain = props.xDomain ?? [0, end];

  const stacked = useMemo(
    () => (mode === 'stacked' ? stackedAreaPaths(t, series, scaleLinear(), scaleLinear()) : null),
    [mode, t, series],
  );
  const dataMax = stacked
    ? maxFinite(...stacked.map((s) => s.top))
    : maxFinite(...series.map((s) => s.values));
  const yTop =
    props.yMax ?? (unit === 'percent' ? Math.max(1, dataMax) : dataMax > 0 ? dataMax * 1.08 : 1);
  const x = scaleLinear()
    .domain(xDomain)
    .range([MARGIN.left, MARGIN.left + plotW]);
  const y = scaleLinear()
    .domain([0, yTop])
    .range([MARGIN.top + plotH, MARGIN.top])
    .nice(4);

  // Points sit at the middle of their bucket.
  const mid = useMemo(() => t.map((s) => s + bucketS / 2), [t, bucketS]);
  const paths =
    mode === 'stacked'
      ? stackedAreaPaths(mid, series, x, y).map((p, i) => ({
          id: p.id,
          d: p.d,
          fill: true,
          s: series[i]!,
          i,
        }))
      : series.map((s, i) => ({
          id: s.id,
          // In area mode a dashed series is a line over the areas (a part of another series).
          d:
            mode === 'area' && !s.dashed
              ? areaPath(mid, s.values, x, y)
              : linePath(mid, s.values, x, y),
          fill: mode === 'area' && !s.dashed,
          s,
          i,
        }));

  const onPointer = (e: PointerEvent<SVGRectElement>): void => {
    const box = e.currentTarget.getBoundingClientRect();
    const s = x.invert(MARGIN.left + (e.clientX - box.left));
    setHover(t.length === 0 ? null : bucketIndexAt(t, s));
  };
  const onKey = (e: KeyboardEvent<SVGSVGElement>): void => {
    if (t.length === 0) return;
    if (e.key === 'ArrowRight') setHover((h) => Math.min(t.length - 1, (h ?? -1) + 1));
    else if (e.key === 'ArrowLeft') setHover((h) => Math.max(0, (h ?? t.length) - 1));
    else if (e.key === 'Escape') setHover(null);
    else return;
    e.preventDefault();
  };

  const tipLeft = hover === null ? 0 : x(mid[hover]!);
  return (
    <figure className="chart" ref={ref}>
      <figcaption id={titleId} className="chart-title">
        {title} <span className="chart-unit">({UNIT_LABEL[unit]})</span>
      </figcaption>
      <ChartDownload title={title} />
      <svg
        width={width}
        height={height}
        role="img"
        aria-labelledby={titleId}
        aria-description={description}
        tabIndex={0}
        onKeyDown={onKey}
        onBlur={() => setHover(null)}
      >
        <YAxis y={y} x={MARGIN.left} width={plotW} unit={unit} />
        {markers.map((m) => (
          <g key={m.id} className={`chart-marker chart-marker-${m.kind}`}>
            <rect
              x={x(m.startS)}
              y={MARGIN.top}
              width={Math.max(1.5, x(m.endS) - x(m.startS))}
              height={plotH}
            />
            <text x={x(m.startS) + 3} y={MARGIN.top + 10}>
              {m.label}
            </text>
          </g>
        ))}
        {paths.map(({ id, d, fill, s, i }) => (
          <path
            key={id}
            d={d}
            className={fill ? 'chart-area' : 'chart-line'}
            style={{ color: s.colour ?? seriesColour(i) }}
            strokeDasharray={s.dashed ? '5 3' : undefined}
            data-series={id}
          />
        ))}
        <XAxis x={x} y={MARGIN.top + plotH} />
        {cursorS !== null && (
          <line
            className="chart-cursor"
            x1={x(cursorS)}
            x2={x(cursorS)}
            y1={MARGIN.top}
            y2={MARGIN.top + plotH}
          />
        )}
        {hover !== null && (
          <line
            className="chart-hover"
            x1={tipLeft}
            x2={tipLeft}
            y1={MARGIN.top}
            y2={MARGIN.top + plotH}
          />
        )}
        <rect
          className="chart-overlay"
          x={MARGIN.left}
          y={MARGIN.top}
          width={plotW}
          height={plotH}
          onPointerMove={onPointer}
          onPointerLeave={() => setHover(null)}
        />
      </svg>
      {hover !== null && (
        <div
          className="chart-tooltip"
          role="status"
          style={{ left: Math.min(tipLeft + 12, width - 180), top: MARGIN.top }}
        >
          <div className="chart-tooltip-time">
            {formatClock(t[hover]!)} – {formatClock(t[hover]! + bucketS)}
          </div>
          {series.map((s, i) => (
            <div key={s.id} className="chart-tooltip-row">
              <span className="chart-swatch" style={{ background: s.colour ?? seriesColour(i) }} />
              {s.label}: <strong>{formatValue(s.values[hover] ?? Number.NaN, unit)}</strong>
            </div>
          ))}
        </div>
      )}
      {(props.legend ?? series.length > 1) && series.length > 0 && (
        <ul className="chart-legend" aria-label={`${title} legend`}>
          {series.map((s, i) => (
            <li key={s.id}>
              <span
                className={s.dashed ? 'chart-swatch chart-swatch-dashed' : 'chart-swatch'}
                style={{ background: s.colour ?? seriesColour(i) }}
              />
              {s.label}
            </li>
          ))}
        </ul>
      )}
    </figure>
  );
}
