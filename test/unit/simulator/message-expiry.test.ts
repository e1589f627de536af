// Message expiry (a queue's or topic's `messageTtlMs`): the expired share against the M/M/c+D
// queue's closed form, and hand calculations with constant times.
import { describe, expect, test } from 'vitest';
import { meanCi95 } from '../../../simulator/student-t';
import { simulate } from '../../../simulator/simulate';
import type { SimulationResult } from '../../../simulator/result';
import type { Fault } from '../../../models/types';
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

const constant = (value: number) => ({ type: 'constant', value });

/**
 * Probability that a customer of the M/M/c+D queue (Poisson arrivals at rate λ, c servers with
 * exponential service at rate μ, FIFO, every customer leaves unserved once it has waited τ)
 * abandons: P(V > τ), V the offered waiting time.
 *
 * Derivation (the M/M/c+G result of Baccelli & Hébuterne, written as in Zeltyn & Mandelbaum):
 * with H(x) = ∫₀ˣ P(patience > u) du, the offered wait has an atom at 0 and, for x > 0, the
 * density f(x) = λ exp(λH(x) − cμx) / (E + λJ), where J = ∫₀^∞ exp(λH(x) − cμx) dx and
 * E = Σ_{j<c} aʲ/j! ÷ (a^{c−1}/(c−1)!), a = λ/μ (without abandonment, H(x) = x, and P(V > 0)
 * becomes Erlang C). For deterministic patience τ, H(x) = min(x, τ):
 *   J = (e^{(λ−cμ)τ} − 1)/(λ − cμ) + e^{(λ−cμ)τ}/(cμ)
 *   P(V > τ) = ∫_τ^∞ f = (λ/(cμ)) e^{(λ−cμ)τ} / (E + λJ).
 * A message with a time-to-live is exactly such a customer: the engine skips (expires) a message
 * older than τ when it reaches the head of the queue, which costs no consumer, so the messages
 * served and their order are those of the queue where impatient customers leave at τ.
 */
function abandonmentMmcD(lambda: number, mu: number, c: number, tau: number): number {
  const a = lambda / mu;
  let sum = 0;
  let term = 1;
  for (let j = 0; j < c; j++) {
    if (j > 0) term *= a / j;
    sum += term;
  }
  const E = sum / term; // term = a^{c−1}/(c−1)! after the loop
  const d = lambda - c * mu;
  const grow = Math.exp(d * tau);
  const J = (d === 0 ? tau : (grow - 1) / d) + grow / (c * mu);
  return ((lambda / (c * mu)) * grow) / (E + lambda * J);
}

/** Asserts that theory lies within 4 standard errors of the replications' mean and within `rel`. */
function expectNear(values: number[], theory: number, rel: number): void {
  const { mean, ci95 } = meanCi95(values);
  const se = ci95 / 2.776; // t(0.975, 4)
  expect(Math.abs(mean - theory)).toBeLessThanOrEqual(Math.max(4 * se, 1e-9));
  expect(Math.abs(mean - theory) / theory).toBeLessThan(rel);
}

/** Poisson publishes at `rps` straight into a queue (no publish or delivery time) drained by c consumers with exponential handling. */
function mmcQueue(rps: number, meanMs: number, c: number, ttlMs: number) {
  return project(
    [
      client(),
      service('api', { concurrency: 10_000, serviceTimeMs: constant(0) }),
      broker('q', 'queue', {
        publishAckMs: constant(0),
        deliveryMs: constant(0),
        messageTtlMs: ttlMs,
      }),
      service('worker', { serviceTimeMs: { type: 'exponential', mean: meanMs } }),
    ],
    [call('c', 'api'), publish('api', 'q'), consume('q', 'worker', { concurrency: c })],
    { durationS: 400, warmupS: 20, load: constantLoad(rps) },
  );
}

describe('the expired share matches the M/M/c+D abandonment probability', () => {
  const cases = [
    // Overloaded (ρ = 1.2): P = 0.188 (hand: a = 4.8, E = 35.752/18.432 = 1.9397,
    // (λ−cμ)τ = 0.08/ms × 20 ms = 1.6, J = (e^1.6 − 1)/0.08 + e^1.6/0.4 = 61.79 ms,
    // P = 1.2 e^1.6 / (1.9397 + 0.48 × 61.79) = 5.944 / 31.60).
    { rps: 480, meanMs: 10, c: 4, ttlMs: 20, hand: 0.1881 },
    // Heavily loaded but stable without expiry (ρ = 0.95): a small tail.
    { rps: 380, meanMs: 10, c: 4, ttlMs: 30, hand: null },
  ];
  for (const { rps, meanMs, c, ttlMs, hand } of cases) {
    const theory = abandonmentMmcD(rps / 1000, 1 / meanMs, c, ttlMs);
    test(`λ = ${rps}/s, ${c} consumers of mean ${meanMs} ms, TTL ${ttlMs} ms: P(expire) = ${theory.toFixed(4)}`, () => {
      if (hand !== null) expect(theory).toBeCloseTo(hand, 3);
      const runs: SimulationResult[] = [1, 2, 3, 4, 5].map((seed) =>
        simulate(mmcQueue(rps, meanMs, c, ttlMs), { variant: 'v', scenario: 's', seed }),
      );
      const shares = runs.map((r) => r.queues.q!.expired! / r.queues.q!.published);
      expectNear(shares, theory, 0.05);
      for (const r of runs) {
        const q = r.queues.q!;
        // No message handed to a consumer had waited longer than its time-to-live.
        expect(q.messageAgeMs.max).toBeLessThanOrEqual(ttlMs);
        // Nothing else is lost: each message was handled or expired (or is still there).
        expect(q.acked + q.expired! + q.finalBacklog).toBeGreaterThanOrEqual(q.published);
        const k = r.conservation;
        expect(k.generated).toBe(k.succeeded + k.failed + k.deadLettered + k.expired + k.inFlight);
      }
    });
  }

  test('the closed form at its limits: Erlang B at TTL 0, a fifth of the plain tail at a long TTL', () => {
    // M/M/4 at a = 3.2 (λ = 0.32/ms, μ = 0.1/ms). TTL 0: whoever would wait leaves, the Erlang
    // loss system: B(4, 3.2) = (3.2⁴/4!) / Σ_{j≤4} 3.2ʲ/j! = 4.3691 / 19.1504 = 0.22815.
    const lambda = 0.32;
    const mu = 0.1;
    expect(abandonmentMmcD(lambda, mu, 4, 0)).toBeCloseTo(0.22815, 4);
    // A long TTL: almost nobody leaves, so the offered wait up to τ is the plain M/M/4's, but
    // beyond τ no one joins any more and it decays at cμ instead of cμ − λ. The share is the
    // plain P(W > τ) = C e^{−(cμ−λ)τ}, C(4, 3.2) = 0.5964, times (cμ − λ)/(cμ) = 0.08/0.4.
    const tau = 200;
    const plain = 0.5964 * Math.exp(-(0.4 - lambda) * tau);
    expect(abandonmentMmcD(lambda, mu, 4, tau) / plain).toBeCloseTo(0.2, 3);
  });
});

describe('hand calculations', () => {
  function outage(ttlMs: number, faults: Fault[], dlq: boolean) {
    const p = project(
      [
        client(),
        service('api', { serviceTimeMs: constant(1) }),
        broker('q', 'queue', {
          publishAckMs: constant(1),
          deliveryMs: constant(2),
          messageTtlMs: ttlMs,
          deadLetterQueue: dlq ? 'dlq' : null,
        }),
        broker('dlq', 'queue', { publishAckMs: constant(1), deliveryMs: constant(2) }),
        service('worker', { serviceTimeMs: constant(1) }),
      ],
      [call('c', 'api'), publish('api', 'q'), consume('q', 'worker', { concurrency: 4 })],
      { durationS: 30, load: constantLoad(50), faults },
    );
    return simulate(p, { variant: 'v', scenario: 's' });
  }

  test('consumers down from 10 s to 20 s, TTL 2 s: what was published in [10, 18) s expires into the DLQ', () => {
    const down: Fault[] = [{ type: 'outage', node: 'worker', startS: 10, endS: 20 }];
    const r = outage(2000, down, true);
    const q = r.queues.q!;
    // Messages accepted in [10 s, 18 s) are older than 2 s when the consumers return at 20 s
    // (and are found when they reach the head); those accepted after 18 s are delivered. At
    // 50/s: 8 s × 50 = 400 expected, Poisson: ±4σ = ±80.
    expect(Math.abs(q.expired! - 400)).toBeLessThan(80);
    expect(r.queues.dlq!.published).toBe(q.expired);
    expect(q.deadLettered).toBe(0);
    expect(q.messageAgeMs.max).toBeLessThanOrEqual(2000);
    // The delivered messages waited up to 2 s; everything else was acknowledged.
    expect(q.acked + q.expired!).toBe(q.published - q.finalBacklog);
    const k = r.conservation;
    expect(k.expired).toBe(q.expired);
    expect(k.generated).toBe(k.succeeded + k.failed + k.deadLettered + k.expired + k.inFlight);
    // Without a dead-letter queue the same messages are dropped (same seed: same arrivals).
    const dropped = outage(2000, down, false);
    expect(dropped.queues.q!.expired).toBe(q.expired);
    expect(dropped.queues.dlq!.published).toBe(0);
    expect(dropped.conservation.generated).toBe(k.generated - q.expired!);
  });

  test('without trouble a generous TTL changes nothing: same result as without one', () => {
    const withTtl = outage(5000, [], false);
    const p = project(
      [
        client(),
        service('api', { serviceTimeMs: constant(1) }),
        broker('q', 'queue', { publishAckMs: constant(1), deliveryMs: constant(2) }),
        broker('dlq', 'queue', { publishAckMs: constant(1), deliveryMs: constant(2) }),
        service('worker', { serviceTimeMs: constant(1) }),
      ],
      [call('c', 'api'), publish('api', 'q'), consume('q', 'worker', { concurrency: 4 })],
      { durationS: 30, load: constantLoad(50) },
    );
    const without = simulate(p, { variant: 'v', scenario: 's' });
    expect({ ...withTtl, wallMs: 0 }).toEqual({ ...without, wallMs: 0 });
    expect(withTtl.queues.q!.expired).toBe(0);
  });

  test('a queue nobody drains: at the end every message older than its TTL counts as expired', () => {
    const r = outage(1000, [{ type: 'outage', node: 'worker', startS: 0, endS: 30 }], false);
    const q = r.queues.q!;
    // Published over 30 s at 50/s; those accepted in the last second are still waiting.
    expect(q.acked).toBe(0);
    expect(q.expired! + q.finalBacklog).toBe(q.published);
    expect(Math.abs(q.finalBacklog - 50)).toBeLessThan(4 * Math.sqrt(50));
    expect(r.queues.q!.oldestWaitingMs).toBeLessThanOrEqual(1000);
    // In flight: the waiting messages, and a request or two still on its way at the end.
    expect(r.conservation.inFlight - q.finalBacklog).toBeGreaterThanOrEqual(0);
    expect(r.conservation.inFlight - q.finalBacklog).toBeLessThanOrEqual(3);
  });

  test('redeliveries count against the TTL from the first acceptance', () => {
    // Every handling fails. Delivery 2 ms, handling 1 ms, redelivery after 1 000 ms: the
    // second delivery is ready at 1 005 ms of age, the third would be at 2 008 ms > 1 500 ms.
    // So each message is delivered twice and then expires, never dead-lettered.
    const p = project(
      [
        client(),
        service('api', { serviceTimeMs: constant(1) }),
        broker('q', 'queue', {
          publishAckMs: constant(1),
          deliveryMs: constant(2),
          maxDeliveries: 5,
          redeliveryDelayMs: 1000,
          messageTtlMs: 1500,
        }),
        service('worker', { serviceTimeMs: constant(1), errorRate: 1 }),
      ],
      [call('c', 'api'), publish('api', 'q'), consume('q', 'worker', { concurrency: 8 })],
      { durationS: 60, load: constantLoad(20) },
    );
    const r = simulate(p, { variant: 'v', scenario: 's' });
    const q = r.queues.q!;
    expect(q.deadLettered).toBe(0);
    expect(q.acked).toBe(0);
    // Messages published in the last ~2 s have not reached their third delivery yet.
    expect(q.published - q.expired!).toBe(q.finalBacklog);
    expect(q.finalBacklog).toBeLessThan(20 * 2.1 + 4 * Math.sqrt(42));
    // Each expired message was delivered twice; those still there once or twice so far.
    const extra = q.delivered - 2 * q.expired!;
    expect(extra).toBeGreaterThanOrEqual(0);
    expect(extra).toBeLessThanOrEqual(2 * q.finalBacklog);
    expect(q.messageAgeMs.max).toBeCloseTo(1005, 0);
  });

  test('a topic expires per subscription: only the subscription whose consumer is down loses messages', () => {
    const p = project(
      [
        client(),
        service('api', { serviceTimeMs: constant(1) }),
        broker('t', 'topic', {
          publishAckMs: constant(1),
          deliveryMs: constant(2),
          messageTtlMs: 500,
        }),
        service('fast', { serviceTimeMs: constant(1) }),
        service('down', { serviceTimeMs: constant(1) }),
      ],
      [
        call('c', 'api'),
        publish('api', 't'),
        consume('t', 'fast', { concurrency: 4 }),
        consume('t', 'down', { concurrency: 4 }),
      ],
      {
        durationS: 20,
        load: constantLoad(50),
        faults: [{ type: 'outage', node: 'down', startS: 5, endS: 15 }],
      },
    );
    const r = simulate(p, { variant: 'v', scenario: 's' });
    const t = r.queues.t!;
    // Two copies per publish; the 'down' subscription loses what was accepted in [5, 14.5) s.
    expect(Math.abs(t.expired! - 9.5 * 50)).toBeLessThan(4 * Math.sqrt(9.5 * 50));
    // The other subscription lost nothing; every copy was handled or expired but for the few
    // still on their way at the end (published in the last 3 ms).
    const fast = r.nodes.fast!.served;
    expect(t.published - fast).toBeLessThanOrEqual(3);
    expect(t.acked).toBe(fast + r.nodes.down!.served);
    const open = 2 * t.published - t.acked - t.expired!;
    expect(open).toBeGreaterThanOrEqual(0);
    expect(open).toBeLessThanOrEqual(6);
  });
});
