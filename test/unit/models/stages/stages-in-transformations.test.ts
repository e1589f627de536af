// Issue 15, defect 6: a transformation that replaces an edge of a staged service puts the new
// edge in the replaced edge's stage (addEdge's `sameStageAs`), so the latency keeps the stages'
// meaning; the roadmap step that records it replays to the same system, and steps that name an
// edge in a stage come after the step that creates it (hand-computed latencies, constant times).
import { describe, expect, test } from 'vitest';
import { addEdge, applyChanges, updateNode } from '../../../../models/changes';
import { moveToStage } from '../../../../models/stages/edit-stages';
import { newStep } from '../../../../models/roadmap/new-step';
import { brokenDependency, stepDependencies } from '../../../../models/roadmap/dependencies';
import { stepsProblem } from '../../../../models/roadmap/check-steps';
import { planRoadmap } from '../../../../models/roadmap/plan';
import { sameContent } from '../../../../models/roadmap/canonical';
import { decoupleThroughQueue } from '../../../../models/transformations/decouple-through-queue';
import { fanOutThroughTopic } from '../../../../models/transformations/fan-out-through-topic';
import type { ModelEdge, ModelNode, Project, Stage, Variant } from '../../../../models/types';
import { call, client, constantLoad, project, service } from '../../../helpers/build-project';
import {
  roadmapRoundTrip,
  run,
  transformed,
  variantOf,
} from '../../../helpers/flow-transform-helpers';

const constant = (value: number) => ({ type: 'constant', value });
const quick = (ms: number, fields: Record<string, unknown> = {}) => ({
  serviceTimeMs: constant(ms),
  concurrency: 1000,
  ...fields,
});
const db = (id: string, ms: number) =>
  ({ id, name: id, kind: 'database', ...quick(ms) }) as Parameters<typeof project>[0][number];

/** Checkout (10 ms) calls a (100 ms), then b (50 ms) and c (60 ms) together, then d (30 ms). */
function checkout(): Project {
  return project(
    [
      client('web'),
      service('checkout', {
        ...quick(10),
        callMode: 'stages',
        stages: [
          { edges: ['checkout-a'] },
          { edges: ['checkout-b', 'checkout-c'] },
          { edges: ['checkout-d'] },
        ],
      }),
      service('a', quick(100)),
      service('b', quick(50)),
      service('c', quick(60)),
      db('d', 30),
    ],
    [
      call('web', 'checkout'),
      call('checkout', 'a'),
      call('checkout', 'b'),
      call('checkout', 'c'),
      call('checkout', 'd'),
    ],
    { durationS: 20, warmupS: 0, load: constantLoad(2, 'web') },
  );
}

const stagesOf = (v: Variant, id = 'checkout'): Stage[] | undefined =>
  (v.nodes.find((n) => n.id === id) as { stages?: Stage[] }).stages;

/** The new broker acknowledges a publish in exactly `ms` (its technology's preset is random). */
function withAck(p: Project, brokerId: string, ms: number): Project {
  const v = variantOf(p);
  const nodes = v.nodes.map((n) =>
    n.id === brokerId ? ({ ...n, publishAckMs: constant(ms) } as ModelNode) : n,
  );
  return { ...p, variants: [{ ...v, nodes }] };
}

/** Every request took exactly `ms`. */
function expectEveryLatency(p: Project, ms: number): void {
  const r = run(p);
  expect(r.entry.succeeded).toBeGreaterThan(20);
  expect(r.entry.failed).toBe(0);
  expect(r.entry.succeededLatencyMs.mean).toBeCloseTo(ms, 9);
  expect(r.entry.succeededLatencyMs.max).toBeCloseTo(ms, 9);
}

describe('decouple a staged call through a queue', () => {
  const before = checkout();
  const result = decoupleThroughQueue(variantOf(before), 'checkout-c');
  const after = withAck(transformed(before, result), 'c-queue', 40);
  const publishId = variantOf(after).edges.find((e) => e.kind === 'publish')!.id;

  test('the publish takes the call’s place in stage 2', () => {
    expect(stagesOf(variantOf(after))).toEqual([
      { edges: ['checkout-a'] },
      { edges: ['checkout-b', publishId] },
      { edges: ['checkout-d'] },
    ]);
    expect(result.changes.map((c) => c.op)).toEqual([
      'addNode',
      'addEdge',
      'addEdge',
      'removeEdge',
    ]);
  });

  test('latency: 10 + 100 + max(50, 60) + 30 = 200 ms before, 10 + 100 + max(50, 40) + 30 = 190 ms after', () => {
    expectEveryLatency(before, 200);
    // In a stage of its own after the others it would be 10 + 100 + 50 + 30 + 40 = 230 ms.
    expectEveryLatency(after, 190);
  });

  test('a publish slower than b sets the stage: 10 + 100 + max(50, 70) + 30 = 210 ms', () => {
    expectEveryLatency(withAck(after, 'c-queue', 70), 210);
  });

  test('a call left out of the stages stays out: the publish runs after them, as the call did', () => {
    const p = checkout();
    const v = variantOf(p);
    const unlisted = {
      ...v,
      nodes: v.nodes.map((n) =>
        n.id === 'checkout'
          ? ({ ...n, stages: [{ edges: ['checkout-a'] }, { edges: ['checkout-b'] }] } as ModelNode)
          : n,
      ),
    };
    const r = decoupleThroughQueue(unlisted, 'checkout-c');
    expect(r.changes.every((c) => c.op !== 'addEdge' || c.sameStageAs === undefined)).toBe(true);
    expect(stagesOf(applyChanges(unlisted, r.changes))).toEqual([
      { edges: ['checkout-a'] },
      { edges: ['checkout-b'] },
    ]);
  });
});

describe('fan out staged calls through a topic', () => {
  /** Checkout (10 ms) calls a (100 ms) with the database d (30 ms), then b (50 ms). */
  const before = project(
    [
      client('web'),
      service('checkout', {
        ...quick(10),
        callMode: 'stages',
        stages: [{ edges: ['checkout-a', 'checkout-d'] }, { edges: ['checkout-b'] }],
      }),
      service('a', quick(100)),
      service('b', quick(50)),
      db('d', 30),
    ],
    [call('web', 'checkout'), call('checkout', 'a'), call('checkout', 'b'), call('checkout', 'd')],
    { durationS: 20, warmupS: 0, load: constantLoad(2, 'web') },
  );
  const result = fanOutThroughTopic(variantOf(before), 'checkout');
  const after = withAck(transformed(before, result), 'checkout-events', 40);
  const publishId = variantOf(after).edges.find((e) => e.kind === 'publish')!.id;

  test('the publish takes the first call’s place: stage 1, beside the database', () => {
    expect(stagesOf(variantOf(after))).toEqual([{ edges: [publishId, 'checkout-d'] }]);
  });

  test('latency: 10 + max(100, 30) + 50 = 160 ms before, 10 + max(40, 30) = 50 ms after', () => {
    expectEveryLatency(before, 160);
    // After the database's stage instead: 10 + 30 + 40 = 80 ms.
    expectEveryLatency(after, 50);
  });
});

describe('the new edge takes the replaced one’s limit', () => {
  test('a call joining the stage of a call limited to 3 at a time runs 3 at a time too', () => {
    const p = checkout();
    const v = variantOf(p);
    const limited = applyChanges(v, [
      updateNode({
        ...v.nodes.find((n) => n.id === 'checkout')!,
        stages: [
          { edges: ['checkout-a'] },
          { edges: ['checkout-c'], atATime: { 'checkout-c': 3 } },
        ],
      } as ModelNode),
    ]);
    const next = applyChanges(limited, [
      addEdge(
        { ...v.edges.find((e) => e.id === 'checkout-b')!, id: 'b2', count: 6 } as ModelEdge,
        undefined,
        'checkout-c',
      ),
    ]);
    expect(stagesOf(next)![1]).toEqual({
      edges: ['checkout-c', 'b2'],
      atATime: { 'checkout-c': 3, b2: 3 },
    });
  });

  test('an edge to share a stage with that does not exist is an error naming it', () => {
    const v = variantOf(checkout());
    expect(() =>
      applyChanges(v, [addEdge({ ...v.edges[1]!, id: 'x' }, undefined, 'gone')]),
    ).toThrow('cannot apply addEdge: no edge "gone" to share a stage with');
  });
});

describe('roadmap steps keep the stages valid', () => {
  test('the recorded step replays to the to-be, the publish in its stage, through a save and load', () => {
    const { replayed, toBe, steps } = roadmapRoundTrip(checkout(), (v) =>
      decoupleThroughQueue(v, 'checkout-c'),
    );
    expect(sameContent(replayed, toBe)).toBe(true);
    const publishId = toBe.edges.find((e) => e.kind === 'publish')!.id;
    expect(stagesOf(replayed)![1]).toEqual({ edges: ['checkout-b', publishId] });
    const add = steps!.steps[0]!.changes.find(
      (c) => c.op === 'addEdge' && c.edge.kind === 'publish',
    );
    expect(add).toMatchObject({ sameStageAs: 'checkout-c' });
  });

  test('a step that moves the new publish to another stage comes after the step that creates it', () => {
    const base = variantOf(checkout());
    const decouple = decoupleThroughQueue(base, 'checkout-c').step;
    const mid = applyChanges(base, decouple.changes);
    const publishId = mid.edges.find((e) => e.kind === 'publish')!.id;
    const node = mid.nodes.find((n) => n.id === 'checkout')!;
    const restage = newStep({
      id: 'restage',
      kind: 'change-node',
      title: 'Publish first',
      rationale: '',
      changes: [
        updateNode({ ...node, stages: moveToStage(stagesOf(mid)!, publishId, 0) } as ModelNode),
      ],
      checklist: [],
      recorded: false,
    });
    const deps = stepDependencies(base, [decouple, restage]);
    expect(deps).toContainEqual(expect.objectContaining({ step: 'restage', on: decouple.id }));
    expect(brokenDependency(deps, ['restage', decouple.id])).not.toBeNull();
    expect(brokenDependency(deps, [decouple.id, 'restage'])).toBeNull();
    expect(stepsProblem(base, [decouple, restage])).toBeNull();
    expect(stepsProblem(base, [restage, decouple])).toBe(
      `after step 1 “Publish first” the system would be invalid: no edge "${publishId}" in this variant (nodes[1].stages[0].edges[1])`,
    );
  });

  test('a step removing an edge a staged node names comes after the step that names it', () => {
    const base = variantOf(checkout());
    const node = base.nodes.find((n) => n.id === 'checkout')!;
    const together = newStep({
      id: 'together',
      kind: 'change-node',
      title: 'a with d',
      rationale: '',
      changes: [
        updateNode({
          ...node,
          stages: [
            { edges: ['checkout-a', 'checkout-d'] },
            { edges: ['checkout-b', 'checkout-c'] },
          ],
        } as ModelNode),
      ],
      checklist: [],
      recorded: false,
    });
    const decouple = decoupleThroughQueue(base, 'checkout-c').step;
    const deps = stepDependencies(base, [together, decouple]);
    expect(deps).toContainEqual(expect.objectContaining({ step: decouple.id, on: 'together' }));
  });
});

describe('a roadmap drawn by hand', () => {
  test('the steps the diff finds apply in their order: the stage naming the new publish comes after it', () => {
    const p = checkout();
    const base = variantOf(p);
    const toBe = applyChanges(base, decoupleThroughQueue(base, 'checkout-c').changes);
    const project2: Project = {
      ...p,
      variants: [base, { ...toBe, id: 'to-be', name: 'To be' }],
      roadmap: undefined,
    };
    const plan = planRoadmap(project2, 'v', 'to-be');
    expect(plan.steps.length).toBeGreaterThan(0);
    // The diff sees the decoupling, then the node's stages naming the publish: a change of its own.
    expect(plan.steps.map((s) => s.kind)).toEqual(['decouple-through-queue', 'change-node']);
    expect(stepDependencies(base, plan.steps)).toContainEqual(
      expect.objectContaining({ step: plan.steps[1]!.id, on: plan.steps[0]!.id }),
    );
    expect(stepsProblem(base, plan.steps, variantOf(project2, 'to-be'))).toBeNull();
    const order = plan.steps.map((s) => s.id);
    expect(brokenDependency(stepDependencies(base, plan.steps), order)).toBeNull();
  });
});
