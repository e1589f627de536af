// Flows that depend on outcomes (format version 4): exclusive outcome groups against their
// weights (chi-square), fallbacks that hide a primary's outage, compensations that run once per
// failed saga and never for a successful one, and steps that run only on success.
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { loadProject } from '../../../models/load';
import { simulate } from '../../../simulator/simulate';
import type { SimulationResult } from '../../../simulator/result';
import {
  call,
  client,
  constantLoad,
  project,
  publish,
  broker,
  consume,
  service,
} from '../../helpers/build-project';

const constant = (value: number) => ({ type: 'constant', value });
const quick = (ms = 1) => ({ serviceTimeMs: constant(ms), concurrency: 1000 });
const run = (p: ReturnType<typeof project>, seed = 1): SimulationResult =>
  simulate(p, { variant: 'v', scenario: 's', seed });

/** Pearson's statistic of observed counts against expected shares. */
function chiSquare(observed: number[], shares: number[]): number {
  const n = observed.reduce((a, b) => a + b, 0);
  return observed.reduce((x, o, i) => x + (o - n * shares[i]!) ** 2 / (n * shares[i]!), 0);
}
// Upper 0.1 % points of chi-square with 1 and 2 degrees of freedom.
const CHI2_999 = { 1: 10.828, 2: 13.816 };

describe('exclusive outcomes', () => {
  test('over 100 000 requests the outcome frequencies match the weights 0.97 / 0.03, one outcome per request', () => {
    const r = run(
      project(
        [
          client(),
          service('payment', quick()),
          service('succeeded', quick()),
          service('failed', quick()),
        ],
        [
          call('c', 'payment'),
          call('payment', 'succeeded', { outcome: { group: 'result', weight: 0.97 } }),
          call('payment', 'failed', { outcome: { group: 'result', weight: 0.03 } }),
        ],
        { durationS: 1001, warmupS: 0, load: constantLoad(100) },
      ),
    );
    const ok = r.nodes.succeeded!.arrivals;
    const ko = r.nodes.failed!.arrivals;
    expect(ok + ko).toBeGreaterThan(100_000);
    // Exactly one outcome per request that got that far (payment's jobs still working at the end took none yet).
    expect(ok + ko).toBe(r.nodes.payment!.arrivals - r.conservation.inFlight);
    expect(r.outcomes!.taken['payment-succeeded']).toBe(ok);
    expect(r.outcomes!.taken['payment-failed']).toBe(ko);
    expect(chiSquare([ok, ko], [0.97, 0.03])).toBeLessThan(CHI2_999[1]);
  });

  test('a router sending 50/30/20 among three services, chi-square at p > 0.001', () => {
    const r = run(
      project(
        [
          client(),
          service('router', quick()),
          service('a', quick()),
          service('b', quick()),
          service('d', quick()),
        ],
        [
          call('c', 'router'),
          call('router', 'a', { outcome: { group: 'route', weight: 0.5 } }),
          call('router', 'b', { outcome: { group: 'route', weight: 0.3 } }),
          call('router', 'd', { outcome: { group: 'route', weight: 0.2 } }),
        ],
        { durationS: 1000, warmupS: 0, load: constantLoad(100) },
      ),
      4,
    );
    const counts = ['a', 'b', 'd'].map((id) => r.nodes[id]!.arrivals);
    expect(counts.reduce((x, y) => x + y, 0)).toBe(
      r.nodes.router!.arrivals - r.conservation.inFlight,
    );
    expect(chiSquare(counts, [0.5, 0.3, 0.2])).toBeLessThan(CHI2_999[2]);
  });
});

describe('fallbacks', () => {
  const model = (outage: boolean) =>
    project(
      [
        client(),
        service('api', quick(1)),
        service('primary', quick(5)),
        service('secondary', quick(20)),
      ],
      [call('c', 'api'), call('api', 'primary'), call('api', 'secondary', { when: 'fallback' })],
      {
        durationS: 60,
        warmupS: 0,
        load: constantLoad(50),
        faults: outage ? [{ node: 'primary', type: 'outage', startS: 0, endS: 60 }] : [],
      },
    );

  test("a fallback that always succeeds hides the primary's outage; the latency becomes the fallback's", () => {
    const healthy = run(model(false));
    const down = run(model(true));
    expect(healthy.entry.failed).toBe(0);
    expect(down.entry.failed).toBe(0);
    expect(down.entry.succeeded).toBe(healthy.entry.succeeded);
    // Constant times, no queueing: 1 ms of work, then 5 ms at the primary, or a refusal at once
    // and 20 ms at the secondary.
    expect(healthy.entry.succeededLatencyMs.p50).toBeCloseTo(6, 0);
    expect(down.entry.succeededLatencyMs.p50).toBeCloseTo(21, 0);
    expect(healthy.outcomes).toEqual({
      fallbacks: 0,
      fallbacksRecovered: 0,
      compensations: 0,
      taken: { 'api-secondary': 0 },
    });
    expect(down.outcomes!.fallbacks).toBe(down.nodes.secondary!.arrivals);
    expect(down.outcomes!.fallbacksRecovered).toBe(down.entry.succeeded);
  });

  test('a fallback that fails too leaves the request failed, with the first reason', () => {
    const p = model(true);
    const secondary = p.variants[0]!.nodes.find((n) => n.id === 'secondary')!;
    Object.assign(secondary, { errorRate: 1 });
    const r = run(p);
    expect(r.entry.succeeded).toBe(0);
    expect(r.entry.errors.rejected).toBe(r.entry.failed);
    expect(r.outcomes!.fallbacksRecovered).toBe(0);
  });
});

describe('sagas: compensations and steps on success', () => {
  const saga = () =>
    project(
      [
        client(),
        service('orders', quick()),
        service('stock', quick()),
        service('payments', { ...quick(), errorRate: 0.1 }),
        service('shipping', quick()),
        service('release-stock', quick()),
        service('confirm', quick()),
      ],
      [
        call('c', 'orders'),
        call('orders', 'stock'),
        call('orders', 'payments'),
        call('orders', 'shipping'),
        call('orders', 'release-stock', { when: 'onFailure' }),
        call('orders', 'confirm', { when: 'onSuccess' }),
      ],
      { durationS: 120, warmupS: 0, load: constantLoad(100) },
    );

  test('a compensation runs once per failed saga and never for a successful one', () => {
    const r = run(saga());
    const n = r.nodes;
    expect(r.entry.failed).toBeGreaterThan(500);
    // Every failed order was compensated once, and nothing else was.
    expect(n['release-stock']!.arrivals).toBe(r.outcomes!.compensations);
    expect(Math.abs(n['release-stock']!.arrivals - r.entry.failed)).toBeLessThanOrEqual(
      r.conservation.inFlight,
    );
    // After a failed payment the plan's ordinary steps stop: shipping and confirmation only for successes.
    expect(Math.abs(n.shipping!.arrivals - r.entry.succeeded)).toBeLessThanOrEqual(
      r.conservation.inFlight,
    );
    expect(n.confirm!.arrivals).toBe(n.shipping!.arrivals);
    expect(n.stock!.arrivals).toBe(n.payments!.arrivals);
    // The request stays failed, with the payment's reason.
    expect(r.entry.errors.failed).toBe(r.entry.failed);
  });

  test("the service's own failure runs its on-failure publish (publish PaymentFailed), once per failure", () => {
    const r = run(
      project(
        [
          client(),
          service('payment', { ...quick(), errorRate: 0.2 }),
          broker('payment-failed', 'queue'),
          service('notify', quick()),
        ],
        [
          call('c', 'payment'),
          publish('payment', 'payment-failed', { when: 'onFailure' }),
          consume('payment-failed', 'notify'),
        ],
        { durationS: 60, warmupS: 0, load: constantLoad(100) },
      ),
    );
    expect(r.queues['payment-failed']!.published).toBe(r.outcomes!.compensations);
    expect(Math.abs(r.queues['payment-failed']!.published - r.entry.failed)).toBeLessThanOrEqual(
      r.conservation.inFlight,
    );
    expect(r.entry.failed).toBeGreaterThan(900);
  });

  test('parallel calls: the unconditional ones at once, then what reacts to their outcome', () => {
    const p = saga();
    Object.assign(
      p.variants[0]!.nodes.find((n) => n.id === 'orders')!,
      { callMode: 'parallel' },
    );
    const r = run(p);
    const n = r.nodes;
    // All three ordinary calls go out at once, whatever the payment does.
    expect(n.shipping!.arrivals).toBe(n.payments!.arrivals);
    expect(Math.abs(n['release-stock']!.arrivals - r.entry.failed)).toBeLessThanOrEqual(
      r.conservation.inFlight,
    );
    expect(Math.abs(n.confirm!.arrivals - r.entry.succeeded)).toBeLessThanOrEqual(
      r.conservation.inFlight,
    );
  });

  test('the same seed gives the same result', () => {
    expect({ ...run(saga(), 9), wallMs: 0 }).toEqual({ ...run(saga(), 9), wallMs: 0 });
  });
});

describe('the order-placement example (a saga, three designs)', () => {
  const example = loadExample();
  const runs = (variant: string) =>
    simulate(example, { variant, scenario: 'payment-provider-slowdown', seed: 1 });

  test('as-is: the compensations run once each per failed order, never for a successful one', () => {
    const r = runs('as-is');
    // Two compensations per failed order (release the stock, cancel the order).
    expect(r.outcomes!.compensations).toBe(2 * r.nodes['order-service']!.failed);
    expect(r.outcomes!.taken['order-release-inventory']).toBe(r.nodes['order-service']!.failed);
    expect(r.outcomes!.taken['order-cancel']).toBe(r.nodes['order-service']!.failed);
    // Shipping is booked for exactly the orders that succeeded (and those booking it at the end).
    const booked = r.nodes['shipping-service']!.arrivals - r.nodes['order-service']!.served;
    expect(booked).toBeGreaterThanOrEqual(0);
    expect(booked).toBeLessThanOrEqual(r.conservation.inFlight);
  });

  test.each(['to-be', 'orchestrated'])(
    '%s: exactly one payment outcome per order that got a payment answer',
    (variant) => {
      const r = runs(variant);
      const taken = Object.values(r.outcomes!.taken).reduce((a, b) => a + b, 0);
      const payer = variant === 'to-be' ? 'payment-service' : 'saga-orchestrator';
      // Handler runs that got past the payment call took one outcome each, none took two (the
      // difference: runs still carrying out their outcome at the end).
      const pending = taken - r.nodes[payer]!.served;
      expect(pending).toBeGreaterThanOrEqual(0);
      expect(pending).toBeLessThanOrEqual(r.conservation.inFlight);
      expect(chiSquare(Object.values(r.outcomes!.taken), [0.97, 0.03])).toBeLessThan(CHI2_999[1]);
    },
  );
});

function loadExample() {
  const loaded = loadProject(readFileSync('models/examples/order-placement.json', 'utf8'));
  if (!loaded.ok) throw new Error('the example must load');
  return loaded.project;
}
