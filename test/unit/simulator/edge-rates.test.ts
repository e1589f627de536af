// series.edgeRps: the traffic on each edge adds up, over the run, to the counters it must match.
import { expect, test } from 'vitest';
import { findExample } from '../../../models/examples';
import type { Project } from '../../../models/types';
import type { SimulationResult } from '../../../simulator/result';
import { runSimulation } from '../../../simulator/simulate';

/** The client portal's quarterly peak, without warm-up, so every counter covers the whole run. */
function portal(): Project {
  const p = structuredClone(findExample('client-portal')!.project);
  p.scenarios = p.scenarios.map((s) => ({ ...s, warmupS: 0 }));
  return p;
}

/** Requests or messages carried by an edge over the run: rate × bucket length, summed. */
function total(r: SimulationResult, edgeId: string): number {
  const { t, bucketS, edgeRps } = r.series;
  const v = edgeRps[edgeId]!;
  expect(v).toHaveLength(t.length);
  return Math.round(v.reduce((s, rps, k) => s + rps * Math.min(bucketS, r.simulatedS - t[k]!), 0));
}

/**
 * An edge counts a call or a publish when it is sent; the callee or the broker counts it when
 * it arrives. So the two agree but for what is still on its way when the run ends: a handful.
 */
function expectCarried(onEdge: number, counted: number): void {
  expect(onEdge).toBeGreaterThanOrEqual(counted);
  expect(onEdge - counted).toBeLessThanOrEqual(10);
}

test('to-be: consume edges carry every delivery, publish edges every publish, accepted or refused', () => {
  const { result: r } = runSimulation(portal(), {
    variant: 'to-be',
    scenario: 'statement-slowdown',
  });
  const q = r.queues;
  expect(total(r, 'transactions-identity')).toBe(q.transactions!.delivered);
  expect(total(r, 'validated-balance')).toBe(q['validated-transactions']!.delivered);
  expect(total(r, 'statement-ready-email') + total(r, 'statement-ready-push')).toBe(
    q['statement-ready']!.delivered,
  );
  expectCarried(
    total(r, 'portal-transactions'),
    q.transactions!.published + (q.transactions!.refused ?? 0),
  );
  // Calls without retries: one attempt per request that reached the callee.
  expectCarried(
    total(r, 'balance-db') + total(r, 'statement-db'),
    r.nodes['accounts-db']!.arrivals,
  );
  // Each statement makes three database calls, one after the other.
  const statements = r.nodes['statement-generation']!.arrivals;
  expect(total(r, 'statement-db')).toBeGreaterThan(3 * statements - 3 * 32 - 1);
  expect(total(r, 'statement-db')).toBeLessThanOrEqual(3 * statements);
});

test('as-is: the entry call carries every request; its rate follows the offered load', () => {
  const { result: r } = runSimulation(portal(), { variant: 'as-is', scenario: 'quarterly-peak' });
  expectCarried(total(r, 'customers-portal'), r.nodes.portal!.arrivals);
  const s = r.series;
  const k = s.t.findIndex((t) => t >= 300); // inside the 300 requests/s hold
  expect(s.edgeRps['customers-portal']![k]).toBeCloseTo(s.entryRps[k]!, 6);
});
