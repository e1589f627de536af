// The stories the product tells, as behaviour the engine must show.
import { describe, expect, test } from 'vitest';
import { simulate } from '../../../simulator/simulate';
import type { Project } from '../../../models/types';
import {
  broker,
  call,
  client,
  consume,
  constantLoad,
  project,
  publish,
  service,
} from '../../helpers/build-project';

const run = (p: Project, variant = 'v') => simulate(p, { variant, scenario: 's' });

describe('a slow dependency', () => {
  test("exhausts its callers' workers, and the cascade lists it first", () => {
    const p = project(
      [
        client(),
        service('gateway', {
          concurrency: 16,
          queueLimit: 50,
          serviceTimeMs: { type: 'exponential', mean: 2 },
        }),
        service('accounts', {
          concurrency: 12,
          queueLimit: 50,
          serviceTimeMs: { type: 'exponential', mean: 3 },
        }),
        service('ledger', {
          concurrency: 4,
          queueLimit: 50,
          serviceTimeMs: { type: 'exponential', mean: 5 },
        }),
      ],
      [call('c', 'gateway'), call('gateway', 'accounts'), call('accounts', 'ledger')],
      {
        durationS: 120,
        warmupS: 10,
        load: constantLoad(200),
        faults: [{ type: 'slowdown', node: 'ledger', startS: 40, endS: 80, factor: 10 }],
      },
    );
    const r = run(p);
    expect(r.cascade.map((c) => c.node)).toEqual(['ledger', 'accounts', 'gateway']);
    const sat = r.cascade.map((c) => c.saturatedAtS!);
    expect(sat[0]).toBeGreaterThanOrEqual(40);
    expect(sat[0]).toBeLessThan(sat[1]);
    expect(sat[1]).toBeLessThan(sat[2]);
    // Before the slowdown the callers were mostly idle; during it every worker is held.
    const at = (s: number) => r.series.t.findIndex((t) => t >= s);
    expect(r.series.utilization.gateway[at(30)]).toBeLessThan(0.2);
    expect(r.series.utilization.gateway[at(60)]).toBeGreaterThan(0.95);
    expect(r.series.utilization.accounts[at(60)]).toBeGreaterThan(0.95);
    expect(r.entry.errors.rejected).toBeGreaterThan(1000);
  });
});

describe('retries', () => {
  const overloaded = (retries: unknown) =>
    project(
      [
        client(),
        service('api', { concurrency: 400, serviceTimeMs: { type: 'constant', value: 1 } }),
        service('backend', {
          concurrency: 4,
          queueLimit: 40,
          serviceTimeMs: { type: 'exponential', mean: 10 },
        }),
      ],
      [call('c', 'api'), call('api', 'backend', { timeoutMs: 100, retries })],
      { durationS: 60, warmupS: 5, load: constantLoad(450) },
    );

  test('without backoff amplify the load on an overloaded dependency', () => {
    const plain = run(overloaded(null));
    const storm = run(overloaded({ max: 3, backoffMs: 0, multiplier: 1 }));
    const amplification = (r: ReturnType<typeof run>) =>
      r.nodes.backend.arrivals / r.nodes.api.arrivals;
    expect(amplification(plain)).toBeCloseTo(1, 2);
    expect(amplification(storm)).toBeGreaterThan(1.5);
    // More load, no more successes: the dependency's capacity is what it is.
    expect(storm.nodes.backend.served).toBeLessThanOrEqual(plain.nodes.backend.served * 1.02);
    // The callee keeps working on requests whose callers gave up: wasted work shows as timeouts.
    expect(storm.nodes.backend.timeouts).toBeGreaterThan(0);
  });
});

describe('a queue', () => {
  const spike = {
    type: 'spike' as const,
    baseRps: 50,
    peakRps: 400,
    startS: 20,
    rampS: 2,
    holdS: 20,
  };
  const p = project(
    [
      client(),
      service('orders', {
        concurrency: 64,
        queueLimit: 100,
        serviceTimeMs: { type: 'exponential', mean: 3 },
      }),
      service('billing', {
        concurrency: 4,
        queueLimit: 20,
        serviceTimeMs: { type: 'exponential', mean: 20 },
      }),
    ],
    [call('c', 'orders', { timeoutMs: 2000 }), call('orders', 'billing')],
    { durationS: 240, warmupS: 10, load: [{ client: 'c', shape: spike }] },
    [
      {
        id: 'to-be',
        nodes: [
          client(),
          service('orders', {
            concurrency: 64,
            queueLimit: 100,
            serviceTimeMs: { type: 'exponential', mean: 3 },
          }),
          broker('billing-requests', 'queue'),
          service('billing', {
            concurrency: 4,
            queueLimit: 20,
            serviceTimeMs: { type: 'exponential', mean: 20 },
          }),
        ],
        edges: [
          call('c', 'orders', { timeoutMs: 2000 }),
          publish('orders', 'billing-requests'),
          consume('billing-requests', 'billing', { concurrency: 4 }),
        ],
      },
    ],
  );

  test('absorbs a spike the synchronous chain cannot, and its backlog drains afterwards', () => {
    const sync = run(p, 'v');
    const async = run(p, 'to-be');
    const errorRate = (r: ReturnType<typeof run>) =>
      r.entry.failed / (r.entry.succeeded + r.entry.failed);
    expect(errorRate(sync)).toBeGreaterThan(0.2);
    expect(errorRate(async)).toBe(0);
    expect(async.entry.latencyMs.p99).toBeLessThan(sync.entry.latencyMs.p99 / 10);
    const q = async.queues['billing-requests'];
    expect(q.maxBacklog).toBeGreaterThan(3000);
    expect(q.finalBacklog).toBeLessThan(20);
    const backlog = async.series.backlog['billing-requests'];
    const peakAt = backlog.indexOf(Math.max(...backlog));
    expect(async.series.t[peakAt]).toBeGreaterThan(40);
    expect(backlog[backlog.length - 1]).toBeLessThan(20);
    // Every message reached billing eventually, later than the user's answer: completion >> entry.
    expect(async.completion.latencyMs.p99).toBeGreaterThan(async.entry.latencyMs.p99 * 10);
  });
});

describe('duplicates', () => {
  const model = (idempotent: boolean) =>
    project(
      [
        client(),
        service('shop', { concurrency: 32, serviceTimeMs: { type: 'constant', value: 2 } }),
        broker('payments', 'queue', { duplicateRate: 0.1 }),
        service('charger', { concurrency: 8, serviceTimeMs: { type: 'exponential', mean: 5 } }),
        service('bank', { concurrency: 32, serviceTimeMs: { type: 'exponential', mean: 5 } }),
      ],
      [
        call('c', 'shop'),
        publish('shop', 'payments'),
        consume('payments', 'charger', { idempotent }),
        call('charger', 'bank'),
      ],
      { durationS: 60, warmupS: 5, load: constantLoad(100) },
    );

  test('a non-idempotent consumer charges twice; an idempotent one discards the duplicate', () => {
    const naive = run(model(false));
    const safe = run(model(true));
    const qn = naive.queues.payments;
    const qs = safe.queues.payments;
    expect(qn.duplicates / qn.acked).toBeCloseTo(0.1, 1);
    // Every duplicate delivery was processed again (bar the few still on their way at the end).
    expect(qn.duplicates - qn.duplicateSideEffects!).toBeLessThanOrEqual(5);
    expect(qn.duplicateSideEffects).toBeGreaterThan(300);
    expect(qn.duplicatesDiscarded).toBe(0);
    expect(qs.duplicateSideEffects).toBe(0);
    expect(qs.duplicatesDiscarded).toBeGreaterThan(300);
    // The bank sees every duplicate charge of the naive consumer, and none of the safe one's.
    expect(naive.nodes.bank.arrivals / naive.queues.payments.acked).toBeGreaterThan(1.07);
    expect(safe.nodes.bank.arrivals / safe.queues.payments.acked).toBeLessThan(1.01);
  });
});

describe('poison messages', () => {
  test('end in the dead-letter queue after maxDeliveries attempts', () => {
    const p = project(
      [
        client(),
        service('api', { concurrency: 16, serviceTimeMs: { type: 'constant', value: 1 } }),
        broker('work', 'queue', {
          maxDeliveries: 3,
          redeliveryDelayMs: 100,
          deadLetterQueue: 'work-dlq',
        }),
        broker('work-dlq', 'queue'),
        service('worker', { concurrency: 4, serviceTimeMs: { type: 'constant', value: 5 } }),
      ],
      [call('c', 'api'), publish('api', 'work'), consume('work', 'worker', { concurrency: 4 })],
      {
        durationS: 60,
        load: constantLoad(50),
        // Everything the worker handles between 20 s and 30 s fails: those messages are poison.
        faults: [{ type: 'errors', node: 'worker', startS: 20, endS: 30, rate: 1 }],
      },
    );
    const r = run(p);
    const work = r.queues.work;
    const dlq = r.queues['work-dlq'];
    expect(work.deadLettered).toBeGreaterThan(300);
    expect(dlq.published).toBe(work.deadLettered);
    expect(dlq.finalBacklog).toBe(work.deadLettered);
    expect(r.conservation.deadLettered).toBe(work.deadLettered);
    // Each dead letter was tried exactly three times; the others once.
    expect(work.delivered - work.acked).toBeGreaterThanOrEqual(3 * work.deadLettered);
    expect(r.entry.failed).toBe(0);
  });
});
