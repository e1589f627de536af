import type { RoadmapStep, Variant } from '../types';
import { applySteps } from './apply-steps';
import { stepsProblem } from './check-steps';
import { brokenDependency, stepDependencies } from './dependencies';
import { RoadmapError } from './roadmap-error';
import type { StepEdit } from './step-edit';

function checkIndex(steps: readonly RoadmapStep[], i: number, what: string): void {
  if (!Number.isInteger(i) || i < 0 || i >= steps.length) {
    throw new RoadmapError(`${what} ${i} is out of range (the roadmap has ${steps.length} steps)`);
  }
}
export { checkIndex };

/**
 * Moves the step at `fromIndex` to `toIndex`. Refused, with the dependency named, when a step
 * would come before a step it depends on (or when the order would not reach the same end).
 */
export function reorderSteps(
  base: Variant,
  steps: readonly RoadmapStep[],
  fromIndex: number,
  toIndex: number,
): StepEdit {
  checkIndex(steps, fromIndex, 'step');
  checkIndex(steps, toIndex, 'position');
  const next = [...steps];
  const [moved] = next.splice(fromIndex, 1);
  next.splice(toIndex, 0, moved!);
  const broken = brokenDependency(
    stepDependencies(base, steps),
    next.map((s) => s.id),
  );
  if (broken) return { ok: false, explanation: `${broken.reason}, so it must come after it.` };
  const problem = stepsProblem(base, next, applySteps(base, steps));
  if (problem) return { ok: false, explanation: `This order does not work: ${problem}.` };
  return { ok: true, steps: next };
}
