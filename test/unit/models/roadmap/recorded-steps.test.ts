// Steps the editor's transformation commands record are used as they are by the roadmap.
import { expect, test } from 'vitest';
import { EXAMPLES } from '../../../../models/examples/index';
import { applySteps } from '../../../../models/roadmap/apply-steps';
import { sameContent } from '../../../../models/roadmap/canonical';
import { planRoadmap } from '../../../../models/roadmap/plan';
import { applyTransformation } from '../../../../models/transformations/apply-transformation';
import { addCircuitBreaker } from '../../../../models/transformations/add-circuit-breaker';
import { decoupleThroughQueue } from '../../../../models/transformations/decouple-through-queue';
import type { Project } from '../../../../models/types';

/** The client portal's as-is, and a to-be that starts as a copy of it. */
function startingPoint(): Project {
  const project = structuredClone(EXAMPLES.find((e) => e.id === 'client-portal')!.project);
  const asIs = project.variants.find((v) => v.id === 'as-is')!;
  return {
    ...project,
    variants: [asIs, { ...structuredClone(asIs), id: 'to-be', name: 'To be' }],
    roadmap: undefined,
  };
}

test('recorded transformations come first, unchanged, and the rest of the diff follows', () => {
  let project = startingPoint();
  const toBe = (): Project['variants'][number] => project.variants.find((v) => v.id === 'to-be')!;
  const call = toBe().edges.find((e) => e.id === 'balance-statement')!;
  project = applyTransformation(project, 'to-be', decoupleThroughQueue(toBe(), call.id));
  const first = toBe().edges.find((e) => e.kind === 'call')!;
  project = applyTransformation(project, 'to-be', addCircuitBreaker(toBe(), first.id));
  // A hand edit after the transformations: more replicas for the statement generator.
  project = {
    ...project,
    variants: project.variants.map((v) =>
      v.id !== 'to-be'
        ? v
        : {
            ...v,
            nodes: v.nodes.map((n) =>
              n.id === 'statement-generation' && 'replicas' in n ? { ...n, replicas: 3 } : n,
            ),
          },
    ),
  };
  const plan = planRoadmap(project, 'as-is', 'to-be');
  expect(plan.dropped).toEqual([]);
  expect(plan.steps.slice(0, 2)).toEqual(project.roadmap!.steps);
  expect(plan.steps.slice(0, 2).map((s) => s.recorded)).toEqual([true, true]);
  expect(plan.steps.slice(2).map((s) => [s.kind, s.recorded])).toEqual([['change-node', false]]);
  expect(sameContent(applySteps(project.variants[0]!, plan.steps), toBe())).toBe(true);
});
