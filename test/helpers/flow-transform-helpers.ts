// Shared by the tests of the flow transformations (fallback, compensation, rate limit).
import { applyChanges } from '../../models/changes';
import { applySteps } from '../../models/roadmap/apply-steps';
import { planRoadmap } from '../../models/roadmap/plan';
import { loadProject } from '../../models/load';
import { serializeProject } from '../../models/serialize';
import { applyTransformation } from '../../models/transformations/apply-transformation';
import type { TransformationResult } from '../../models/transformations/transformation';
import type { Project, Variant } from '../../models/types';
import { simulate } from '../../simulator/simulate';
import type { SimulationResult } from '../../simulator/result';

export const variantOf = (p: Project, id = 'v'): Variant => p.variants.find((v) => v.id === id)!;

/** The project with the transformation applied to variant `v` (no roadmap step). */
export function transformed(p: Project, r: TransformationResult): Project {
  return {
    ...p,
    variants: p.variants.map((v) => (v.id === 'v' ? applyChanges(v, r.changes) : v)),
  };
}

export const run = (p: Project, seed = 1): SimulationResult =>
  simulate(p, { variant: 'v', scenario: 's', seed });

/** The edge ids of a node's plan, in order. */
export const planIds = (v: Variant, nodeId: string): string[] =>
  v.edges.filter((e) => e.from === nodeId && e.kind !== 'consume').map((e) => e.id);

/**
 * Records `build`'s step on a copy of the first variant ("to-be"), saves and reloads the project,
 * and replays the roadmap from the first variant: the replayed variant and the to-be.
 */
export function roadmapRoundTrip(
  p: Project,
  build: (toBe: Variant) => TransformationResult,
): { replayed: Variant; toBe: Variant; steps: Project['roadmap'] } {
  const from = p.variants[0]!;
  const start: Project = {
    ...p,
    variants: [from, { ...structuredClone(from), id: 'to-be', name: 'To be' }],
    roadmap: undefined,
  };
  const recorded = applyTransformation(start, 'to-be', build(variantOf(start, 'to-be')));
  const loaded = loadProject(serializeProject(recorded));
  if (!loaded.ok) throw new Error(loaded.errors.map((e) => e.message).join('; '));
  const plan = planRoadmap(loaded.project, from.id, 'to-be');
  if (plan.dropped.length > 0) throw new Error(plan.dropped[0]!.reason);
  return {
    replayed: applySteps(variantOf(loaded.project, from.id), plan.steps),
    toBe: variantOf(loaded.project, 'to-be'),
    steps: { ...loaded.project.roadmap!, steps: plan.steps },
  };
}
