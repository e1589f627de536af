// The breaking point of an M/M/c service against queueing theory. With c servers of rate μ and
// Poisson arrivals at λ, a request waits with probability C = ErlangC(c, λ/μ), and then for an
// Exp(θ) time, θ = cμ − λ; its service is Exp(μ), independent. So the response time T = W + S has
//   P(T > t) = (1 − C) e^{−μt} + C (θ e^{−μt} − μ e^{−θt}) / (θ − μ)      (θ ≠ μ)
// and the latency objective "99 % within t" holds exactly while P(T > t) ≤ 0.01. That tail grows
// with λ, so the breaking point λ* solves P(T > t) = 0.01; the test finds it by bisection on the
// closed form and asks the simulated sweep to land within 3 % of it.
import { describe, expect, test } from 'vitest';
import { sweepLoad } from '../../../../simulator/sweep/load-sweep';
import { call, client, constantLoad, project, service } from '../../../helpers/build-project';
import { erlangC } from '../../../helpers/erlang-c';

function responseTail(c: number, mu: number, lambda: number, t: number): number {
  const C = erlangC(c, lambda / mu);
  const theta = c * mu - lambda;
  return (
    (1 - C) * Math.exp(-mu * t) +
    (C * (theta * Math.exp(-mu * t) - mu * Math.exp(-theta * t))) / (theta - mu)
  );
}

/** λ* (per ms) where P(T > t) = 1 − percentile, by bisection on the closed form. */
function theoreticalBreak(c: number, mu: number, t: number, percentile: number): number {
  let lo = 0;
  let hi = c * mu * (1 - 1e-9);
  for (let i = 0; i < 200; i++) {
    const mid = (lo + hi) / 2;
    if (responseTail(c, mu, mid, t) <= 1 - percentile) lo = mid;
    else hi = mid;
  }
  return lo;
}

describe('breaking point of M/M/4 (mean service 8 ms) for "99 % within 60 ms"', () => {
  const c = 4;
  const meanMs = 8;
  const targetMs = 60;
  // About 411 rps (utilisation 0.82): the tail crosses 1 % there.
  const lambdaStar = theoreticalBreak(c, 1 / meanMs, targetMs, 0.99) * 1000;
  const p = {
    ...project(
      [
        client(),
        service('s', { concurrency: c, serviceTimeMs: { type: 'exponential', mean: meanMs } }),
      ],
      [call('c', 's')],
      { durationS: 300, warmupS: 20, load: constantLoad(100) },
    ),
    slo: {
      latencyPercentile: 99,
      latencyTargetMs: targetMs,
      availability: 0.99,
      maxMessageAgeMs: null,
    },
  };

  test('the closed form puts it near 411 rps', () => {
    expect(lambdaStar).toBeGreaterThan(405);
    expect(lambdaStar).toBeLessThan(415);
  });

  test('bisection with 4 replications lands within 3 % of the Erlang-C answer, the bracket around it', async () => {
    const sweep = await sweepLoad(p, {
      variant: 'v',
      scenario: 's',
      from: 3,
      to: 4.8,
      steps: 4,
      replications: 4,
      tolerance: 0.005,
    });
    const bp = sweep.breakingPoint;
    expect(bp.status).toBe('found');
    const holds = bp.holds!.offeredRps;
    const missed = bp.missed!.offeredRps;
    expect(Math.abs(holds - lambdaStar) / lambdaStar).toBeLessThan(0.03);
    expect(missed).toBeGreaterThan(holds);
    expect((missed - holds) / holds).toBeLessThanOrEqual(0.005 + 1e-9);
    // Far from the break the verdicts are certain: the grid's ends hold at 300 rps and miss at 480.
    const first = sweep.points[0];
    const last = sweep.points[sweep.points.length - 1];
    expect(first).toMatchObject({ offeredRps: 300, holds: true, confidence: 1 });
    expect(last).toMatchObject({ offeredRps: 480, holds: false });
    expect(last.confidence).toBeGreaterThan(0.99);
    // Goodput follows the offered load below saturation (nothing fails here).
    expect(Math.abs(first.goodputRps!.mean - 300) / 300).toBeLessThan(0.02);
  }, 120_000);
});
