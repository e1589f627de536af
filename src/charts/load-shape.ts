// Request rate over time of a scenario's load shape, for the scenario editor's live preview.
// It mirrors the shapes of DESIGN.md; the engine draws Poisson arrivals at this rate.
import type { LoadShape } from '../../models/types';

function lerp(a: number, b: number, f: number): number {
  return a + (b - a) * f;
}

/** Requests per second at time `s` of a scenario lasting `durationS`. */
export function rpsAt(shape: LoadShape, s: number, durationS: number): number {
  switch (shape.type) {
    case 'constant':
      return shape.rps;
    case 'ramp':
      return durationS <= 0
        ? shape.fromRps
        : lerp(shape.fromRps, shape.toRps, Math.min(1, Math.max(0, s / durationS)));
    case 'spike': {
      const { baseRps, peakRps, startS, rampS, holdS } = shape;
      const upEnd = startS + rampS;
      const holdEnd = upEnd + holdS;
      const downEnd = holdEnd + rampS;
      if (s < startS || s >= downEnd) return baseRps;
      if (s < upEnd) return lerp(baseRps, peakRps, (s - startS) / rampS);
      if (s < holdEnd) return peakRps;
      return lerp(peakRps, baseRps, (s - holdEnd) / rampS);
    }
    case 'steps': {
      const points = shape.points;
      const first = points[0]!;
      if (s <= first[0]) return first[1];
      for (let i = 1; i < points.length; i++) {
        const [s1, r1] = points[i]!;
        const [s0, r0] = points[i - 1]!;
        if (s <= s1) return s1 === s0 ? r1 : lerp(r0, r1, (s - s0) / (s1 - s0));
      }
      return points[points.length - 1]![1];
    }
    case 'trace': {
      // One value per second, held for that second; nothing after the trace ends (as the engine).
      const i = Math.floor(s);
      return i >= 0 && i < shape.rps.length ? shape.rps[i]! : 0;
    }
  }
}

/** Times where the shape bends, so that a sampled polyline keeps its corners exactly. */
function corners(shape: LoadShape, durationS: number): number[] {
  switch (shape.type) {
    case 'spike':
      return [
        shape.startS,
        shape.startS + shape.rampS,
        shape.startS + shape.rampS + shape.holdS,
        shape.startS + 2 * shape.rampS + shape.holdS,
      ];
    case 'steps':
      return shape.points.map((p) => p[0]);
    case 'trace':
      return [...shape.rps.map((_, i) => i), shape.rps.length].filter((i) => i <= durationS);
    default:
      return [];
  }
}

/** [time, rps] points from 0 to durationS: an even grid plus the shape's corners. */
export function sampleLoadShape(
  shape: LoadShape,
  durationS: number,
  samples = 200,
): [number, number][] {
  const times = new Set<number>();
  for (let i = 0; i <= samples; i++) times.add((durationS * i) / samples);
  for (const c of corners(shape, durationS)) if (c >= 0 && c <= durationS) times.add(c);
  return [...times].sort((a, b) => a - b).map((s) => [s, rpsAt(shape, s, durationS)]);
}

/** The highest rate any one of the shapes reaches (the shared y-domain of a preview). */
export function peakRps(shapes: readonly LoadShape[], durationS: number): number {
  let peak = 0;
  for (const shape of shapes)
    for (const [, r] of sampleLoadShape(shape, durationS)) peak = Math.max(peak, r);
  return peak;
}
