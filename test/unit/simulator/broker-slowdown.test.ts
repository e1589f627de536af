// A slowdown fault on a queue or topic multiplies the broker's own times: the publish
// acknowledgement the publisher waits for and the delivery to consumers. Constant times make
// the effect a hand calculation.
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

function run(kind: 'queue' | 'topic', faults: Fault[]) {
  const p = project(
    [
      client(),
      service('api', { serviceTimeMs: constant(1) }),
      broker('q', kind, { publishAckMs: constant(10), deliveryMs: constant(4) }),
      service('worker', { serviceTimeMs: constant(1) }),
    ],
    [call('c', 'api'), publish('api', 'q'), consume('q', 'worker')],
    { durationS: 30, load: constantLoad(10), faults },
  );
  return simulate(p, { variant: 'v', scenario: 's' });
}

for (const kind of ['queue', 'topic'] as const) {
  test(`a slowdown ×3 on a ${kind} for the whole run: ack 10 → 30 ms, delivery 4 → 12 ms`, () => {
    const base = run(kind, []);
    const slow = run(kind, [{ type: 'slowdown', node: 'q', startS: 0, endS: 30, factor: 3 }]);
    // Without the fault: the api's 1 ms of work, then the 10 ms acknowledgement.
    expect(base.entry.latencyMs.p50).toBeCloseTo(11, 0);
    expect(base.entry.latencyMs.max).toBeCloseTo(11, 0);
    expect(base.queues.q!.messageAgeMs.max).toBeCloseTo(4, 0);
    // With it: 1 + 3 × 10 and 3 × 4.
    expect(slow.entry.latencyMs.p50).toBeCloseTo(31, 0);
    expect(slow.entry.latencyMs.max).toBeCloseTo(31, 0);
    expect(slow.queues.q!.messageAgeMs.p50).toBeCloseTo(12, 0);
    expect(slow.queues.q!.messageAgeMs.max).toBeCloseTo(12, 0);
    // Nothing is lost: every message is still delivered and acknowledged.
    expect(slow.queues.q!.published).toBe(base.queues.q!.published);
    const c = slow.conservation;
    expect(c.succeeded + c.failed + c.deadLettered + c.inFlight).toBe(c.generated);
    expect(c.generated).toBe(base.conservation.generated);
  });
}

test('a slowdown on the broker for a third of the run slows only what happens in its window', () => {
  const r = run('queue', [{ type: 'slowdown', node: 'q', startS: 10, endS: 20, factor: 3 }]);
  const age = r.queues.q!.messageAgeMs;
  expect(age.p50).toBeCloseTo(4, 0);
  expect(age.max).toBeCloseTo(12, 0);
  // The deliveries handed over in the window took 12 ms, the others 4 ms (delivery times are
  // sampled when the message is accepted: only the few near the window's edges can differ).
  const series = r.series;
  const rates = series.edgeRps['q-worker']!;
  let inside = 0;
  let all = 0;
  series.t.forEach((t, i) => {
    all += rates[i]!;
    if (t >= 10 && t < 20) inside += rates[i]!;
  });
  const share = inside / all;
  expect(share).toBeGreaterThan(0.25);
  expect(share).toBeLessThan(0.42);
  expect(Math.abs(age.mean - (4 + 8 * share))).toBeLessThan(0.1);
});

test('a slowdown factor of 1 leaves the run identical to the byte (but for its two fault events)', () => {
  const base = run('queue', []);
  const one = run('queue', [{ type: 'slowdown', node: 'q', startS: 0, endS: 30, factor: 1 }]);
  const strip = (r: ReturnType<typeof run>) => JSON.stringify({ ...r, wallMs: 0, events: 0 });
  expect(one.events).toBe(base.events + 2);
  expect(strip(one) === strip(base)).toBe(true);
});
