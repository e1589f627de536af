// Axes drawn by React from d3 scales' ticks (no d3 DOM manipulation).
import type { ScaleLinear } from 'd3';
import { formatTick, type Unit } from '../results/format';
import { timeTicks } from './time-ticks';
import './charts.css';

interface XAxisProps {
  x: ScaleLinear<number, number>;
  y: number;
  unit?: Unit;
  ticks?: number;
}

export function XAxis({ x, y, unit = 's', ticks = 6 }: XAxisProps) {
  return (
    <g className="chart-axis" transform={`translate(0,${y})`} aria-hidden="true">
      <line x1={x.range()[0]} x2={x.range()[1]} />
      {(unit === 's' ? timeTicks(x.domain() as [number, number], ticks) : x.ticks(ticks)).map(
        (v) => (
          <g key={v} transform={`translate(${x(v)},0)`}>
            <line y2={4} />
            <text y={16} textAnchor="middle">
              {formatTick(v, unit)}
            </text>
          </g>
        ),
      )}
    </g>
  );
}

interface YAxisProps {
  y: ScaleLinear<number, number>;
  x: number;
  width: number;
  unit: Unit;
  ticks?: number;
}

/** Left axis with light grid lines across the plot. */
export function YAxis({ y, x, width, unit, ticks = 4 }: YAxisProps) {
  return (
    <g className="chart-axis" aria-hidden="true">
      {y.ticks(ticks).map((v) => (
        <g key={v} transform={`translate(0,${y(v)})`}>
          <line className="chart-grid" x1={x} x2={x + width} />
          <text x={x - 6} dy="0.32em" textAnchor="end">
            {formatTick(v, unit)}
          </text>
        </g>
      ))}
    </g>
  );
}
