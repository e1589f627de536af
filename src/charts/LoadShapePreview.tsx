// Live preview of a scenario: requests per second over time for each client, and the faults on
// the same time axis below, so that the architect sees the spike and the outage line up.
import { useId } from 'react';
import { line, scaleLinear } from 'd3';
import type { Fault, Load } from '../../models/types';
import { formatRps } from '../results/format';
import { XAxis, YAxis } from './Axes';
import { FaultLanes } from './FaultTimeline';
import { peakRps, sampleLoadShape } from './load-shape';
import { seriesColour } from './palette';
import { useElementWidth } from './useElementWidth';
import { ChartDownload } from '../export/ChartDownload';
import './charts.css';

interface LoadShapePreviewProps {
  load: readonly Load[];
  faults: readonly Fault[];
  durationS: number;
  warmupS: number;
  nodeName: (id: string) => string;
  /** Height of the plot (120 px in the scenario editor; a slide asks for more). */
  plotHeight?: number;
  /** Size of the axis, marker and fault type (11 px; a slide asks for more, see slide-chart-size). */
  textPx?: number;
}

const M = { top: 10, right: 16, left: 48 };

export function LoadShapePreview({
  load,
  faults,
  durationS,
  warmupS,
  nodeName,
  plotHeight: PLOT_H = 120,
  textPx = 11,
}: LoadShapePreviewProps) {
  // A fault's lane and the gap under the axis grow with the type.
  const LANE_H = Math.round(textPx * 1.8);
  const AXIS_GAP = Math.round(textPx * 2.4);
  const [ref, width] = useElementWidth<HTMLDivElement>();
  const titleId = useId();
  const x = scaleLinear()
    .domain([0, durationS])
    .range([M.left, Math.max(M.left + 10, width - M.right)]);
  const peak = peakRps(
    load.map((l) => l.shape),
    durationS,
  );
  const y = scaleLinear()
    .domain([0, peak > 0 ? peak * 1.1 : 1])
    .range([M.top + PLOT_H, M.top])
    .nice(4);
  const axisY = M.top + PLOT_H;
  const height = axisY + AXIS_GAP + faults.length * LANE_H + 4;
  const draw = line<[number, number]>()
    .x((p) => x(p[0]))
    .y((p) => y(p[1]));
  const summary = load
    .map((l) => `${nodeName(l.client)} up to ${formatRps(peakRps([l.shape], durationS))}`)
    .join('; ');

  return (
    <figure className="chart" ref={ref}>
      <figcaption id={titleId} className="chart-title">
        Offered load <span className="chart-unit">(requests/s)</span> and faults
      </figcaption>
      <ChartDownload title="Offered load and faults" />
      <svg
        width={width}
        height={height}
        role="img"
        aria-labelledby={titleId}
        aria-description={summary}
        data-peak-rps={peak}
        style={textPx === 11 ? undefined : { fontSize: textPx }}
      >
        <YAxis y={y} x={M.left} width={x.range()[1] - M.left} unit="rps" />
        {warmupS > 0 && (
          <g className="chart-marker chart-marker-warmup">
            <rect x={x(0)} y={M.top} width={x(warmupS) - x(0)} height={PLOT_H} />
            <text
              x={x(0) + 3}
              y={M.top + textPx - 1}
              style={textPx === 11 ? undefined : { fontSize: textPx }}
            >
              warm-up
            </text>
          </g>
        )}
        {load.map((l, i) => (
          <path
            key={l.client}
            className="chart-line"
            style={{ color: seriesColour(i) }}
            d={draw(sampleLoadShape(l.shape, durationS)) ?? ''}
          />
        ))}
        <XAxis x={x} y={axisY} />
        <FaultLanes
          faults={faults}
          x={x}
          top={axisY + AXIS_GAP - 2}
          laneH={LANE_H}
          nodeName={nodeName}
          chartWidth={width}
          fontPx={textPx}
        />
      </svg>
      {load.length > 1 && (
        <ul className="chart-legend">
          {load.map((l, i) => (
            <li key={l.client}>
              <span className="chart-swatch" style={{ background: seriesColour(i) }} />
              {nodeName(l.client)}
            </li>
          ))}
        </ul>
      )}
    </figure>
  );
}
