// Services that run their calls in ordered stages (format version 5): latencies against
// hand-computed sums with constant times, failures that stop the stages, the two plain modes as
// special cases (to the byte), conservation over random staged models, determinism.
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { simulate } from '../../../simulator/simulate';
import type { SimulationResult } from '../../../simulator/result';
import type { Project } from '../../../models/types';
import { call, client, constantLoad, project, service } from '../../helpers/build-project';

const constant = (value: number) => ({ type: 'constant', value });
const quick = (ms: number, fields: Record<string, unknown> = {}) => ({
  serviceTimeMs: constant(ms),
  concurrency: 1000,
  ...fields,
});
const run = (p: Project, seed = 1): SimulationResult => ({
  ...simulate(p, { variant: 'v', scenario: 's', seed }),
  wallMs: 0,
});

/** Checkout (10 ms of its own) calls A (100 ms), B (50 ms) and ten times C (60 ms). */
function checkout(stages: unknown, fields: Record<string, unknown> = {}, cFields = {}) {
  return project(
    [
      client('web'),
      service('checkout', quick(10, { callMode: 'stages', stages, ...fields })),
      service('a', quick(100)),
      service('b', quick(50)),
      service('c', quick(60, cFields)),
    ],
    [
      call('web', 'checkout'),
      call('checkout', 'a'),
      call('checkout', 'b'),
      call('checkout', 'c', { count: 10 }),
    ],
    { durationS: 20, warmupS: 0, load: constantLoad(2, 'web') },
  );
}

/** Every request took exactly `ms` (mean and max are exact, not read from histogram buckets). */
function expectEveryLatency(r: SimulationResult, ms: number): void {
  expect(r.entry.succeeded).toBeGreaterThan(20);
  expect(r.entry.failed).toBe(0);
  expect(r.entry.succeededLatencyMs.mean).toBeCloseTo(ms, 9);
  expect(r.entry.succeededLatencyMs.max).toBeCloseTo(ms, 9);
}

describe('latency against hand-computed sums', () => {
  test('A, then B, then ten calls to C three at a time: 10 + 100 + 50 + 4 × 60 = 400 ms', () => {
    const r = run(
      checkout([
        { edges: ['checkout-a'] },
        { edges: ['checkout-b'] },
        { edges: ['checkout-c'], atATime: { 'checkout-c': 3 } },
      ]),
    );
    expectEveryLatency(r, 400);
    expect(r.nodes.c!.arrivals).toBe(10 * r.nodes.checkout!.arrivals);
  });

  test('A and B together, then C four at a time: 10 + max(100, 50) + ⌈10 / 4⌉ × 60 = 290 ms', () => {
    const r = run(
      checkout([
        { edges: ['checkout-a', 'checkout-b'] },
        { edges: ['checkout-c'], atATime: { 'checkout-c': 4 } },
      ]),
    );
    expectEveryLatency(r, 290);
  });

  test('C all at once alongside B, then A: 10 + max(50, 60) + 100 = 170 ms', () => {
    expectEveryLatency(
      run(checkout([{ edges: ['checkout-b', 'checkout-c'] }, { edges: ['checkout-a'] }])),
      170,
    );
  });

  test('edges left out of the stages run after them one call at a time: 10 + 100 + 50 + 10 × 60 = 760 ms', () => {
    expectEveryLatency(run(checkout([{ edges: ['checkout-a'] }])), 760);
  });

  test('three at a time on a C with two workers: its queue, not the limit, sets the pace (10 + 100 + 50 + 5 × 60)', () => {
    // Requests rarely meet at 0.1 per second, so the median one has C to itself.
    const p = checkout(
      [
        { edges: ['checkout-a'] },
        { edges: ['checkout-b'] },
        { edges: ['checkout-c'], atATime: { 'checkout-c': 3 } },
      ],
      {},
      { concurrency: 2 },
    );
    p.scenarios[0] = { ...p.scenarios[0]!, durationS: 3000, load: constantLoad(0.1, 'web') };
    const r = run(p);
    expect(r.entry.succeeded).toBeGreaterThan(200);
    expect(Math.abs(r.entry.succeededLatencyMs.p50 / 460 - 1)).toBeLessThan(0.01);
  });
});

describe('failures', () => {
  const failingB = (optional: boolean) =>
    project(
      [
        client('web'),
        service(
          'checkout',
          quick(10, {
            callMode: 'stages',
            stages: [
              { edges: ['checkout-a', 'checkout-b'] },
              { edges: ['checkout-c'], atATime: { 'checkout-c': 3 } },
            ],
          }),
        ),
        service('a', quick(100)),
        service('b', quick(50, { errorRate: 1 })),
        service('c', quick(60)),
      ],
      [
        call('web', 'checkout'),
        call('checkout', 'a'),
        call('checkout', 'b', { optional }),
        call('checkout', 'c', { count: 10 }),
      ],
      { durationS: 20, warmupS: 0, load: constantLoad(2, 'web') },
    );

  test('a failed call fails the job once its stage has ended; later stages are not made', () => {
    const r = run(failingB(false));
    expect(r.entry.succeeded).toBe(0);
    expect(r.entry.errors.failed).toBe(r.entry.failed);
    expect(r.entry.failed).toBeGreaterThan(20);
    // The failure came at 60 ms, but the stage waited for A: 10 + 100.
    expect(r.entry.timeToFailMs.max).toBeCloseTo(110, 9);
    expect(r.entry.timeToFailMs.mean).toBeCloseTo(110, 9);
    expect(r.nodes.c!.arrivals).toBe(0);
    expect(r.nodes.a!.arrivals).toBe(r.nodes.checkout!.arrivals);
  });

  test('an optional call that fails does not stop the stages', () => {
    const r = run(failingB(true));
    expect(r.entry.failed).toBe(0);
    expectEveryLatency(r, 10 + 100 + 4 * 60);
  });
});

/** A random model: services with random times, errors, counts, probabilities, retries and timeouts. */
function randomModel(mode: string, stages: (ids: string[]) => unknown, seed: number): Project {
  const dist = { type: 'lognormal', p50: 5, p99: 40 };
  const edges = [
    call('web', 'front'),
    call('front', 'x', { count: 3, probability: 0.8 }),
    call('front', 'y', { timeoutMs: 30, retries: { max: 2, backoffMs: 5 } }),
    call('front', 'z', { count: 2, optional: true }),
    call('y', 'z', { probability: 0.5 }),
  ];
  const ids = edges.filter((e) => e.from === 'front').map((e) => e.id as string);
  const frontStages = stages(ids);
  return project(
    [
      client('web'),
      service('front', {
        serviceTimeMs: dist,
        concurrency: 4,
        callMode: mode,
        ...(frontStages === undefined ? {} : { stages: frontStages }),
      }),
      service('x', { serviceTimeMs: dist, errorRate: 0.05, concurrency: 3 }),
      service('y', { serviceTimeMs: dist, errorRate: 0.1, concurrency: 2, queueLimit: 5 }),
      service('z', { serviceTimeMs: { type: 'exponential', mean: 8 }, errorRate: 0.2 }),
    ],
    edges,
    { durationS: 30, warmupS: 2, load: constantLoad(60, 'web'), seed },
  );
}

describe('the plain modes are special cases, to the byte', () => {
  test('stages with none listed run as sequential', () => {
    for (const seed of [1, 2, 3])
      expect(run(randomModel('stages', () => undefined, seed))).toEqual(
        run(randomModel('sequential', () => undefined, seed)),
      );
  });

  test('one stage of every edge, without limits, runs as parallel', () => {
    for (const seed of [1, 2, 3])
      expect(run(randomModel('stages', (ids) => [{ edges: ids }], seed))).toEqual(
        run(randomModel('parallel', () => undefined, seed)),
      );
  });
});

test('the same seed gives the same result; another seed another', () => {
  const staged = (seed: number) =>
    randomModel(
      'stages',
      (ids) => [{ edges: [ids[2], ids[0]], atATime: { [ids[0]!]: 2 } }, { edges: [ids[1]] }],
      seed,
    );
  expect(run(staged(7), 7)).toEqual(run(staged(7), 7));
  expect(run(staged(7), 7).entry.latencyMs).not.toEqual(run(staged(8), 8).entry.latencyMs);
});

test('nothing disappears: generated = succeeded + failed + in flight over random stages', () => {
  fc.assert(
    fc.property(
      fc.integer({ min: 0, max: 1000 }),
      fc.array(fc.integer({ min: 0, max: 2 }), { minLength: 3, maxLength: 3 }),
      fc.array(fc.integer({ min: 1, max: 3 }), { minLength: 3, maxLength: 3 }),
      (seed, stageOf, limits) => {
        const p = randomModel(
          'stages',
          (ids) =>
            [0, 1, 2]
              .map((s) => {
                const edges = ids.filter((_, i) => stageOf[i] === s);
                const atATime = Object.fromEntries(
                  edges.map((id) => [id, limits[ids.indexOf(id)]!]),
                );
                return { edges, atATime };
              })
              .filter((s) => s.edges.length > 0),
          seed,
        );
        const r = run(p, seed);
        const c = r.conservation;
        expect(c.generated).toBe(c.succeeded + c.failed + c.deadLettered + c.expired + c.inFlight);
        expect(r.entry.requests).toBeGreaterThan(0);
      },
    ),
    { numRuns: 15, seed: 20261206 },
  );
});
