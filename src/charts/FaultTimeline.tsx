// The scenario's faults as bars on the scenario's time axis, one lane per fault.
import type { ScaleLinear } from 'd3';
import type { Fault } from '../../models/types';
import { formatClock } from '../results/format';
import { textWidth } from '../export/legend-layout';
import { faultLabel } from './fault-label';
import { placeFaultLabel } from './fault-label-place';

interface FaultLanesProps {
  faults: readonly Fault[];
  x: ScaleLinear<number, number>;
  top: number;
  laneH: number;
  nodeName: (id: string) => string;
  /** The chart's drawing width: labels stay between 0 and it. */
  chartWidth: number;
  /** Size of the labels' type (charts.css `.fault text`: 11 px), larger on a slide. */
  fontPx?: number;
}

/** The width of a label in the page's font at that size. */
function labelWidth(text: string, fontPx: number): number {
  const family =
    typeof document === 'undefined' ? 'sans-serif' : getComputedStyle(document.body).fontFamily;
  return textWidth(text, `${fontPx}px ${family}`);
}

/** Lanes to embed in another SVG sharing its x-scale (the load preview draws them below). */
export function FaultLanes(props: FaultLanesProps) {
  const { faults, x, top, laneH, nodeName, chartWidth, fontPx = 11 } = props;
  return (
    <g className="fault-lanes">
      {faults.map((f, i) => {
        const x0 = x(f.startS);
        const w = Math.max(2, x(f.endS) - x0);
        const label = faultLabel(f, nodeName);
        const placed = placeFaultLabel(
          { x0, x1: x0 + w },
          { left: 0, right: chartWidth },
          label,
          (text) => labelWidth(text, fontPx),
        );
        return (
          <g
            key={i}
            transform={`translate(0,${top + i * laneH})`}
            className={`fault fault-${f.type}`}
          >
            <rect x={x0} y={2} width={w} height={laneH - 4} rx={3}>
              <title>{`${label}, ${formatClock(f.startS)} – ${formatClock(f.endS)}`}</title>
            </rect>
            <text
              x={placed.x}
              y={laneH / 2}
              dy="0.32em"
              textAnchor={placed.anchor}
              style={fontPx === 11 ? undefined : { fontSize: fontPx }}
            >
              {placed.text}
            </text>
          </g>
        );
      })}
    </g>
  );
}
