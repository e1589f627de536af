import { applyChanges } from '../changes';
import type { Project } from '../types';
import type { TransformationResult } from './transformation';
import { uniqueId } from './unique-id';

/**
 * Applies a transformation to one variant and records its step in the roadmap, creating the
 * roadmap (from the as-is to the transformed variant) when the project has none yet.
 */
export function applyTransformation(project: Project, variantId: string, result: TransformationResult): Project {
  const variants = project.variants.map((v) => (v.id === variantId ? applyChanges(v, result.changes) : v));
  const from = project.variants.find((v) => v.id === 'as-is')?.id ?? project.variants[0]!.id;
  const to = variantId !== from ? variantId : (project.variants.find((v) => v.id === 'to-be')?.id ?? variantId);
  const roadmap = project.roadmap ?? { from, to, steps: [] };
  const stepId = uniqueId(result.step.id, roadmap.steps.map((s) => s.id));
  return {
    ...project,
    variants,
    roadmap: { ...roadmap, steps: [...roadmap.steps, { ...result.step, id: stepId, recorded: true }] },
  };
}
