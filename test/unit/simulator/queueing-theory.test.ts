// The engine against closed forms. Each check runs R independent replications (seeds 1..R) and
// requires the theoretical value to lie within 4 standard errors of the replication mean (the
// standard error comes from the replications themselves, so the tolerance follows the run
// length), and within a small relative bound as a sanity cap. Parameters and the reasoning are in
// docs/simulator.md.
import { describe, expect, test } from 'vitest';
import { meanCi95 } from '../../../simulator/student-t';
import { simulate } from '../../../simulator/simulate';
import type { SimulationResult } from '../../../simulator/result';
import type { Project } from '../../../models/types';
import { call, client, constantLoad, project, service } from '../../helpers/build-project';

const R = 5;

function runs(p: Project): SimulationResult[] {
  return Array.from({ length: R }, (_, i) =>
    simulate(p, { variant: 'v', scenario: 's', seed: i + 1 }),
  );
}

/** Asserts that theory lies within 4 standard errors of the replications' mean and within `rel`. */
function expectNear(values: number[], theory: number, rel: number): void {
  const { mean, ci95 } = meanCi95(values);
  const se = ci95 / 2.776; // t(0.975, 4)
  expect(Math.abs(mean - theory)).toBeLessThanOrEqual(Math.max(4 * se, 1e-9));
  expect(Math.abs(mean - theory) / theory).toBeLessThan(rel);
}

/** Erlang C: the probability that an arrival waits in an M/M/c queue with offered load a = λ/μ. */
function erlangC(c: number, a: number): number {
  let term = 1;
  let sum = 1;
  for (let k = 1; k < c; k++) {
    term *= a / k;
    sum += term;
  }
  const last = (term * a) / c;
  const tail = last * (c / (c - a));
  return tail / (sum + tail);
}

function singleServer(
  workers: number,
  rps: number,
  serviceTimeMs: unknown,
  durationS = 2000,
): Project {
  return project(
    [client(), service('s', { concurrency: workers, serviceTimeMs })],
    [call('c', 's')],
    {
      durationS,
      warmupS: 100,
      load: constantLoad(rps),
    },
  );
}

describe('closed forms', () => {
  test('M/M/1 (λ = 100/s, mean service 8 ms, ρ = 0.8): W = 40 ms, Lq = 3.2, utilisation 0.8', () => {
    const rs = runs(singleServer(1, 100, { type: 'exponential', mean: 8 }));
    expectNear(
      rs.map((r) => r.entry.latencyMs.mean),
      8 / (1 - 0.8),
      0.03,
    );
    expectNear(
      rs.map((r) => r.nodes.s.meanQueueLength),
      (0.8 * 0.8) / (1 - 0.8),
      0.06,
    );
    expectNear(
      rs.map((r) => r.nodes.s.utilization),
      0.8,
      0.01,
    );
    // The median of the M/M/1 response time (exponential with mean W) is W ln 2.
    expectNear(
      rs.map((r) => r.entry.latencyMs.p50),
      40 * Math.LN2,
      0.03,
    );
  });

  test('M/M/4 (λ = 400/s, mean service 8 ms, ρ = 0.8): Erlang C mean wait and response time', () => {
    const c = 4;
    const lambda = 0.4; // per ms
    const mu = 1 / 8;
    const a = lambda / mu;
    const wq = erlangC(c, a) / (c * mu - lambda);
    // 1 000 s at 400/s is as many requests as 4 000 s of the single server: plenty.
    const rs = runs(singleServer(c, 400, { type: 'exponential', mean: 8 }, 1000));
    expectNear(
      rs.map((r) => r.entry.latencyMs.mean),
      wq + 8,
      0.03,
    );
    expectNear(
      rs.map((r) => r.nodes.s.meanQueueLength),
      lambda * wq,
      0.06,
    );
    expectNear(
      rs.map((r) => r.nodes.s.utilization),
      a / c,
      0.01,
    );
  });

  test('M/D/1 (λ = 100/s, constant service 8 ms, ρ = 0.8): Pollaczek–Khinchine W = 24 ms', () => {
    const rho = 0.8;
    const wq = (rho * 8) / (2 * (1 - rho));
    const rs = runs(singleServer(1, 100, { type: 'constant', value: 8 }));
    expectNear(
      rs.map((r) => r.entry.latencyMs.mean),
      wq + 8,
      0.03,
    );
    expectNear(
      rs.map((r) => r.nodes.s.meanQueueLength),
      0.1 * wq,
      0.06,
    );
  });

  test("Little's law L = λW holds at every node of a multi-node model", () => {
    const p = project(
      [
        client(),
        service('gw', {
          concurrency: 16,
          callMode: 'parallel',
          serviceTimeMs: { type: 'lognormal', p50: 2, p99: 10 },
        }),
        service('a', { concurrency: 4, serviceTimeMs: { type: 'exponential', mean: 5 } }),
        service('b', { concurrency: 2, serviceTimeMs: { type: 'uniform', min: 1, max: 9 } }),
        service('db', {
          concurrency: 8,
          serviceTimeMs: { type: 'empirical', values: [1, 2, 3, 10] },
        }),
      ],
      [
        call('c', 'gw'),
        call('gw', 'a', { latencyMs: { type: 'constant', value: 1 } }),
        call('gw', 'b', { probability: 0.5 }),
        call('a', 'db', { count: 2 }),
        call('b', 'db'),
      ],
      { durationS: 1000, warmupS: 50, load: constantLoad(300) },
    );
    const r = simulate(p, { variant: 'v', scenario: 's' });
    const measuredS = 950;
    const workers: Record<string, number> = { gw: 16, a: 4, b: 2, db: 8 };
    for (const [id, n] of Object.entries(r.nodes)) {
      const L = n.meanQueueLength + n.utilization * workers[id];
      const lambda = n.arrivals / (measuredS * 1000);
      const W = n.latencyMs.mean;
      // Boundary effects (jobs that straddle the warm-up or the end) are O(L / arrivals): far below 1 %.
      expect(Math.abs(L - lambda * W) / L).toBeLessThan(0.01);
    }
  });
});
