// The engine counts from the start of a run and clears what it counted when the warm-up ends (a
// branch on the warm-up in every handler would cost V8 a deoptimisation of each at that moment).
// The results must not show it: nothing measured before the warm-up's end, ever.
import { expect, test } from 'vitest';
import { simulate } from '../../../simulator/simulate';
import {
  broker,
  call,
  client,
  constantLoad,
  consume,
  project,
  publish,
  service,
} from '../../helpers/build-project';

const system = (warmupS: number) =>
  project(
    [
      client(),
      service('api', { concurrency: 4, serviceTimeMs: 20 }),
      broker('q', 'queue'),
      service('worker', { concurrency: 2, serviceTimeMs: 5 }),
    ],
    [call('c', 'api', { timeoutMs: 30 }), publish('api', 'q'), consume('q', 'worker')],
    { durationS: 60, warmupS, load: constantLoad(150) },
  );

test('a run cut short within its warm-up has measured nothing, and its records still add up', () => {
  const r = simulate(system(50), { variant: 'v', scenario: 's', maxEvents: 8192 });
  expect(r.cutShort?.reason).toBe('events');
  expect(r.cutShort!.atS).toBeLessThan(50);
  expect(r.entry.requests).toBe(0);
  for (const id of ['api', 'worker']) {
    const n = r.nodes[id];
    expect([n.arrivals, n.served, n.failed, n.rejected, n.timeouts]).toEqual([0, 0, 0, 0, 0]);
    expect([n.utilization, n.meanQueueLength, n.maxQueueLength]).toEqual([0, 0, 0]);
    expect(n.latencyMs.max).toBe(0);
  }
  expect(r.nodes.api.latencyMs.p99).toBe(0);
  expect([r.queues.q.published, r.queues.q.delivered, r.queues.q.maxBacklog]).toEqual([0, 0, 0]);
  // The series count from the start, warm-up or not: the work was done.
  expect(Math.max(...r.series.entryRps)).toBeGreaterThan(0);
  const c = r.conservation;
  expect(c.generated).toBeGreaterThan(0);
  expect(c.generated).toBe(c.succeeded + c.failed + c.deadLettered + c.inFlight);
});

test('after the warm-up a node counts only what arrived after it', () => {
  // The same seed draws the same run whatever the warm-up: only what is measured differs.
  const all = simulate(system(0), { variant: 'v', scenario: 's' });
  const late = simulate(system(30), { variant: 'v', scenario: 's' });
  expect(late.events).toBe(all.events + 1); // the warm-up's end is an event of its own
  const bucketS = all.series.bucketS;
  const fromWarmUp = all.series.entryRps
    .slice(Math.round(30 / bucketS))
    .reduce((s, rps) => s + Math.round(rps * bucketS), 0);
  expect(late.entry.requests).toBe(fromWarmUp);
  // Every request makes one call to api: its arrivals after the warm-up are the entries' own,
  // give or take the few whose call had not yet reached it when the warm-up ended.
  expect(Math.abs(late.nodes.api.arrivals - fromWarmUp)).toBeLessThanOrEqual(4);
  expect(late.nodes.api.arrivals).toBeLessThan(all.nodes.api.arrivals * 0.55);
  expect(late.queues.q.published).toBeLessThan(all.queues.q.published * 0.55);
  expect(late.queues.q.published).toBeGreaterThan(all.queues.q.published * 0.45);
});
