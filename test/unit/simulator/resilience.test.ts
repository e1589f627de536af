// Circuit breakers, fallbacks, timeouts and outages behave as docs/simulator.md describes.
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

const run = (p: Project) => simulate(p, { variant: 'v', scenario: 's' });
const at = (r: ReturnType<typeof run>, s: number) => r.series.t.findIndex((t) => t >= s);

describe('circuit breaker', () => {
  const model = (breaker: boolean) =>
    project(
      [
        client(),
        service('api', { concurrency: 200, serviceTimeMs: 1 }),
        service('dep', { concurrency: 50, serviceTimeMs: 5 }),
      ],
      [
        call('c', 'api'),
        call('api', 'dep', {
          timeoutMs: 50,
          circuitBreaker: breaker
            ? { failureRatio: 0.5, minCalls: 20, windowS: 2, openS: 1 }
            : null,
        }),
      ],
      {
        durationS: 60,
        load: constantLoad(200),
        faults: [{ type: 'errors', node: 'dep', startS: 20, endS: 30, rate: 1 }],
      },
    );

  test('opens when the dependency fails, spares it while open, and closes again once it recovers', () => {
    const plain = run(model(false));
    const cb = run(model(true));
    expect(plain.entry.errors.circuitOpen).toBe(0);
    expect(cb.entry.errors.circuitOpen).toBeGreaterThan(1000);
    // Open most of the time during the fault: the dependency sees far fewer calls.
    expect(cb.nodes.dep.arrivals).toBeLessThan(plain.nodes.dep.arrivals - 1000);
    // Half-open probes find it healthy after the fault: no errors in the last 20 s.
    const after = cb.series.errorRate.slice(at(cb, 35));
    expect(Math.max(...after)).toBe(0);
    expect(cb.entry.succeeded).toBeGreaterThan(9000);
  });
});

describe('optional calls', () => {
  test('are fallbacks: their failure does not fail the request', () => {
    const model = (optional: boolean) =>
      project(
        [
          client(),
          service('page', { serviceTimeMs: 2 }),
          service('recommendations', { serviceTimeMs: 2 }),
        ],
        [call('c', 'page'), call('page', 'recommendations', { optional })],
        {
          durationS: 30,
          load: constantLoad(50),
          faults: [{ type: 'outage', node: 'recommendations', startS: 0, endS: 30 }],
        },
      );
    const hard = run(model(false));
    const soft = run(model(true));
    expect(hard.entry.succeeded).toBe(0);
    expect(hard.entry.errors.rejected).toBe(hard.entry.failed);
    expect(soft.entry.failed).toBe(0);
    expect(soft.nodes.recommendations.rejected).toBe(soft.nodes.recommendations.arrivals);
  });
});

describe('timeouts', () => {
  test('abandon the wait while the callee keeps working on the request', () => {
    const p = project(
      [
        client(),
        service('api', { serviceTimeMs: 1 }),
        service('slow', { concurrency: 100, serviceTimeMs: 300 }),
      ],
      [call('c', 'api'), call('api', 'slow', { timeoutMs: 100 })],
      { durationS: 20, warmupS: 2, load: constantLoad(20) },
    );
    const r = run(p);
    expect(r.entry.succeeded).toBe(0);
    expect(r.entry.errors.timeout).toBe(r.entry.failed);
    // The caller answered after ~101 ms; the callee still finished every request (wasted work).
    expect(r.entry.latencyMs.p99).toBeLessThan(110);
    expect(r.nodes.slow.served).toBeGreaterThan(300);
    expect(r.nodes.slow.latencyMs.p50).toBeCloseTo(300, 0);
    expect(r.nodes.slow.timeouts).toBe(r.nodes.api.arrivals);
  });
});

test('a request still on the network when its caller gives up reaches the callee anyway', () => {
  const p = project(
    [
      client(),
      service('api', { serviceTimeMs: 1 }),
      service('far', { concurrency: 50, serviceTimeMs: 5 }),
    ],
    [
      call('c', 'api'),
      call('api', 'far', {
        latencyMs: 50,
        timeoutMs: 20,
        retries: { max: 2, backoffMs: 0, multiplier: 1 },
      }),
    ],
    { durationS: 20, warmupS: 2, load: constantLoad(20) },
  );
  const r = run(p);
  expect(r.entry.errors.timeout).toBe(r.entry.failed);
  expect(r.entry.succeeded).toBe(0);
  // Three attempts per request, every one delivered and worked on, every answer dropped.
  expect(r.nodes.far.arrivals / r.nodes.api.arrivals).toBeCloseTo(3, 1);
  expect(r.nodes.far.served).toBeGreaterThan(2.9 * r.nodes.api.arrivals);
  const c = r.conservation;
  expect(c.generated).toBe(c.succeeded + c.failed + c.deadLettered + c.inFlight);
});

describe('outages in messaging', () => {
  test("a consumer's outage is absorbed by the backlog, which drains when it is back", () => {
    const p = project(
      [
        client(),
        service('api', { serviceTimeMs: 1 }),
        broker('jobs', 'queue'),
        service('worker', { serviceTimeMs: { type: 'exponential', mean: 10 } }),
      ],
      [call('c', 'api'), publish('api', 'jobs'), consume('jobs', 'worker', { concurrency: 4 })],
      {
        durationS: 120,
        load: constantLoad(100),
        faults: [{ type: 'outage', node: 'worker', startS: 20, endS: 40 }],
      },
    );
    const r = run(p);
    expect(r.entry.failed).toBe(0);
    const backlog = r.series.backlog.jobs;
    expect(backlog[at(r, 39)]).toBeGreaterThan(1500);
    expect(r.queues.jobs.maxBacklog).toBeGreaterThan(1900);
    expect(r.queues.jobs.finalBacklog).toBeLessThan(20);
    expect(r.queues.jobs.messageAgeMs.max).toBeGreaterThan(19_000);
  });

  test("a broker's outage refuses publishes, and a full queue pushes back on the producer", () => {
    const p = project(
      [
        client(),
        service('api', { serviceTimeMs: 1 }),
        broker('jobs', 'queue', { capacity: 500 }),
        service('worker', { serviceTimeMs: 50 }),
      ],
      [call('c', 'api'), publish('api', 'jobs'), consume('jobs', 'worker', { concurrency: 2 })],
      {
        durationS: 60,
        load: constantLoad(100),
        faults: [{ type: 'outage', node: 'jobs', startS: 5, endS: 10 }],
      },
    );
    const r = run(p);
    // 5 s of outage at 100/s: ~500 refused as rejected; then 100/s against 40/s of consumers fills the queue.
    expect(r.entry.errors.rejected).toBeGreaterThan(400);
    expect(r.entry.errors.backpressure).toBeGreaterThan(1000);
    expect(r.queues.jobs.maxBacklog).toBe(500);
    expect(r.queues.jobs.refused).toBe(r.entry.errors.rejected + r.entry.errors.backpressure);
    expect(r.cascade.map((c) => c.node)).toContain('jobs');
  });
});
