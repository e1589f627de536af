import { describe, expect, test } from 'vitest';
import { applyChanges } from '../../../../models/changes';
import { addCircuitBreaker } from '../../../../models/transformations/add-circuit-breaker';
import { addDeadLetterQueue } from '../../../../models/transformations/add-dead-letter-queue';
import { addRetries } from '../../../../models/transformations/add-retries';
import { addTimeout } from '../../../../models/transformations/add-timeout';
import {
  applyTransformation,
  recordsStepsFor,
} from '../../../../models/transformations/apply-transformation';
import { decoupleThroughQueue } from '../../../../models/transformations/decouple-through-queue';
import { fanOutThroughTopic } from '../../../../models/transformations/fan-out-through-topic';
import { makeConsumerIdempotent } from '../../../../models/transformations/make-consumer-idempotent';
import { TransformationError } from '../../../../models/transformations/transformation';
import type { BrokerNode, CallEdge, ConsumeEdge, Variant } from '../../../../models/types';
import { expectValid, fixtureProject } from '../../../helpers/transformation-fixture';

const variant = (): Variant => fixtureProject().variants[0]!;
const edge = (v: Variant, from: string, to: string) =>
  v.edges.find((e) => e.from === from && e.to === to);

describe('decouple through a queue', () => {
  test('the call becomes publish → new queue → consume, and the result is valid', () => {
    const before = variant();
    const r = decoupleThroughQueue(before, 'api-billing');
    const after = applyChanges(before, r.changes);
    expect(edge(after, 'api', 'billing')).toBeUndefined();
    const queue = after.nodes.find((n) => n.id === 'billing-queue') as BrokerNode;
    expect(queue.kind).toBe('queue');
    expect(edge(after, 'api', 'billing-queue')).toMatchObject({
      kind: 'publish',
      probability: 0.8,
    });
    // The consumer keeps the workers Billing served the calls with (not the schema's 4).
    const billing = before.nodes.find((n) => n.id === 'billing') as { concurrency: number };
    expect(billing.concurrency).not.toBe(4);
    expect(edge(after, 'billing-queue', 'billing')).toMatchObject({
      kind: 'consume',
      idempotent: false,
      concurrency: billing.concurrency,
    });
    expect(after.nodes).toHaveLength(before.nodes.length + 1);
    expect(after.edges).toHaveLength(before.edges.length + 1);
    expect(r.step).toMatchObject({ kind: 'decouple-through-queue', recorded: true });
    expect(r.step.title).toContain('API → Billing');
    expect(r.step.rationale.length).toBeGreaterThan(40);
    const project = fixtureProject();
    expect(expectValid(applyTransformation(project, 'as-is', r))).toEqual([]);
  });

  test('refuses a call from a client or into a database, saying why', () => {
    expect(() => decoupleThroughQueue(variant(), 'web-api')).toThrow(
      /only services, databases and externals publish/,
    );
    expect(() => decoupleThroughQueue(variant(), 'api-db')).toThrow(/only a service can consume/);
    expect(() => decoupleThroughQueue(variant(), 'orders-billing')).toThrow(TransformationError);
  });

  test('the new queue id is unique across variants', () => {
    const r = decoupleThroughQueue(variant(), 'api-billing', { otherNodeIds: ['billing-queue'] });
    expect(r.changes.find((c) => c.op === 'addNode')).toMatchObject({
      node: { id: 'billing-queue-2' },
    });
  });
});

describe('fan out through a topic', () => {
  test('one topic, one subscription per called service; the database call stays', () => {
    const before = variant();
    const r = fanOutThroughTopic(before, 'api');
    const after = applyChanges(before, r.changes);
    const topic = after.nodes.find((n) => n.kind === 'topic')!;
    expect(topic.id).toBe('api-events');
    expect(edge(after, 'api', 'billing')).toBeUndefined();
    expect(edge(after, 'api', 'mail')).toBeUndefined();
    expect(edge(after, 'api', 'db')).toMatchObject({ kind: 'call' });
    expect(edge(after, 'api', topic.id)).toMatchObject({ kind: 'publish' });
    const subs = after.edges
      .filter((e): e is ConsumeEdge => e.kind === 'consume' && e.from === topic.id)
      .map((e) => e.to);
    expect(subs.sort()).toEqual(['billing', 'mail']);
    expect(r.step.kind).toBe('fan-out-through-topic');
    expect(expectValid(applyTransformation(fixtureProject(), 'as-is', r))).toEqual([]);
  });

  test('needs a service with two calls into services', () => {
    expect(() => fanOutThroughTopic(variant(), 'billing')).toThrow(/at least two/);
    expect(() => fanOutThroughTopic(variant(), 'web')).toThrow(
      /only services, databases and externals publish/,
    );
  });
});

describe('dead-letter queue', () => {
  test('adds a queue of the same technology and points the broker at it', () => {
    const before = variant();
    const r = addDeadLetterQueue(before, 'orders');
    const after = applyChanges(before, r.changes);
    const orders = after.nodes.find((n) => n.id === 'orders') as BrokerNode;
    expect(orders.deadLetterQueue).toBe('orders-dlq');
    expect(after.nodes.find((n) => n.id === 'orders-dlq')).toMatchObject({
      kind: 'queue',
      technology: 'rabbitmq',
    });
    expect(r.step.kind).toBe('add-dead-letter-queue');
    expect(expectValid(applyTransformation(fixtureProject(), 'as-is', r))).toEqual([]);
    expect(() => addDeadLetterQueue(after, 'orders')).toThrow(/already has/);
    expect(() => addDeadLetterQueue(before, 'api')).toThrow(/not a queue or topic/);
    expect(() => addDeadLetterQueue(after, 'orders-dlq')).toThrow(/itself the dead-letter queue/);
    // Placed below its broker, clear of the other nodes.
    const dlq = after.nodes.find((n) => n.id === 'orders-dlq')!;
    for (const n of after.nodes)
      if (n.id !== dlq.id)
        expect(
          Math.abs(n.position.x - dlq.position.x) >= 220 ||
            Math.abs(n.position.y - dlq.position.y) >= 80,
        ).toBe(true);
  });
});

describe('edge settings', () => {
  test('make consumer idempotent', () => {
    const before = variant();
    const r = makeConsumerIdempotent(before, 'orders-billing');
    const after = applyChanges(before, r.changes);
    expect(edge(after, 'orders', 'billing')).toMatchObject({ idempotent: true });
    expect(r.step.kind).toBe('make-consumer-idempotent');
    expect(() => makeConsumerIdempotent(after, 'orders-billing')).toThrow(/already/);
  });

  test('add timeout: three times the callee p99 (lognormal p99 50 ms → 200 ms)', () => {
    const before = variant();
    const r = addTimeout(before, 'api-mail');
    const after = applyChanges(before, r.changes);
    expect((edge(after, 'api', 'mail') as CallEdge).timeoutMs).toBe(200);
    expect(r.step.kind).toBe('add-timeout');
    expect(() => addTimeout(before, 'api-billing')).toThrow(/already has a timeout/);
    expect(() => addTimeout(before, 'api-mail', -5)).toThrow(/> 0/);
  });

  test('add retries with backoff', () => {
    const before = variant();
    const r = addRetries(before, 'api-mail', { max: 3, backoffMs: 50, multiplier: 2 });
    const after = applyChanges(before, r.changes);
    expect((edge(after, 'api', 'mail') as CallEdge).retries).toEqual({
      max: 3,
      backoffMs: 50,
      multiplier: 2,
    });
    expect(r.step.kind).toBe('add-retries');
    expect(() => addRetries(after, 'api-mail')).toThrow(/already retries/);
  });

  test('add circuit breaker', () => {
    const before = variant();
    const r = addCircuitBreaker(before, 'api-billing');
    const after = applyChanges(before, r.changes);
    expect((edge(after, 'api', 'billing') as CallEdge).circuitBreaker).toEqual({
      failureRatio: 0.5,
      minCalls: 20,
      windowS: 10,
      openS: 5,
    });
    expect(r.step.kind).toBe('add-circuit-breaker');
    expect(expectValid(applyTransformation(fixtureProject(), 'as-is', r))).toEqual([]);
  });
});

describe('recording', () => {
  test('the first step creates the roadmap; steps keep unique ids and stay in order', () => {
    let project = fixtureProject();
    project = {
      ...project,
      variants: [
        ...project.variants,
        { ...structuredClone(project.variants[0]!), id: 'to-be', name: 'To-be' },
      ],
    };
    expect(project.roadmap).toBeUndefined();
    expect(recordsStepsFor(project, 'to-be')).toBe(true);
    project = applyTransformation(project, 'to-be', addTimeout(project.variants[1]!, 'api-mail'));
    project = applyTransformation(
      project,
      'to-be',
      decoupleThroughQueue(project.variants[1]!, 'api-billing'),
    );
    expect(project.roadmap?.from).toBe('as-is');
    expect(project.roadmap?.to).toBe('to-be');
    expect(project.roadmap?.steps.map((s) => s.kind)).toEqual([
      'add-timeout',
      'decouple-through-queue',
    ]);
    expect(project.roadmap?.steps.every((s) => s.recorded)).toBe(true);
    // The as-is is untouched; replaying the recorded changes on it gives the to-be.
    const replayed = project.roadmap!.steps.reduce(
      (v, s) => applyChanges(v, s.changes),
      project.variants[0]!,
    );
    expect(replayed.edges).toEqual(project.variants[1]!.edges);
    expect(replayed.nodes).toEqual(project.variants[1]!.nodes);
    expect(expectValid(project)).toEqual([]);
  });
});

test('a transformation of the starting variant, or of a variant the roadmap does not lead to, is applied but not recorded', () => {
  const base = fixtureProject();
  expect(recordsStepsFor(base, 'as-is')).toBe(false);
  const onAsIs = applyTransformation(base, 'as-is', addTimeout(base.variants[0]!, 'api-mail'));
  expect(onAsIs.roadmap).toBeUndefined();
  expect((onAsIs.variants[0]!.edges.find((e) => e.id === 'api-mail') as CallEdge).timeoutMs).toBe(
    200,
  );

  const copy = (id: string) => ({ ...structuredClone(base.variants[0]!), id, name: id });
  let project = { ...base, variants: [base.variants[0]!, copy('to-be'), copy('other')] };
  project = applyTransformation(project, 'to-be', addTimeout(project.variants[1]!, 'api-mail'));
  expect(recordsStepsFor(project, 'other')).toBe(false);
  const onOther = applyTransformation(
    project,
    'other',
    addTimeout(project.variants[2]!, 'api-mail'),
  );
  expect(onOther.roadmap?.steps).toHaveLength(1);
  expect(onOther.variants[2]!.edges.find((e) => e.id === 'api-mail')).toMatchObject({
    timeoutMs: 200,
  });
});
