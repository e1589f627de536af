// Utilisation per node over time: one row per node, one cell per bucket, pale when idle and deep
// red when every worker is busy. Reads at a glance which node saturates first.
import { useId, useState, type PointerEvent } from 'react';
import { scaleLinear } from 'd3';
import { formatClock, formatPercent } from '../results/format';
import { XAxis } from './Axes';
import { bucketIndexAt } from './line-path';
import { utilisationColour } from './palette';
import type { TimeMarker } from './TimeMarker';
import { useElementWidth } from './useElementWidth';
import { ChartDownload } from '../export/ChartDownload';
import { maxOf } from '../../models/max-of';
import './charts.css';

export interface HeatRow {
  id: string;
  label: string;
  values: readonly number[];
}

interface HeatStripProps {
  title: string;
  t: readonly number[];
  bucketS: number;
  rows: readonly HeatRow[];
  xDomain?: [number, number];
  markers?: readonly TimeMarker[];
  cursorS?: number | null;
}

const ROW_H = 18;
const RIGHT = 16;

/** Room for the longest row label (about 6.5 px a character at 11 px), within sane bounds. */
function labelWidth(rows: readonly HeatRow[]): number {
  const longest = maxOf(
    rows.map((r) => r.label.length),
    0,
  );
  return Math.min(220, Math.max(70, Math.ceil(longest * 6.5) + 12));
}

export function HeatStrip({
  title,
  t,
  bucketS,
  rows,
  markers = [],
  cursorS = null,
  ...props
}: HeatStripProps) {
  const [ref, width] = useElementWidth<HTMLDivElement>();
  const [hover, setHover] = useState<{ row: number; bucket: number } | null>(null);
  const titleId = useId();
  const LEFT = labelWidth(rows);
  const end = t.length === 0 ? 1 : t[t.length - 1]! + bucketS;
  const x = scaleLinear()
    .domain(props.xDomain ?? [0, end])
    .range([LEFT, Math.max(LEFT + 10, width - RIGHT)]);
  const plotH = rows.length * ROW_H;
  const height = plotH + 48;

  const onPointer = (e: PointerEvent<SVGRectElement>): void => {
    const box = e.currentTarget.getBoundingClientRect();
    const row = Math.floor((e.clientY - box.top) / ROW_H);
    const bucket = bucketIndexAt(t, x.invert(LEFT + e.clientX - box.left));
    setHover(row >= 0 && row < rows.length && bucket >= 0 ? { row, bucket } : null);
  };

  return (
    <figure className="chart" ref={ref}>
      <figcaption id={titleId} className="chart-title">
        {title} <span className="chart-unit">(% of workers busy)</span>
      </figcaption>
      <ChartDownload title={title} />
      <svg width={width} height={height} role="img" aria-labelledby={titleId}>
        {rows.map((row, r) => (
          <g key={row.id} transform={`translate(0,${r * ROW_H})`} data-node={row.id}>
            <text
              className="chart-row-label"
              x={LEFT - 6}
              y={ROW_H / 2}
              dy="0.32em"
              textAnchor="end"
            >
              {row.label}
            </text>
            {t.map((s, i) => (
              <rect
                key={i}
                x={x(s)}
                y={1}
                width={Math.max(0.5, x(s + bucketS) - x(s) + 0.3)}
                height={ROW_H - 2}
                fill={utilisationColour(row.values[i] ?? Number.NaN)}
              />
            ))}
          </g>
        ))}
        {markers.map((m) => (
          <rect
            key={m.id}
            className={`chart-marker-outline chart-marker-${m.kind}`}
            x={x(m.startS)}
            y={0}
            width={Math.max(1.5, x(m.endS) - x(m.startS))}
            height={plotH}
          />
        ))}
        {cursorS !== null && (
          <line className="chart-cursor" x1={x(cursorS)} x2={x(cursorS)} y1={0} y2={plotH} />
        )}
        <XAxis x={x} y={plotH + 2} />
        <g
          transform={`translate(${LEFT},${plotH + 30})`}
          className="chart-scale-legend"
          aria-hidden="true"
        >
          {[0, 0.25, 0.5, 0.75, 1].map((u, i) => (
            <g key={u} transform={`translate(${i * 44},0)`}>
              <rect width={14} height={10} fill={utilisationColour(u)} />
              <text x={18} y={9}>
                {Math.round(u * 100)} %
              </text>
            </g>
          ))}
        </g>
        <rect
          className="chart-overlay"
          x={LEFT}
          y={0}
          width={Math.max(10, width - LEFT - RIGHT)}
          height={plotH}
          onPointerMove={onPointer}
          onPointerLeave={() => setHover(null)}
        />
      </svg>
      {hover && (
        <div
          className="chart-tooltip"
          role="status"
          style={{
            left: Math.min(x(t[hover.bucket]!) + 12, width - 200),
            top: hover.row * ROW_H + 24,
          }}
        >
          <div className="chart-tooltip-time">
            {formatClock(t[hover.bucket]!)} – {formatClock(t[hover.bucket]! + bucketS)}
          </div>
          {rows[hover.row]!.label}:{' '}
          <strong>{formatPercent(rows[hover.row]!.values[hover.bucket] ?? Number.NaN)}</strong> busy
        </div>
      )}
    </figure>
  );
}
