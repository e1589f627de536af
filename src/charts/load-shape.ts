// Request rate over time of a scenario's load shape, for the scenario editor's live preview:
// the very rate function the engine draws its Poisson arrivals from (models/load-rate.ts).
import { rateFunction } from '../../models/load-rate';
import type { LoadShape } from '../../models/types';

/** Requests per second at time `s` of a scenario lasting `durationS`. */
export function rpsAt(shape: LoadShape, s: number, durationS: number): number {
  return rateFunction(shape, durationS).rate(s);
}

/** [time, rps] points from 0 to durationS: an even grid plus the shape's corners. */
export function sampleLoadShape(
  shape: LoadShape,
  durationS: number,
  samples = 200,
): [number, number][] {
  const fn = rateFunction(shape, durationS);
  const times = new Set<number>();
  for (let i = 0; i <= samples; i++) times.add((durationS * i) / samples);
  for (const c of fn.breakpoints) if (c >= 0 && c <= durationS) times.add(c);
  return [...times].sort((a, b) => a - b).map((s) => [s, fn.rate(s)]);
}

/** The highest rate any one of the shapes reaches (the shared y-domain of a preview). */
export function peakRps(shapes: readonly LoadShape[], durationS: number): number {
  let peak = 0;
  for (const shape of shapes)
    for (const [, r] of sampleLoadShape(shape, durationS)) peak = Math.max(peak, r);
  return peak;
}
