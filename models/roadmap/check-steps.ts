import type { RoadmapStep, Variant } from '../types';
import { applyChanges, ChangeError } from '../changes';
import { sameContent } from './canonical';
import { variantProblems } from './variant-problems';

/**
 * Why applying `steps` to `base` in this order does not work, or null: every step must apply,
 * every intermediate variant must be valid, and (when given) the end must be `expected`.
 */
export function stepsProblem(
  base: Variant,
  steps: readonly RoadmapStep[],
  expected?: Variant,
): string | null {
  let current = base;
  for (const [i, step] of steps.entries()) {
    try {
      current = applyChanges(current, step.changes);
    } catch (e) {
      if (e instanceof ChangeError)
        return `step ${i + 1} “${step.title}” no longer applies: ${e.message}`;
      throw e;
    }
    const problems = variantProblems(current);
    if (problems.length > 0)
      return `after step ${i + 1} “${step.title}” the system would be invalid: ${problems[0]}`;
  }
  if (expected && !sameContent(current, expected)) {
    return 'in this order the steps no longer end at the target design (two steps change the same thing)';
  }
  return null;
}
