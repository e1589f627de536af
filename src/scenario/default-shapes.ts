// A sensible starting value for each load shape type, derived from the shape being replaced so
// that switching type keeps the order of magnitude the architect typed.
import type { LoadShape } from '../../models/types';

export const SHAPE_TYPES: readonly { type: LoadShape['type']; label: string }[] = [
  { type: 'constant', label: 'Constant' },
  { type: 'ramp', label: 'Ramp' },
  { type: 'spike', label: 'Spike' },
  { type: 'steps', label: 'Steps' },
  { type: 'trace', label: 'Trace (per second)' },
];

function typicalRps(shape: LoadShape | null): number {
  if (!shape) return 50;
  switch (shape.type) {
    case 'constant':
      return shape.rps;
    case 'ramp':
      return shape.fromRps;
    case 'spike':
      return shape.baseRps;
    case 'steps':
      return shape.points[0]?.[1] ?? 50;
    case 'trace':
      return shape.rps[0] ?? 50;
  }
}

export function defaultShape(
  type: LoadShape['type'],
  previous: LoadShape | null,
  durationS: number,
): LoadShape {
  const rps = typicalRps(previous);
  switch (type) {
    case 'constant':
      return { type, rps };
    case 'ramp':
      return { type, fromRps: rps, toRps: rps * 3 };
    case 'spike':
      return {
        type,
        baseRps: rps,
        peakRps: rps * 5,
        startS: Math.round(durationS * 0.25),
        rampS: Math.max(1, Math.round(durationS * 0.05)),
        holdS: Math.round(durationS * 0.25),
      };
    case 'steps':
      return {
        type,
        points: [
          [0, rps],
          [Math.round(durationS / 2), rps * 2],
        ],
      };
    case 'trace':
      return { type, rps: [rps, rps, rps * 2, rps * 2, rps] };
  }
}
