// Rate limits (a token bucket on a service or on a call edge, format version 4): the accepted
// count against the bucket's bound, bursts, per-caller quotas, retries and breakers, and that a
// limit that never bites changes nothing.
import { describe, expect, test } from 'vitest';
import { simulate } from '../../../simulator/simulate';
import type { SimulationResult } from '../../../simulator/result';
import { call, client, constantLoad, project, service } from '../../helpers/build-project';

const fast = { serviceTimeMs: { type: 'constant', value: 1 }, concurrency: 1000 };
const run = (p: ReturnType<typeof project>, seed = 1): SimulationResult =>
  simulate(p, { variant: 'v', scenario: 's', seed });
/** Calls the node let in: answered, failed or still in progress, but not refused by a limit. */
const accepted = (r: SimulationResult, id: string): number =>
  r.nodes[id]!.arrivals - (r.nodes[id]!.rateLimited ?? 0);

describe('a token bucket on a service', () => {
  test('under a constant 8× overload it admits rps per second plus the burst, and refuses the rest', () => {
    const [rps, burst, T] = [50, 10, 60];
    const r = run(
      project(
        [client(), service('api', { ...fast, rateLimit: { rps, burst } })],
        [call('c', 'api')],
        { durationS: T, warmupS: 0, load: constantLoad(8 * rps) },
      ),
    );
    const api = r.nodes.api!;
    // A bucket that starts full and refills at rps lets at most burst + rps·T through; under
    // overload every token is taken within a few ms of its arrival, so at most one (plus the
    // fraction left at the end) goes unused.
    expect(accepted(r, 'api')).toBeLessThanOrEqual(burst + rps * T);
    expect(accepted(r, 'api')).toBeGreaterThanOrEqual(burst + rps * T - 2);
    expect(api.rateLimited).toBe(r.entry.errors.rateLimited);
    expect(r.entry.failed).toBe(r.entry.errors.rateLimited);
    expect(r.entry.requests).toBeGreaterThan(7 * rps * T);
    expect(r.entry.succeeded + r.entry.failed + r.conservation.inFlight).toBe(r.entry.requests);
  });

  test('a burst of `burst` passes when the bucket hardly refills', () => {
    const r = run(
      project(
        [client(), service('api', { ...fast, rateLimit: { rps: 0.0001, burst: 25 } })],
        [call('c', 'api')],
        { durationS: 10, warmupS: 0, load: constantLoad(100) },
      ),
    );
    expect(accepted(r, 'api')).toBe(25);
    expect(r.entry.succeeded).toBe(25);
  });

  test('a limit that never bites gives the same result as no limit, to the byte', () => {
    const model = (limit: boolean) =>
      project(
        [
          client(),
          service('api', { ...(limit ? { rateLimit: { rps: 10_000, burst: 100 } } : {}) }),
          service('db', { errorRate: 0.01 }),
        ],
        [call('c', 'api'), call('api', 'db', { retries: { max: 2 } })],
        { durationS: 30, load: constantLoad(200) },
      );
    const strip = (r: SimulationResult) => ({ ...r, wallMs: 0 });
    const limited = run(model(true), 7);
    expect(limited.nodes.api!.rateLimited).toBe(0);
    expect(strip(limited)).toEqual(strip(run(model(false), 7)));
  });

  test('retries get more requests through, never more calls than the bucket allows', () => {
    const [rps, burst, T] = [50, 5, 40];
    const model = (retries: boolean) =>
      project(
        [client(), service('gw', fast), service('api', { ...fast, rateLimit: { rps, burst } })],
        [
          call('c', 'gw'),
          call('gw', 'api', retries ? { retries: { max: 4, backoffMs: 30, multiplier: 2 } } : {}),
        ],
        { durationS: T, warmupS: 0, load: constantLoad(60) },
      );
    const once = run(model(false));
    const retried = run(model(true));
    expect(retried.entry.succeeded).toBeGreaterThan(once.entry.succeeded);
    for (const r of [once, retried])
      expect(accepted(r, 'api')).toBeLessThanOrEqual(burst + rps * T);
    // Each retry is a call of its own: it arrives and may be refused again.
    expect(retried.nodes.api!.arrivals).toBeGreaterThan(once.nodes.api!.arrivals);
  });

  test('the same seed gives the same result', () => {
    const p = project(
      [client(), service('api', { rateLimit: { rps: 30, burst: 3 } })],
      [call('c', 'api', { retries: { max: 2, backoffMs: 5 } })],
      { durationS: 20, load: constantLoad(80) },
    );
    expect({ ...run(p, 3), wallMs: 0 }).toEqual({ ...run(p, 3), wallMs: 0 });
  });
});

describe('a quota on a call edge', () => {
  test("limits that caller alone: the other caller's calls all get through", () => {
    const [quota, burst, T] = [20, 2, 60];
    const r = run(
      project(
        [
          client('c1'),
          client('c2'),
          service('noisy', fast),
          service('quiet', fast),
          service('api', fast),
        ],
        [
          call('c1', 'noisy'),
          call('c2', 'quiet'),
          call('noisy', 'api', { rateLimit: { rps: quota, burst } }),
          call('quiet', 'api'),
        ],
        { durationS: T, warmupS: 0, load: [...constantLoad(100, 'c1'), ...constantLoad(30, 'c2')] },
      ),
    );
    const quiet = r.nodes.quiet!;
    const noisy = r.nodes.noisy!;
    // The quiet caller's calls are all answered; the noisy one gets its quota and the burst.
    expect(quiet.served).toBeGreaterThan(30 * T - 100);
    expect(quiet.failed).toBe(0);
    expect(noisy.served).toBeLessThanOrEqual(burst + quota * T);
    expect(noisy.served).toBeGreaterThanOrEqual(burst + quota * T - 2);
    expect(r.nodes.api!.rateLimited).toBe(noisy.failed);
    expect(r.entry.errors.rateLimited).toBe(noisy.failed);
  });

  test('a call the quota refuses takes no token from the service behind it', () => {
    const T = 30;
    const r = run(
      project(
        [
          client(),
          service('a', fast),
          service('api', { ...fast, rateLimit: { rps: 40, burst: 1 } }),
        ],
        [call('c', 'a'), call('a', 'api', { rateLimit: { rps: 10, burst: 2 } })],
        { durationS: T, warmupS: 0, load: constantLoad(100) },
      ),
    );
    // The quota (10/s) is the tighter bucket: the service's own (40/s) never runs dry. (A burst
    // of 2, not 1: a bucket of one token that is full wastes its refill until the next call.)
    expect(accepted(r, 'api')).toBeLessThanOrEqual(2 + 10 * T);
    expect(accepted(r, 'api')).toBeGreaterThanOrEqual(2 + 10 * T - 2);
  });
});

test('a circuit breaker counts refused calls as failures and opens', () => {
  const r = run(
    project(
      [
        client(),
        service('gw', fast),
        service('api', { ...fast, rateLimit: { rps: 10, burst: 1 } }),
      ],
      [
        call('c', 'gw'),
        call('gw', 'api', { circuitBreaker: { minCalls: 5, windowS: 1, openS: 1 } }),
      ],
      { durationS: 20, warmupS: 0, load: constantLoad(100) },
    ),
  );
  expect(r.entry.errors.rateLimited).toBeGreaterThan(0);
  expect(r.entry.errors.circuitOpen).toBeGreaterThan(0);
});
