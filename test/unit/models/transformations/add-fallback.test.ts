// "Add a fallback": a new secondary called with when: 'fallback' right after the primary call.
import { describe, expect, test } from 'vitest';
import { applyChanges } from '../../../../models/changes';
import { addFallback } from '../../../../models/transformations/add-fallback';
import { applyTransformation } from '../../../../models/transformations/apply-transformation';
import { TransformationError } from '../../../../models/transformations/transformation';
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
const constant = (value: number) => ({ type: 'constant', value });

describe('add a fallback: the changes', () => {
  test('a new service, called as a fallback right after the primary call, before the calls that follow it', () => {
    const before = asIs();
    const r = addFallback(before, 'api-billing');
    const after = applyChanges(before, r.changes);
    const secondary = after.nodes.find((n) => n.id === 'billing-fallback')!;
    expect(secondary).toMatchObject({ kind: 'service', name: 'Billing fallback', errorRate: 0 });
    // In the plan: billing, then its fallback, then mail and db as before.
    expect(planIds(after, 'api')).toEqual([
      'api-billing',
      'api-billing-fallback',
      'api-mail',
      'api-db',
    ]);
    expect(after.edges.find((e) => e.id === 'api-billing-fallback')).toMatchObject({
      kind: 'call',
      from: 'api',
      to: 'billing-fallback',
      when: 'fallback',
      probability: 1,
    });
    // Not on another node.
    for (const n of before.nodes)
      expect(
        Math.abs(n.position.x - secondary.position.x) >= 220 ||
          Math.abs(n.position.y - secondary.position.y) >= 80,
      ).toBe(true);
    expect(r.step).toMatchObject({ kind: 'add-fallback', recorded: true });
    expect(r.step.title).toBe('Add a fallback to API → Billing');
    expect(expectValid(applyTransformation(fixtureProject(), 'as-is', r))).toEqual([]);
  });

  test('the secondary has as many workers as the primary, and a unique id across variants', () => {
    const r = addFallback(asIs(), 'api-billing', { otherNodeIds: ['billing-fallback'] });
    const add = r.changes.find((c) => c.op === 'addNode');
    expect(add).toMatchObject({ node: { id: 'billing-fallback-2' } });
    const billing = asIs().nodes.find((n) => n.id === 'billing')!;
    expect(add).toMatchObject({
      node: { replicas: (billing as { replicas: number }).replicas },
    });
  });

  test('refuses, saying why: a client, a fallback, a call that has one, an outcome, not a call', () => {
    const v = asIs();
    expect(() => addFallback(v, 'web-api')).toThrow(/"Web" is a client: it has no outcome/);
    const withOne = applyChanges(v, addFallback(v, 'api-billing').changes);
    expect(() => addFallback(withOne, 'api-billing')).toThrow(
      /already has a fallback: "Billing fallback"/,
    );
    expect(() => addFallback(withOne, 'api-billing-fallback')).toThrow(/itself a fallback/);
    const grouped = {
      ...v,
      edges: v.edges.map((e) =>
        e.id === 'api-mail' ? { ...e, outcome: { group: 'notify', weight: 1 } } : e,
      ),
    };
    expect(() => addFallback(grouped, 'api-mail')).toThrow(/one outcome of group "notify"/);
    expect(() => addFallback(v, 'orders-billing')).toThrow(TransformationError);
    expect(() => addFallback(v, 'orders-billing')).toThrow(/is a consume, not a call/);
  });
});

describe('add a fallback: its effect, simulated', () => {
  // api calls the primary, then audit; the primary may be down for the whole run.
  const model = (outage: boolean) =>
    project(
      [
        client(),
        service('api', { serviceTimeMs: constant(1), concurrency: 1000 }),
        service('primary', { serviceTimeMs: constant(5), concurrency: 1000 }),
        service('audit', { serviceTimeMs: constant(1), concurrency: 1000 }),
      ],
      [call('c', 'api'), call('api', 'primary'), call('api', 'audit')],
      {
        durationS: 60,
        warmupS: 0,
        load: constantLoad(50),
        faults: outage ? [{ node: 'primary', type: 'outage', startS: 0, endS: 60 }] : [],
      },
    );
  const withFallback = (outage: boolean) => {
    const p = model(outage);
    return transformed(p, addFallback(variantOf(p), 'api-primary'));
  };

  test("the fallback hides the primary's outage: every request succeeds, at about the fallback's latency, and the calls after it still run", () => {
    const healthy = run(model(false));
    const down = run(model(true));
    const rescued = run(withFallback(true));
    // Without the fallback the outage fails every request; with it, none.
    expect(down.entry.succeeded).toBe(0);
    expect(healthy.entry.failed).toBe(0);
    expect(rescued.entry.failed).toBe(0);
    expect(rescued.entry.succeeded).toBe(healthy.entry.succeeded);
    expect(rescued.outcomes!.fallbacksRecovered).toBe(rescued.entry.succeeded);
    // Constant times, no queueing: 1 ms of work + 5 ms primary + 1 ms audit healthy; with the
    // primary down, 1 + the fallback's lognormal (median 2 ms) + 1.
    expect(healthy.entry.succeededLatencyMs.p50).toBeCloseTo(7, 0);
    expect(rescued.entry.succeededLatencyMs.p50).toBeGreaterThan(3.6);
    expect(rescued.entry.succeededLatencyMs.p50).toBeLessThan(4.4);
    // Placed right after the primary, the fallback lets the plan go on: audit sees every request.
    expect(rescued.nodes.audit!.arrivals).toBe(rescued.entry.succeeded);
  });

  test('when the primary is healthy the fallback is never called', () => {
    const r = run(withFallback(false));
    expect(r.nodes['primary-fallback']!.arrivals).toBe(0);
    expect(r.outcomes!.fallbacks).toBe(0);
    expect(r.entry.failed).toBe(0);
  });
});

test('roadmap round trip: the recorded step, saved and reloaded, replays to the to-be, edge order included', () => {
  const { replayed, toBe, steps } = roadmapRoundTrip(fixtureProject(), (v) =>
    addFallback(v, 'api-billing'),
  );
  expect(steps!.steps.map((s) => [s.kind, s.recorded])).toEqual([['add-fallback', true]]);
  expect(replayed.edges).toEqual(toBe.edges);
  expect(replayed.nodes).toEqual(toBe.nodes);
});
