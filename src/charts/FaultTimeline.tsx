// The scenario's faults as bars on the scenario's time axis, one lane per fault.
import type { ScaleLinear } from 'd3';
import type { Fault } from '../../models/types';
import { formatClock } from '../results/format';
import { faultLabel } from './fault-label';

interface FaultLanesProps {
  faults: readonly Fault[];
  x: ScaleLinear<number, number>;
  top: number;
  laneH: number;
  nodeName: (id: string) => string;
}

/** Lanes to embed in another SVG sharing its x-scale (the load preview draws them below). */
export function FaultLanes({ faults, x, top, laneH, nodeName }: FaultLanesProps) {
  return (
    <g className="fault-lanes">
      {faults.map((f, i) => {
        const x0 = x(f.startS);
        const w = Math.max(2, x(f.endS) - x0);
        const label = faultLabel(f, nodeName);
        return (
          <g
            key={i}
            transform={`translate(0,${top + i * laneH})`}
            className={`fault fault-${f.type}`}
          >
            <rect x={x0} y={2} width={w} height={laneH - 4} rx={3}>
              <title>{`${label}, ${formatClock(f.startS)} – ${formatClock(f.endS)}`}</title>
            </rect>
            <text x={x0 + 4} y={laneH / 2} dy="0.32em">
              {label}
            </text>
          </g>
        );
      })}
    </g>
  );
}
