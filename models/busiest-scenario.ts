import { rateFunction } from './load-rate';
import type { Project, Scenario } from './types';

/**
 * The highest total rate of requests a scenario offers at any moment: its clients' rates added
 * up, taken where one of them bends (for piecewise-linear and stepwise shapes the maximum of
 * the sum is at such a point), at the start and at the end.
 */
export function peakOfferedRps(scenario: Scenario): number {
  const d = scenario.durationS;
  const fns = scenario.load.map((l) => rateFunction(l.shape, d));
  const times = new Set<number>([0, d]);
  for (const fn of fns)
    for (const t of fn.breakpoints) {
      if (t < 0 || t > d) continue;
      times.add(t);
      // A stepwise rate holds each value up to its next breakpoint, exclusive.
      if (fn.stepwise && t > 0) times.add(Math.max(0, t - 1e-9));
    }
  let peak = 0;
  for (const t of times) {
    let total = 0;
    for (const fn of fns) total += fn.rate(t);
    if (total > peak) peak = total;
  }
  return peak;
}

/**
 * The scenario a migration is judged by when the user has not chosen one: the one that offers
 * the most load at its peak (the first among equals), or null without scenarios.
 */
export function busiestScenario(project: Project): Scenario | null {
  let best: Scenario | null = null;
  let bestPeak = -1;
  for (const s of project.scenarios) {
    const peak = peakOfferedRps(s);
    if (peak > bestPeak) {
      best = s;
      bestPeak = peak;
    }
  }
  return best;
}
