import type { RoadmapStep } from '../types';
import type { StepDependency } from './dependencies';

/**
 * A topological order of the steps that respects every dependency; among the steps that are free
 * to go next, the one with the lowest rank goes first (ties: the given order). A cycle (which a
 * consistent plan never has) leaves the remaining steps in their given order.
 */
export function orderSteps(
  steps: readonly RoadmapStep[],
  deps: readonly StepDependency[],
  rank: (step: RoadmapStep) => number = () => 0,
): RoadmapStep[] {
  const waitingOn = new Map<string, Set<string>>(steps.map((s) => [s.id, new Set<string>()]));
  for (const d of deps) waitingOn.get(d.step)?.add(d.on);
  const placed = new Set<string>();
  const result: RoadmapStep[] = [];
  const remaining = [...steps];
  while (remaining.length > 0) {
    let best = -1;
    for (let i = 0; i < remaining.length; i++) {
      const s = remaining[i]!;
      if ([...waitingOn.get(s.id)!].some((on) => !placed.has(on))) continue;
      if (best < 0 || rank(s) < rank(remaining[best]!)) best = i;
    }
    if (best < 0) best = 0;
    const [next] = remaining.splice(best, 1);
    placed.add(next!.id);
    result.push(next!);
  }
  return result;
}
