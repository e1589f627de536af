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
import { erlangC } from '../../helpers/erlang-c';

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

function factorial(n: number): number {
  return n <= 1 ? 1 : n * factorial(n - 1);
}

/**
 * P(W + S ≤ t) for W ~ Erlang(k, rate) (W = 0 when k ≤ 0) and S ~ Exp(mu), by Simpson's rule on
 * ∫ f_W(w) (1 − e^{−mu (t − w)}) dw (2 000 intervals: error far below the tolerance).
 */
function responseCdf(k: number, rate: number, mu: number, t: number): number {
  if (k <= 0) return 1 - Math.exp(-mu * t);
  const density = (w: number): number =>
    (rate ** k * w ** (k - 1) * Math.exp(-rate * w)) / factorial(k - 1);
  const f = (w: number): number => density(w) * (1 - Math.exp(-mu * (t - w)));
  const n = 2000;
  const h = t / n;
  let sum = f(0) + f(t);
  for (let i = 1; i < n; i++) sum += (i % 2 === 1 ? 4 : 2) * f(i * h);
  return (sum * h) / 3;
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

  test('M/M/2/6 loss system (λ = 300/s, mean 8 ms, 4 waiting places): blocking and the latency of the requests that got in', () => {
    // Stationary distribution of the number in system n = 0..K (c = 2 servers, K = 6 places).
    const c = 2;
    const K = 6;
    const lambda = 0.3; // per ms
    const mu = 1 / 8;
    const a = lambda / mu;
    const weights = Array.from({ length: K + 1 }, (_, n) =>
      n <= c ? a ** n / factorial(n) : a ** n / (factorial(c) * c ** (n - c)),
    );
    const total = weights.reduce((x, y) => x + y, 0);
    const pn = weights.map((w) => w / total);
    const blocking = pn[K]!; // PASTA: an arrival finds the system full with probability p_K
    const L = pn.reduce((sum, q, n) => sum + n * q, 0);
    const W = L / (lambda * (1 - blocking)); // Little's law over the requests that got in
    // P(T ≤ t) of an admitted request: it finds n < K with probability p_n / (1 − p_K); with n ≥ c
    // it waits an Erlang(n − c + 1, cμ) time for a server, then is served in Exp(μ).
    const targetMs = 20;
    const within = pn
      .slice(0, K)
      .reduce(
        (sum, q, n) => sum + (q / (1 - blocking)) * responseCdf(n - c + 1, c * mu, mu, targetMs),
        0,
      );

    const p = project(
      [
        client(),
        service('s', {
          concurrency: c,
          queueLimit: K - c,
          serviceTimeMs: { type: 'exponential', mean: 8 },
        }),
      ],
      [call('c', 's')],
      { durationS: 2000, warmupS: 100, load: constantLoad(300) },
    );
    p.slo = { ...p.slo, latencyTargetMs: targetMs };
    const rs = runs(p);
    expectNear(
      rs.map((r) => r.entry.failed / r.entry.requests),
      blocking,
      0.03,
    );
    // The latency of the requests that succeeded: the refused ones are not in it.
    expectNear(
      rs.map((r) => r.entry.succeededLatencyMs.mean),
      W,
      0.03,
    );
    expectNear(
      rs.map((r) => r.entry.succeededWithinTarget / r.entry.succeeded),
      within,
      0.02,
    );
    // Every outcome together reads lower: the refusals enter it at ~0 ms. That is why the
    // headline figures are those of the successful requests.
    expectNear(
      rs.map((r) => r.entry.latencyMs.mean),
      (1 - blocking) * W,
      0.03,
    );
    expect(blocking).toBeGreaterThan(0.1);
    for (const r of rs) expect(r.entry.timeToFailMs.max).toBe(0);
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
