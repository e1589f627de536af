import { applyChanges } from '../changes';
import type { Project } from '../types';
import type { TransformationResult } from './transformation';
import { uniqueId } from '../elements/unique-id';

/** The variant a roadmap starts from: the roadmap's own, else `as-is`, else the first. */
export function roadmapStart(project: Project): string {
  return (
    project.roadmap?.from ??
    project.variants.find((v) => v.id === 'as-is')?.id ??
    project.variants[0]!.id
  );
}

/**
 * A transformation is a roadmap step only when it moves the roadmap's target: applied to the
 * roadmap's `to` variant (or, with no roadmap yet, to any variant but the starting one). Changing
 * the starting variant itself redraws today's system, which is not a migration step.
 */
export function recordsStepsFor(project: Project, variantId: string): boolean {
  if (variantId === roadmapStart(project)) return false;
  return !project.roadmap || project.roadmap.to === variantId;
}

/**
 * Applies a transformation to one variant and, when it is a migration step (`recordsStepsFor`),
 * records it in the roadmap, creating the roadmap (from the starting variant to this one) when
 * there is none.
 */
export function applyTransformation(
  project: Project,
  variantId: string,
  result: TransformationResult,
): Project {
  const variants = project.variants.map((v) =>
    v.id === variantId ? applyChanges(v, result.changes) : v,
  );
  if (!recordsStepsFor(project, variantId)) return { ...project, variants };
  const roadmap = project.roadmap ?? { from: roadmapStart(project), to: variantId, steps: [] };
  const stepId = uniqueId(
    result.step.id,
    roadmap.steps.map((s) => s.id),
  );
  return {
    ...project,
    variants,
    roadmap: {
      ...roadmap,
      steps: [...roadmap.steps, { ...result.step, id: stepId, recorded: true }],
    },
  };
}
