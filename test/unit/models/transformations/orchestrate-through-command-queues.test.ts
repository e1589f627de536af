// "Orchestrate through command queues": a publish whose broker two or more services consume
// becomes an orchestrator that takes the event in their place and commands each through a queue.
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { applyChanges } from '../../../../models/changes';
import { allNodeIds } from '../../../../models/elements/all-node-ids';
import { loadProject } from '../../../../models/load';
import { applyTransformation } from '../../../../models/transformations/apply-transformation';
import { TRANSFORMATIONS } from '../../../../models/transformations/catalogue';
import { orchestrateThroughCommandQueues } from '../../../../models/transformations/orchestrate-through-command-queues';
import type { Project, Variant } from '../../../../models/types';
import { simulate } from '../../../../simulator/simulate';
import type { SimulationResult } from '../../../../simulator/result';
import { candidatesFor } from '../../../../simulator/advisor/candidates';
import {
  broker,
  call,
  client,
  constantLoad,
  consume,
  project,
  publish,
  service,
} from '../../../helpers/build-project';
import {
  planIds,
  roadmapRoundTrip,
  run,
  transformed,
  variantOf,
} from '../../../helpers/flow-transform-helpers';
import { expectValid } from '../../../helpers/transformation-fixture';

const quick = { serviceTimeMs: { type: 'constant', value: 1 } };

/**
 * Orders publishes OrderPlaced to a topic; Payments (3 replicas × 6 consumers) and Stock (1 × 2)
 * react to it; Payments publishes its own event, which Shipping consumes.
 */
const choreography = (): Project =>
  project(
    [
      client(),
      service('orders', { ...quick, name: 'Orders', position: { x: 0, y: 0 } }),
      broker('placed', 'topic', {
        name: 'OrderPlaced topic',
        technology: 'kafka',
        deadLetterQueue: 'dead',
        position: { x: 250, y: 0 },
      }),
      broker('dead', 'queue', { name: 'Dead letters', position: { x: 250, y: 400 } }),
      service('payments', {
        ...quick,
        name: 'Payments',
        replicas: 3,
        position: { x: 550, y: -100 },
      }),
      service('stock', { ...quick, name: 'Stock', position: { x: 550, y: 100 } }),
      broker('paid', 'queue', { name: 'Paid', position: { x: 800, y: -100 } }),
      service('shipping', { ...quick, name: 'Shipping', position: { x: 1050, y: -100 } }),
    ],
    [
      call('c', 'orders'),
      publish('orders', 'placed', { message: 'OrderPlaced' }),
      consume('placed', 'payments', { concurrency: 6, idempotent: true }),
      consume('placed', 'stock', { concurrency: 2, idempotent: true, maxConsumers: 2 }),
      publish('payments', 'paid', { message: 'PaymentTaken' }),
      consume('paid', 'shipping'),
    ],
    { durationS: 60, warmupS: 0, load: constantLoad(100) },
  );

const orchestrate = (v: Variant) => orchestrateThroughCommandQueues(v, 'orders-placed');

describe('orchestrate through command queues: what it adds and removes', () => {
  const before = variantOf(choreography());
  const r = orchestrate(before);
  const after = applyChanges(before, r.changes);
  const nodeOf = (id: string) => after.nodes.find((n) => n.id === id);
  const edgeOf = (id: string) => after.edges.find((e) => e.id === id);

  test('an orchestrator takes the event in place of the participants, sized like the largest subscription', () => {
    expect(nodeOf('orders-orchestrator')).toMatchObject({
      kind: 'service',
      name: 'Orders orchestrator',
      replicas: 3,
      serviceTimeMs: { type: 'lognormal', p50: 5, p99: 25 },
    });
    expect(after.edges.filter((e) => e.kind === 'consume' && e.from === 'placed')).toEqual([
      {
        id: 'placed-orders-orchestrator',
        kind: 'consume',
        from: 'placed',
        to: 'orders-orchestrator',
        concurrency: 6,
        maxConsumers: null,
        idempotent: true,
      },
    ]);
  });

  test('one command queue per participant, on the event broker’s technology and dead-letter queue, published to in the subscriptions’ order', () => {
    for (const [queue, name] of [
      ['payments-commands', 'Payments commands'],
      ['stock-commands', 'Stock commands'],
    ] as const)
      expect(nodeOf(queue)).toMatchObject({
        kind: 'queue',
        name,
        technology: 'kafka',
        deadLetterQueue: 'dead',
      });
    expect(planIds(after, 'orders-orchestrator')).toEqual([
      'orders-orchestrator-payments-commands',
      'orders-orchestrator-stock-commands',
    ]);
    expect(edgeOf('orders-orchestrator-payments-commands')).toMatchObject({
      kind: 'publish',
      message: 'PaymentsCommand',
    });
    expect(edgeOf('orders-orchestrator-stock-commands')).toMatchObject({
      message: 'StockCommand',
    });
  });

  test('each participant takes its commands with its former subscription’s workers and idempotency', () => {
    expect(edgeOf('payments-commands-payments')).toEqual({
      id: 'payments-commands-payments',
      kind: 'consume',
      from: 'payments-commands',
      to: 'payments',
      concurrency: 6,
      maxConsumers: null,
      idempotent: true,
    });
    expect(edgeOf('stock-commands-stock')).toMatchObject({
      from: 'stock-commands',
      concurrency: 2,
      maxConsumers: 2,
      idempotent: true,
    });
  });

  test('the publisher, the event broker and what the participants do are unchanged; only the subscriptions go', () => {
    const kept = (v: Variant) =>
      v.edges.filter((e) => !(e.kind === 'consume' && e.from === 'placed'));
    expect(kept(after).filter((e) => before.edges.some((b) => b.id === e.id))).toEqual(
      kept(before),
    );
    expect(after.nodes.slice(0, before.nodes.length)).toEqual(before.nodes);
    expect(r.changes.filter((c) => c.op === 'removeEdge')).toEqual([
      { op: 'removeEdge', id: 'placed-payments' },
      { op: 'removeEdge', id: 'placed-stock' },
    ]);
  });

  test('a recorded step with a clear title; the variant validates', () => {
    expect(r.step).toMatchObject({
      kind: 'orchestrate-through-command-queues',
      recorded: true,
      title: 'Orchestrate OrderPlaced through command queues',
    });
    expect(r.step.rationale).toContain(
      '"Orders orchestrator" takes OrderPlaced from "OrderPlaced topic" in place of Payments and Stock',
    );
    const p = choreography();
    expect(expectValid(applyTransformation(p, 'v', orchestrate(variantOf(p))))).toEqual([]);
  });

  test('the new nodes overlap no node (placed under the event broker, stacked)', () => {
    const added = after.nodes.slice(before.nodes.length);
    expect(added.map((n) => n.id)).toEqual([
      'orders-orchestrator',
      'payments-commands',
      'stock-commands',
    ]);
    for (const a of added)
      for (const b of after.nodes.filter((n) => n !== a && n.kind !== 'client'))
        expect(
          Math.abs(a.position.x - b.position.x) >= 196 ||
            Math.abs(a.position.y - b.position.y) >= 56,
          `${a.id} × ${b.id}`,
        ).toBe(true);
    // Under the event's broker, in its column.
    expect(added.every((n) => n.position.x === 250 && n.position.y > 0)).toBe(true);
  });
});

describe('orchestrate through command queues: where it does not apply, and why', () => {
  const v = variantOf(choreography());
  test.each([
    ['c-orders', /edge "c-orders" is a call, not a publish/],
    ['placed-payments', /is a consume, not a publish/],
    ['payments-paid', /only "Shipping" consumes "Paid": one participant needs no orchestrator/],
  ])('%s', (edgeId, why) => {
    expect(() => orchestrateThroughCommandQueues(v, edgeId)).toThrow(why);
  });

  test('a broker nobody consumes; an event already orchestrated', () => {
    const unread = applyChanges(v, [{ op: 'removeEdge', id: 'paid-shipping' }]);
    expect(() => orchestrateThroughCommandQueues(unread, 'payments-paid')).toThrow(
      /no service consumes "Paid": there is nothing to orchestrate/,
    );
    const once = applyChanges(v, orchestrate(v).changes);
    expect(() => orchestrate(once)).toThrow(/only "Orders orchestrator" consumes/);
  });

  test('ids stay unique across variants', () => {
    const r = orchestrateThroughCommandQueues(v, 'orders-placed', {
      otherNodeIds: ['orders-orchestrator', 'stock-commands'],
    });
    const added = r.changes.flatMap((c) => (c.op === 'addNode' ? [c.node.id] : []));
    expect(added).toEqual(['orders-orchestrator-2', 'payments-commands', 'stock-commands-2']);
  });
});

describe('orchestrate through command queues: simulated', () => {
  const p = choreography();
  const orchestrated = transformed(p, orchestrate(variantOf(p)));
  const nothingLost = (r: SimulationResult) => {
    const c = r.conservation;
    expect(c.generated).toBe(c.succeeded + c.failed + c.deadLettered + c.expired + c.inFlight);
    expect([c.failed, c.deadLettered, c.expired]).toEqual([0, 0, 0]);
  };

  test('messages are conserved and nothing is lost: every order reaches each participant once', () => {
    const before = run(p);
    const r = run(orchestrated);
    nothingLost(before);
    nothingLost(r);
    const orders = r.entry.succeeded;
    const inFlight = r.conservation.inFlight;
    expect(r.entry.failed).toBe(0);
    // The orchestrator takes every event; each participant gets one command per event.
    expect(Math.abs(r.nodes['orders-orchestrator']!.served - orders)).toBeLessThanOrEqual(inFlight);
    for (const q of ['payments-commands', 'stock-commands'])
      expect(Math.abs(r.queues[q]!.acked - orders)).toBeLessThanOrEqual(inFlight);
    for (const n of ['payments', 'stock', 'shipping'])
      expect(Math.abs(r.nodes[n]!.served - orders)).toBeLessThanOrEqual(inFlight);
    // The same work as the choreography, one hop later: as many handled by each participant.
    for (const n of ['payments', 'stock', 'shipping'])
      expect(Math.abs(r.nodes[n]!.served - before.nodes[n]!.served)).toBeLessThanOrEqual(
        inFlight + before.conservation.inFlight,
      );
    // Per event one message more: the topic's copy for each of the two subscribers becomes one
    // copy for the orchestrator and one command for each participant.
    const more = r.conservation.generated - before.conservation.generated;
    expect(Math.abs(more - orders)).toBeLessThanOrEqual(inFlight + before.conservation.inFlight);
  });

  test('the same seed gives the same result', () => {
    expect({ ...run(orchestrated, 4), wallMs: 0 }).toEqual({ ...run(orchestrated, 4), wallMs: 0 });
  });
});

describe('orchestrate through command queues in the catalogue, the advisor and the roadmap', () => {
  test('an edge transformation of the catalogue, which the advisor tries on every publish it applies to', () => {
    const spec = TRANSFORMATIONS.find((t) => t.name === 'orchestrateThroughCommandQueues');
    expect(spec).toMatchObject({ label: 'Orchestrate through command queues', on: 'edge' });
    const p = choreography();
    const tried = candidatesFor(p, variantOf(p)).filter(
      (c) => c.transformation === 'orchestrateThroughCommandQueues',
    );
    expect(tried.map((c) => [c.target, c.title])).toEqual([
      ['orders-placed', 'Orchestrate OrderPlaced through command queues'],
    ]);
  });

  test('roadmap round trip: the recorded step, saved and reloaded, replays to the to-be', () => {
    const { replayed, toBe, steps } = roadmapRoundTrip(choreography(), orchestrate);
    expect(steps!.steps.map((s) => [s.kind, s.recorded, s.title])).toEqual([
      [
        'orchestrate-through-command-queues',
        true,
        'Orchestrate OrderPlaced through command queues',
      ],
    ]);
    expect(replayed.edges).toEqual(toBe.edges);
    expect(replayed.nodes).toEqual(toBe.nodes);
  });
});

describe('the order-placement example’s Choreography, orchestrated', () => {
  const loaded = loadProject(readFileSync('models/examples/order-placement.json', 'utf8'));
  if (!loaded.ok) throw new Error('the example must load');
  const example = loaded.project;
  const choreographed = variantOf(example, 'to-be');
  const r = orchestrateThroughCommandQueues(choreographed, 'order-placed-publish', {
    otherNodeIds: allNodeIds(example),
  });
  const withIt: Project = {
    ...example,
    variants: [
      ...example.variants,
      { ...applyChanges(choreographed, r.changes), id: 'auto', name: 'Auto' },
    ],
  };

  test('the orchestrator commands Payment and Inventory; the variant validates', () => {
    const added = r.changes.flatMap((c) => (c.op === 'addNode' ? [c.node.name] : []));
    expect(added).toEqual(['Order service orchestrator', 'Payment commands', 'Inventory commands']);
    expect(expectValid(withIt)).toEqual([]);
  });

  test('under the payment-provider slowdown nothing is lost, and each order still takes exactly one payment outcome', () => {
    const run = simulate(withIt, {
      variant: 'auto',
      scenario: 'payment-provider-slowdown',
      seed: 1,
    });
    const c = run.conservation;
    expect(c.generated).toBe(c.succeeded + c.failed + c.deadLettered + c.expired + c.inFlight);
    expect([c.failed, c.deadLettered, c.expired]).toEqual([0, 0, 0]);
    const taken = Object.values(run.outcomes!.taken).reduce((a, b) => a + b, 0);
    const pending = taken - run.nodes['payment-service']!.served;
    expect(pending).toBeGreaterThanOrEqual(0);
    expect(pending).toBeLessThanOrEqual(c.inFlight);
    const orders = run.entry.succeeded;
    for (const n of ['payment-service', 'inventory-service'])
      expect(Math.abs(run.nodes[n]!.served - orders)).toBeLessThanOrEqual(c.inFlight);
  });
});
