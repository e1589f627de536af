import type { RoadmapStep, Variant } from '../types';
import { applyChanges } from '../changes';

/** The variant after the first `n` steps (all of them by default). Throws ChangeError if a step does not apply. */
export function applySteps(
  variant: Variant,
  steps: readonly RoadmapStep[],
  n: number = steps.length,
): Variant {
  return applyChanges(
    variant,
    steps.slice(0, n).flatMap((s) => s.changes),
  );
}

/** The as-is and every intermediate variant: element i is the system after i steps. */
export function intermediateVariants(variant: Variant, steps: readonly RoadmapStep[]): Variant[] {
  const out: Variant[] = [variant];
  for (const step of steps) out.push(applyChanges(out[out.length - 1]!, step.changes));
  return out;
}
