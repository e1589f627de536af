// "Compensate on failure": an on-failure call to a new compensating endpoint, right after the
// step (after its fallbacks), or last in a service's plan.
import { describe, expect, test } from 'vitest';
import { applyChanges } from '../../../../models/changes';
import { addFallback } from '../../../../models/transformations/add-fallback';
import { applyTransformation } from '../../../../models/transformations/apply-transformation';
import {
  compensateOnFailure,
  compensateServiceOnFailure,
} from '../../../../models/transformations/compensate-on-failure';
import type { Variant } from '../../../../models/types';
import { call, client, constantLoad, project, service } from '../../../helpers/build-project';
import {
  planIds,
  roadmapRoundTrip,
  run,
  transformed,
  variantOf,
} from '../../../helpers/flow-transform-helpers';
import { expectValid, fixtureProject } from '../../../helpers/transformation-fixture';

const asIs = (): Variant => fixtureProject().variants[0]!;
const quick = { serviceTimeMs: { type: 'constant', value: 1 }, concurrency: 1000 };

describe('compensate on failure of a call', () => {
  test('an on-failure call to a new endpoint right after the call; the result is valid', () => {
    const before = asIs();
    const r = compensateOnFailure(before, 'api-billing');
    const after = applyChanges(before, r.changes);
    expect(after.nodes.find((n) => n.id === 'billing-compensation')).toMatchObject({
      kind: 'service',
      name: 'Compensate Billing failure',
    });
    expect(planIds(after, 'api')).toEqual([
      'api-billing',
      'api-billing-compensation',
      'api-mail',
      'api-db',
    ]);
    expect(after.edges[2]).toMatchObject({ when: 'onFailure', to: 'billing-compensation' });
    expect(r.step).toMatchObject({ kind: 'compensate-on-failure', recorded: true });
    expect(r.step.title).toBe('Compensate on failure of API → Billing');
    expect(expectValid(applyTransformation(fixtureProject(), 'as-is', r))).toEqual([]);
  });

  test('after a fallback, so that it runs only when the step failed for good', () => {
    const v0 = asIs();
    const v1 = applyChanges(v0, addFallback(v0, 'api-billing').changes);
    const v2 = applyChanges(v1, compensateOnFailure(v1, 'api-billing').changes);
    expect(planIds(v2, 'api')).toEqual([
      'api-billing',
      'api-billing-fallback',
      'api-billing-compensation',
      'api-mail',
      'api-db',
    ]);
  });

  test('refuses, saying why: a client, a compensation, a call already compensated, not a call', () => {
    const v = asIs();
    expect(() => compensateOnFailure(v, 'web-api')).toThrow(
      /"Web" is a client: it has no outcome of its own to compensate/,
    );
    const once = applyChanges(v, compensateOnFailure(v, 'api-billing').changes);
    expect(() => compensateOnFailure(once, 'api-billing')).toThrow(
      /a compensation already follows this call: "Compensate Billing failure"/,
    );
    expect(() => compensateOnFailure(once, 'api-billing-compensation')).toThrow(
      /itself a compensation/,
    );
    expect(() => compensateOnFailure(v, 'orders-billing')).toThrow(/is a consume, not a call/);
  });
});

describe('compensate on failure of a service', () => {
  test('an on-failure call last in its plan', () => {
    const before = asIs();
    const after = applyChanges(before, compensateServiceOnFailure(before, 'api').changes);
    expect(planIds(after, 'api')).toEqual([
      'api-billing',
      'api-mail',
      'api-db',
      'api-api-compensation',
    ]);
    expect(after.nodes.find((n) => n.id === 'api-compensation')).toMatchObject({
      name: 'API compensation',
    });
  });

  test('refuses, saying why: a queue, a client, a service that calls nothing, one already compensated', () => {
    const v = asIs();
    expect(() => compensateServiceOnFailure(v, 'orders')).toThrow(/"Orders" is a queue/);
    expect(() => compensateServiceOnFailure(v, 'web')).toThrow(/"Web" is a client/);
    expect(() => compensateServiceOnFailure(v, 'mail')).toThrow(
      /"Mail" calls no other service: nothing it did before a failure needs undoing/,
    );
    const once = applyChanges(v, compensateServiceOnFailure(v, 'api').changes);
    expect(() => compensateServiceOnFailure(once, 'api')).toThrow(
      /already ends with a compensation: "API compensation"/,
    );
  });
});

describe('compensate on failure: its effect, simulated', () => {
  // A saga: reserve stock, take the payment (fails 10 %), ship.
  const saga = () =>
    project(
      [
        client(),
        service('orders', quick),
        service('stock', quick),
        service('payments', { ...quick, errorRate: 0.1 }),
        service('shipping', quick),
      ],
      [
        call('c', 'orders'),
        call('orders', 'stock'),
        call('orders', 'payments'),
        call('orders', 'shipping'),
      ],
      { durationS: 120, warmupS: 0, load: constantLoad(100) },
    );

  test('the compensation runs once per failed payment and never for a successful order; the orders stay failed', () => {
    const p = saga();
    const plain = run(p);
    const r = run(transformed(p, compensateOnFailure(variantOf(p), 'orders-payments')));
    const n = r.nodes;
    // About 10 % of 12 000 orders fail (3 σ ≈ 100).
    expect(Math.abs(r.entry.failed - 1200)).toBeLessThan(110);
    // A compensation never changes the outcome: as many failures as without it (within noise).
    expect(Math.abs(r.entry.failed - plain.entry.failed)).toBeLessThan(150);
    expect(n['payments-compensation']!.arrivals).toBe(r.outcomes!.compensations);
    expect(Math.abs(n['payments-compensation']!.arrivals - r.entry.failed)).toBeLessThanOrEqual(
      r.conservation.inFlight,
    );
    // Shipping only for the orders whose payment went through.
    expect(Math.abs(n.shipping!.arrivals - r.entry.succeeded)).toBeLessThanOrEqual(
      r.conservation.inFlight,
    );
  });
});

test('roadmap round trip: both kinds of step, saved and reloaded, replay to the to-be, edge order included', () => {
  const { replayed, toBe, steps } = roadmapRoundTrip(fixtureProject(), (v) =>
    compensateOnFailure(v, 'api-billing'),
  );
  expect(steps!.steps.map((s) => [s.kind, s.recorded])).toEqual([['compensate-on-failure', true]]);
  expect(replayed.edges).toEqual(toBe.edges);
  const node = roadmapRoundTrip(fixtureProject(), (v) => compensateServiceOnFailure(v, 'api'));
  expect(node.replayed.edges).toEqual(node.toBe.edges);
  expect(node.replayed.nodes).toEqual(node.toBe.nodes);
});
