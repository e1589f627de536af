import { describe, expect, test } from 'vitest';
import { applySteps } from '../../../../models/roadmap/apply-steps';
import { sameContent } from '../../../../models/roadmap/canonical';
import { groupDiff } from '../../../../models/roadmap/group-diff';
import { planRoadmap } from '../../../../models/roadmap/plan';
import { RoadmapError } from '../../../../models/roadmap/roadmap-error';
import { reorderSteps } from '../../../../models/roadmap/reorder-steps';
import { renameStep } from '../../../../models/roadmap/rename-step';
import { splitStep } from '../../../../models/roadmap/split-step';
import { mergeSteps } from '../../../../models/roadmap/merge-steps';
import { addEdge, addNode, removeEdge } from '../../../../models/changes';
import type { RoadmapStep, Variant } from '../../../../models/types';
import { sampleProject } from '../../../helpers/sample-project';
import { loadProject } from '../../../../models/load';

const project = sampleProject();
const [asIs, toBe] = project.variants as [
  (typeof project.variants)[0],
  (typeof project.variants)[0],
];
const steps = groupDiff(asIs, toBe);
const byKind = (kind: string): RoadmapStep[] => steps.filter((s) => s.kind === kind);
const ops = (s: RoadmapStep): string[] =>
  s.changes.map((c) => `${c.op} ${'id' in c ? c.id : String(('node' in c ? c.node : c.edge).id)}`);

describe('grouping the portal diff', () => {
  test('recognises each pattern once, with the changes that belong to it', () => {
    expect(steps.map((s) => s.kind).sort()).toEqual(
      [
        'add-dead-letter-queue',
        'add-dead-letter-queue',
        'add-retries',
        'add-timeout',
        'decouple-through-queue',
        'fan-out-through-topic',
        'make-consumer-idempotent',
        'remove-call',
      ].sort(),
    );
    const [decouple] = byKind('decouple-through-queue');
    expect(ops(decouple!)).toEqual([
      'addNode statement-requests',
      'addEdge portal-requests',
      'addEdge requests-statements',
      'removeEdge portal-statements',
    ]);
    expect(decouple!.title).toBe('Decouple Portal → Statements through Statement requests');
    const [fanOut] = byKind('fan-out-through-topic');
    expect(ops(fanOut!)).toEqual([
      'addNode customer-events',
      'addEdge portal-customer-events',
      'addEdge customer-events-email',
      'addEdge customer-events-audit',
      'removeEdge portal-email',
      'removeEdge portal-audit',
    ]);
    expect(fanOut!.title).toContain('Email and Audit');
    expect(byKind('remove-call').map(ops)).toEqual([['removeEdge portal-crm']]);
    expect(byKind('make-consumer-idempotent')[0]!.title).toBe('Make Archiver idempotent on Events');
  });

  test('a new queue with a new dead-letter queue is created first, then wired by its own step', () => {
    const decouple = byKind('decouple-through-queue')[0]!;
    const added = decouple.changes.find((c) => c.op === 'addNode');
    expect(
      added && 'node' in added && added.node.kind === 'queue' && added.node.deadLetterQueue,
    ).toBe(null);
    const dlqSteps = byKind('add-dead-letter-queue');
    expect(dlqSteps.map((s) => s.title).sort()).toEqual([
      'Add dead-letter queue Events DLQ to Events',
      'Add dead-letter queue Statement DLQ to Statement requests',
    ]);
    const order = steps.map((s) => s.id);
    const wire = dlqSteps.find((s) => s.title.includes('Statement DLQ'))!;
    expect(order.indexOf(wire.id)).toBeGreaterThan(order.indexOf(decouple.id));
  });

  test('timeout and retries on one call become two chained steps, timeout first', () => {
    const t = steps.findIndex((s) => s.kind === 'add-timeout');
    const r = steps.findIndex((s) => s.kind === 'add-retries');
    expect(t).toBeLessThan(r);
    expect(steps[t]!.title).toBe('Add a timeout to Browser → Portal');
    const timeoutOnly = steps[t]!.changes[0]!;
    const edge =
      'edge' in timeoutOnly && timeoutOnly.edge.kind === 'call' ? timeoutOnly.edge : null;
    expect(edge?.timeoutMs).toBe(2000);
    expect(edge?.retries).toBe(null);
  });

  test('each kind gets its own checklist', () => {
    const ids = (kind: string): string[] => byKind(kind)[0]!.checklist.map((c) => c.id);
    expect(ids('decouple-through-queue')).toEqual(
      expect.arrayContaining([
        'contract',
        'idempotency-key',
        'dead-letter',
        'monitor-backlog',
        'monitor-latency',
        'monitor-errors',
        'rollback',
      ]),
    );
    expect(ids('add-retries')).toEqual(
      expect.arrayContaining(['retry-safe', 'retry-budget', 'rollback']),
    );
    expect(ids('add-retries')).not.toContain('monitor-backlog');
    const contract = byKind('fan-out-through-topic')[0]!.checklist.find((c) => c.id === 'contract');
    expect(contract?.label).toContain('"CustomerChanged"');
  });

  test('all steps reproduce the to-be', () => {
    expect(sameContent(applySteps(asIs, steps), toBe)).toBe(true);
  });
});

describe('new brokers with new dead-letter queues', () => {
  test('a new node fed by both a new queue and that queue’s new dead-letter queue: an order exists and reproduces the to-be', () => {
    // Case 5364 of fuzz seed 20261205: the step adding "worker" took the dead-letter queue's edge,
    // the dead-letter step needed "jobs", and "jobs" needed "worker" (its consume edge): the
    // steps needed each other and `roadmap` stopped with "cannot apply updateNode".
    const loaded = loadProject(
      JSON.stringify({
        format: 'spillway',
        version: 3,
        name: 'dlq order',
        variants: [
          {
            id: 'as-is',
            name: 'As-is',
            nodes: [{ id: 'old', kind: 'service', name: 'Old' }],
            edges: [],
          },
          {
            id: 'to-be',
            name: 'To-be',
            nodes: [
              { id: 'worker', kind: 'service', name: 'Worker' },
              {
                id: 'jobs',
                kind: 'queue',
                name: 'Jobs',
                technology: 'rabbitmq',
                deadLetterQueue: 'jobs-dlq',
              },
              { id: 'jobs-dlq', kind: 'queue', name: 'Jobs DLQ', technology: 'rabbitmq' },
            ],
            edges: [
              { id: 'dlq-worker', kind: 'consume', from: 'jobs-dlq', to: 'worker' },
              { id: 'jobs-worker', kind: 'consume', from: 'jobs', to: 'worker' },
            ],
          },
        ],
        scenarios: [],
      }),
    );
    if (!loaded.ok) throw new Error(JSON.stringify(loaded.errors));
    const [from, to] = loaded.project.variants as [Variant, Variant];
    const planned = groupDiff(from, to);
    expect(sameContent(applySteps(from, planned), to)).toBe(true);
    const dlq = planned.findIndex((s) => s.kind === 'add-dead-letter-queue');
    expect(planned.findIndex((s) => ops(s).includes('addNode jobs'))).toBeLessThan(dlq);
  });
});

describe('planRoadmap', () => {
  test('saved steps that still apply come first, unchanged; stale ones are dropped with a reason', () => {
    const recorded: RoadmapStep = {
      id: 'my-decouple',
      kind: 'decouple-through-queue',
      title: 'Statements via a queue (recorded)',
      rationale: 'drawn in the editor',
      owner: 'Team Billing',
      recorded: true,
      changes: [
        addNode({
          ...toBe.nodes.find((n) => n.id === 'statement-requests')!,
          deadLetterQueue: null,
        } as never),
        addEdge(toBe.edges.find((e) => e.id === 'portal-requests')!),
        addEdge(toBe.edges.find((e) => e.id === 'requests-statements')!),
        removeEdge('portal-statements'),
      ],
      checklist: [],
    };
    const stale: RoadmapStep = {
      ...recorded,
      id: 'stale',
      title: 'Gone',
      changes: [removeEdge('no-such-edge')],
    };
    const withRoadmap = sampleProject({
      roadmap: { from: 'as-is', to: 'to-be', steps: [recorded, stale] },
    });
    const plan = planRoadmap(withRoadmap, 'as-is', 'to-be');
    expect(plan.steps[0]).toEqual(recorded);
    expect(plan.dropped.map((d) => d.step.id)).toEqual(['stale']);
    expect(plan.dropped[0]!.reason).toContain('no-such-edge');
    expect(plan.steps.filter((s) => s.kind === 'decouple-through-queue')).toHaveLength(1);
    expect(sameContent(applySteps(asIs, plan.steps), toBe)).toBe(true);
  });

  test('an unknown variant is a clear error', () => {
    expect(() => planRoadmap(project, 'as-is', 'nope')).toThrow(RoadmapError);
    expect(() => planRoadmap(project, 'as-is', 'nope')).toThrow(
      'no variant "nope" in the project (variants: "as-is", "to-be")',
    );
  });
});

describe('editing steps', () => {
  test('moving the dead-letter wiring before the queue exists is refused, naming both', () => {
    const wire = steps.findIndex((s) => s.title.includes('Statement DLQ'));
    const result = reorderSteps(asIs, steps, wire, 0);
    expect(result).toEqual({
      ok: false,
      explanation:
        '“Add dead-letter queue Statement DLQ to Statement requests” uses the queue “Statement requests”, which “Decouple Portal → Statements through Statement requests” creates, so it must come after it.',
    });
  });

  test('independent steps can swap', () => {
    const removal = steps.findIndex((s) => s.kind === 'remove-call');
    const result = reorderSteps(asIs, steps, removal, 0);
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.steps[0]!.kind).toBe('remove-call');
  });

  test('rename trims and refuses an empty title; split gives one step per change; merge joins', () => {
    expect(renameStep(steps, 0, '  New title ')).toMatchObject({ ok: true });
    expect(renameStep(steps, 0, '   ')).toEqual({
      ok: false,
      explanation: 'A step needs a title.',
    });
    expect(() => renameStep(steps, 99, 'x')).toThrow('step 99 is out of range');
    const d = steps.findIndex((s) => s.kind === 'decouple-through-queue');
    const split = splitStep(asIs, steps, d);
    expect(split.ok).toBe(true);
    if (!split.ok) return;
    expect(split.steps).toHaveLength(steps.length + 3);
    expect(split.steps.slice(d, d + 4).map((s) => s.kind)).toEqual([
      'add-node',
      'add-edge',
      'add-edge',
      'remove-call',
    ]);
    const merged = mergeSteps(asIs, split.steps, d, d + 1);
    expect(merged.ok).toBe(true);
    if (merged.ok) expect(merged.steps[d]!.changes).toHaveLength(2);
  });
});

describe('removals wait for the steps that still need what they remove', () => {
  test('a call moved away from a retired service must be moved first', () => {
    const moved = sampleProject();
    const [from, target] = moved.variants as [typeof asIs, typeof asIs];
    const to = {
      ...target,
      nodes: from.nodes.filter((n) => n.id !== 'crm'),
      edges: from.edges.map((e) => (e.id === 'portal-crm' ? { ...e, to: 'email' } : e)),
    };
    const plan = groupDiff(from, to);
    expect(plan.map((s) => s.kind)).toEqual(['change-edge', 'remove-node']);
    expect(reorderSteps(from, plan, 1, 0)).toEqual({
      ok: false,
      explanation:
        '“Retire CRM” removes the external “CRM”, which “Change Portal → Email (to)” still needs, so it must come after it.',
    });
  });
});

test('two new queues that are each other’s dead-letter queue are wired without a cycle', () => {
  const q = (id: string, dlq: string) => ({
    ...toBe.nodes.find((n) => n.id === 'events-dlq')!,
    id,
    name: id,
    deadLetterQueue: dlq,
  });
  const to = {
    ...toBe,
    nodes: [...asIs.nodes, q('left', 'right'), q('right', 'left')] as typeof toBe.nodes,
    edges: asIs.edges,
  };
  const plan = groupDiff(asIs, to);
  expect(plan.map((s) => s.kind)).toEqual(['add-dead-letter-queue', 'add-dead-letter-queue']);
  expect(sameContent(applySteps(asIs, plan), to)).toBe(true);
  expect(reorderSteps(asIs, plan, 1, 0).ok).toBe(false);
});
