// "Put a cache in front": every synchronous call to the node goes to a new cache, which calls the
// node on a miss; simulated, the node takes the misses only and the mean latency follows the hit ratio.
import { describe, expect, test } from 'vitest';
import { applyChanges } from '../../../../models/changes';
import { applyTransformation } from '../../../../models/transformations/apply-transformation';
import { putCacheInFront } from '../../../../models/transformations/put-cache-in-front';
import { TRANSFORMATIONS } from '../../../../models/transformations/catalogue';
import { candidatesFor } from '../../../../simulator/advisor/candidates';
import type { ServiceLikeNode, Variant } from '../../../../models/types';
import { call, client, constantLoad, project, service } from '../../../helpers/build-project';
import {
  roadmapRoundTrip,
  run,
  transformed,
  variantOf,
} from '../../../helpers/flow-transform-helpers';
import { expectValid, fixtureProject } from '../../../helpers/transformation-fixture';

const asIs = (): Variant => fixtureProject().variants[0]!;

describe('put a cache in front: the change', () => {
  test('a cache takes the node’s calls, keeping each call’s settings, and calls the node itself', () => {
    const before = asIs();
    const r = putCacheInFront(before, 'db');
    const after = applyChanges(before, r.changes);
    const cache = after.nodes.find((n) => n.id === 'db-cache') as ServiceLikeNode;
    expect(cache).toMatchObject({ kind: 'cache', name: 'DB cache', hitRatio: 0.9 });
    // Misses hold a worker while the store answers: at least 64, or twice the store's workers.
    expect(cache.concurrency).toBe(64);
    const apiDb = before.edges.find((e) => e.id === 'api-db')!;
    expect(after.edges.find((e) => e.id === 'api-db')).toEqual({ ...apiDb, to: 'db-cache' });
    const fill = after.edges.filter((e) => e.from === 'db-cache');
    expect(fill.map((e) => [e.kind, e.to])).toEqual([['call', 'db']]);
    expect(after.edges.filter((e) => e.to === 'db').map((e) => e.from)).toEqual(['db-cache']);
    expect(r.step).toMatchObject({ kind: 'put-cache-in-front', recorded: true });
    expect(r.step.title).toBe('Put a cache in front of DB');
    expect(expectValid(applyTransformation(fixtureProject(), 'as-is', r))).toEqual([]);
  });

  test('refuses, saying why: a queue, a client, a cache, a node nothing calls', () => {
    const v = asIs();
    expect(() => putCacheInFront(v, 'orders')).toThrow(/"Orders" is a queue/);
    expect(() => putCacheInFront(v, 'web')).toThrow(/"Web" is a client/);
    const cached = applyChanges(v, putCacheInFront(v, 'db').changes);
    expect(() => putCacheInFront(cached, 'db-cache')).toThrow(/"DB cache" is itself a cache/);
    expect(() => putCacheInFront(v, 'web-api-not-a-node')).toThrow(/no node/);
    const billingOnlyConsumes = {
      ...v,
      edges: v.edges.filter((e) => e.id !== 'api-billing'),
    };
    expect(() => putCacheInFront(billingOnlyConsumes, 'billing')).toThrow(
      /nothing calls "Billing" synchronously/,
    );
  });

  test('is in the catalogue, applied to a node, but the advisor does not guess a hit ratio', () => {
    expect(TRANSFORMATIONS.find((t) => t.name === 'putCacheInFront')).toMatchObject({
      on: 'node',
      label: 'Put a cache in front',
      notAdvised: expect.stringContaining('hit ratio'),
    });
    const p = fixtureProject();
    const tried = candidatesFor(p, p.variants[0]!).map((c) => c.transformation);
    expect(tried).toContain('rateLimitCallers');
    expect(tried).not.toContain('putCacheInFront');
  });
});

describe('put a cache in front: its effect, simulated', () => {
  // 200 calls/s to a store of 10 ms; a lookup of 1 ms, 90 % hits.
  const withStore = () =>
    project(
      [
        client(),
        service('db', { serviceTimeMs: { type: 'constant', value: 10 }, concurrency: 64 }),
      ],
      [call('c', 'db')],
      { durationS: 60, warmupS: 0, load: constantLoad(200) },
    );

  test('the store takes the misses only; the mean latency is h·lookup + (1 − h)·(lookup + store)', () => {
    const p = withStore();
    const r0 = putCacheInFront(variantOf(p), 'db');
    const p1 = transformed(p, {
      ...r0,
      changes: r0.changes.map((c) =>
        c.op === 'addNode'
          ? { ...c, node: { ...c.node, serviceTimeMs: { type: 'constant', value: 1 } } }
          : c,
      ),
    });
    const before = run(p);
    const after = run(p1);
    const lookups = after.nodes['db-cache']!.arrivals;
    const hits = after.nodes['db-cache']!.hits!;
    expect(lookups).toBe(before.nodes.db!.arrivals);
    // Misses reach the store, within those still in flight at the end.
    expect(Math.abs(after.nodes.db!.arrivals - (lookups - hits))).toBeLessThanOrEqual(
      after.conservation.inFlight,
    );
    expect(Math.abs(hits - 0.9 * lookups)).toBeLessThan(4 * Math.sqrt(lookups * 0.09));
    // 0.9 × 1 + 0.1 × 11 = 2 ms; the mean of n lookups has sd 10·√(0.09/n).
    const sd = 10 * Math.sqrt(0.09 / lookups);
    expect(Math.abs(after.entry.succeededLatencyMs.mean - 2)).toBeLessThan(4 * sd);
    expect(before.entry.succeededLatencyMs.mean).toBeCloseTo(10, 5);
  });
});

test('roadmap round trip: the recorded step, saved and reloaded, replays to the to-be', () => {
  const { replayed, toBe, steps } = roadmapRoundTrip(fixtureProject(), (v) =>
    putCacheInFront(v, 'db'),
  );
  expect(steps!.steps.map((s) => [s.kind, s.recorded])).toEqual([['put-cache-in-front', true]]);
  expect(replayed.nodes).toEqual(toBe.nodes);
  expect(replayed.edges).toEqual(toBe.edges);
});
