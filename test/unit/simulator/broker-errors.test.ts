// An errors fault on a queue or topic: the broker answers that share of publishes with an error
// (a nack). The publisher's job fails and the caller's retries send it again. Constant times
// and Bernoulli outcomes make the shares a hand calculation.
import { expect, test } from 'vitest';
import { simulate } from '../../../simulator/simulate';
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

function run(kind: 'queue' | 'topic', faults: Fault[], retries: number | null) {
  const p = project(
    [
      client(),
      service('api', { serviceTimeMs: constant(1) }),
      broker('q', kind, { publishAckMs: constant(2), deliveryMs: constant(2) }),
      service('worker', { serviceTimeMs: constant(1) }),
    ],
    [
      call('c', 'api', retries === null ? {} : { retries: { max: retries, backoffMs: 10 } }),
      publish('api', 'q'),
      consume('q', 'worker'),
    ],
    { durationS: 60, load: constantLoad(40), faults },
  );
  return simulate(p, { variant: 'v', scenario: 's' });
}

const whole = (rate: number): Fault[] => [{ type: 'errors', node: 'q', startS: 0, endS: 60, rate }];

/** |observed share − p| within 4 binomial standard errors over n trials. */
function expectShare(part: number, n: number, p: number): void {
  expect(Math.abs(part / n - p)).toBeLessThanOrEqual(4 * Math.sqrt((p * (1 - p)) / n));
}

for (const kind of ['queue', 'topic'] as const) {
  test(`errors 0.3 on a ${kind}, no retries: 30 % of the requests fail ('failed'), the rest publish`, () => {
    const r = run(kind, whole(0.3), null);
    const q = r.queues.q!;
    const e = r.entry;
    expectShare(e.failed, e.requests, 0.3);
    expect(e.errors.failed).toBe(e.failed);
    // Each request publishes once: accepted or refused, nothing else.
    expect(q.published + q.refused!).toBe(e.requests - unanswered(r));
    expect(q.refused).toBe(e.failed);
    // Nothing refused becomes a message; everything accepted is handled.
    expect(q.acked).toBe(q.published - q.finalBacklog);
    const c = r.conservation;
    expect(c.generated).toBe(c.succeeded + c.failed + c.deadLettered + c.expired + c.inFlight);
  });
}

test('errors 0.5 with two retries on the call: a request fails only if all three publishes fail (1/8)', () => {
  const r = run('queue', whole(0.5), 2);
  const e = r.entry;
  const q = r.queues.q!;
  // P(fail) = 0.5³ = 0.125. Refused publishes per request: 0.5 + 0.25 + 0.125 = 0.875.
  expectShare(e.failed, e.requests, 0.125);
  expect(q.published).toBe(e.succeeded);
  const perRequest = q.refused! / e.requests;
  // Failures per request: a sum of three dependent Bernoullis; 4 σ with σ² ≤ 0.6 / n.
  expect(Math.abs(perRequest - 0.875)).toBeLessThan(4 * Math.sqrt(0.6 / e.requests));
});

test('rate 1 between 20 s and 40 s: every publish in the window fails, none outside', () => {
  const r = run('queue', [{ type: 'errors', node: 'q', startS: 20, endS: 40, rate: 1 }], null);
  const failed = r.series.errorsByKind.failed!;
  const t = r.series.t;
  const bucket = r.series.bucketS;
  t.forEach((start, k) => {
    // A publish's acknowledgement comes 3 ms after the request arrived.
    if (start + bucket <= 20 || start >= 40.01) expect(failed[k]).toBe(0);
    else if (start >= 20.01 && start + bucket <= 40) expect(failed[k]).toBe(r.series.finished[k]);
  });
  expectShare(r.entry.failed, r.entry.requests, 1 / 3);
});

test('without a fault the broker refuses nothing', () => {
  const none = run('queue', [], null);
  expect(none.queues.q!.refused).toBe(0);
  expect(none.entry.failed).toBe(0);
});

function unanswered(r: ReturnType<typeof run>): number {
  return r.entry.requests - r.entry.succeeded - r.entry.failed;
}
