import { assertNever } from './assert-never';
import type { LoadShape, Scenario } from './types';

/** The same shape with every rate multiplied by `factor`; its timing is unchanged. */
export function scaleLoadShape(shape: LoadShape, factor: number): LoadShape {
  const x = (rps: number): number => rps * factor;
  switch (shape.type) {
    case 'constant':
      return { ...shape, rps: x(shape.rps) };
    case 'ramp':
      return { ...shape, fromRps: x(shape.fromRps), toRps: x(shape.toRps) };
    case 'spike':
      return { ...shape, baseRps: x(shape.baseRps), peakRps: x(shape.peakRps) };
    case 'steps':
      return { ...shape, points: shape.points.map(([t, rps]) => [t, x(rps)] as [number, number]) };
    case 'trace':
      return { ...shape, rps: shape.rps.map(x) };
    default:
      return assertNever(shape);
  }
}

/**
 * The scenario with its offered load scaled: every client's rate at every instant times
 * `factor` (so its peak offered rate is `factor` × the original's), faults and timing as they are.
 * A load sweep runs the scenario's shape at these factors.
 */
export function scaleScenario(scenario: Scenario, factor: number): Scenario {
  if (!(factor >= 0) || !Number.isFinite(factor))
    throw new RangeError(`a load factor must be a finite number >= 0, got ${factor}`);
  return {
    ...scenario,
    load: scenario.load.map((l) => ({ ...l, shape: scaleLoadShape(l.shape, factor) })),
  };
}
