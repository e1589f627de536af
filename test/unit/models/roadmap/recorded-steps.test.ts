// Steps the editor's transformation commands record are used as they are by the roadmap.
import { expect, test } from 'vitest';
import { EXAMPLES } from '../../../../models/examples/index';
import { applySteps } from '../../../../models/roadmap/apply-steps';
import { sameContent } from '../../../../models/roadmap/canonical';
import { planRoadmap } from '../../../../models/roadmap/plan';
import { applyTransformation } from '../../../../models/transformations/apply-transformation';
import { addCircuitBreaker } from '../../../../models/transformations/add-circuit-breaker';
import { decoupleThroughQueue } from '../../../../models/transformations/decouple-through-queue';
import { fanOutThroughTopic } from '../../../../models/transformations/fan-out-through-topic';
import { newEdge } from '../../../../models/elements/new-edge';
import { newNode } from '../../../../models/elements/new-node';
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

test('a transformation recorded after hand edits keeps its step: what it removes that never was in the as-is is moot, and the new nodes it wires come with it', () => {
  let project = startingPoint();
  const toBe = (): Project['variants'][number] => project.variants.find((v) => v.id === 'to-be')!;
  // By hand, unrecorded: a new service and a call to it from the portal.
  const audit = newNode('service', { x: 600, y: 400 }, project);
  const call = newEdge(
    'call',
    'portal',
    audit.id,
    toBe().edges.map((e) => e.id),
  );
  project = {
    ...project,
    variants: project.variants.map((v) =>
      v.id !== 'to-be'
        ? v
        : {
            ...v,
            nodes: [...v.nodes, { ...audit, name: 'Audit log' }],
            edges: [...v.edges, call],
          },
    ),
  };
  project = applyTransformation(project, 'to-be', fanOutThroughTopic(toBe(), 'portal'));
  const recorded = project.roadmap!.steps[0]!;

  const plan = planRoadmap(project, 'as-is', 'to-be');
  expect(plan.dropped).toEqual([]);
  expect(plan.steps[0]!.id).toBe(recorded.id);
  expect(plan.steps[0]!.title).toBe(recorded.title);
  expect(plan.steps[0]!.recorded).toBe(true);
  // The call to the new service never existed in the as-is: nothing to remove; the new service
  // is added by the step that subscribes it.
  const ops = plan.steps[0]!.changes.map(
    (c) => `${c.op} ${'id' in c ? c.id : 'node' in c ? c.node.id : c.edge.id}`,
  );
  expect(project.roadmap!.steps[0]!.changes).toContainEqual({ op: 'removeEdge', id: call.id });
  expect(ops).not.toContain(`removeEdge ${call.id}`);
  expect(ops).toContain(`addNode ${audit.id}`);
  expect(sameContent(applySteps(project.variants[0]!, plan.steps), toBe())).toBe(true);
});
