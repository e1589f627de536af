// "Add a time-to-live": a queue's or topic's messages expire after five minutes, into its
// dead-letter queue if it has one; the advisor leaves it alone (a business decision).
import { describe, expect, test } from 'vitest';
import { applyChanges } from '../../../../models/changes';
import { applyTransformation } from '../../../../models/transformations/apply-transformation';
import { addDeadLetterQueue } from '../../../../models/transformations/add-dead-letter-queue';
import { addTimeToLive, DEFAULT_TTL_MS } from '../../../../models/transformations/add-time-to-live';
import { TRANSFORMATIONS } from '../../../../models/transformations/catalogue';
import type { BrokerNode, Variant } from '../../../../models/types';
import {
  broker,
  call,
  client,
  consume,
  constantLoad,
  project,
  publish,
  service,
} from '../../../helpers/build-project';
import {
  roadmapRoundTrip,
  run,
  transformed,
  variantOf,
} from '../../../helpers/flow-transform-helpers';
import { expectValid, fixtureProject } from '../../../helpers/transformation-fixture';

const asIs = (): Variant => fixtureProject().variants[0]!;

describe('add a time-to-live: the change', () => {
  test('sets the broker’s messageTtlMs to five minutes and nothing else; valid; in the catalogue, not advised', () => {
    const before = asIs();
    const r = addTimeToLive(before, 'orders');
    const after = applyChanges(before, r.changes);
    const orders = before.nodes.find((n) => n.id === 'orders') as BrokerNode;
    expect(after.nodes.find((n) => n.id === 'orders')).toEqual({
      ...orders,
      messageTtlMs: DEFAULT_TTL_MS,
    });
    expect(DEFAULT_TTL_MS).toBe(300_000);
    expect(r.step).toMatchObject({
      kind: 'add-time-to-live',
      recorded: true,
      title: 'Add a time-to-live to Orders',
    });
    expect(r.step.rationale).toContain('are dropped (counted as expired');
    expect(expectValid(applyTransformation(fixtureProject(), 'as-is', r))).toEqual([]);
    const spec = TRANSFORMATIONS.find((t) => t.name === 'addTimeToLive')!;
    expect(spec).toMatchObject({ label: 'Add a time-to-live', on: 'node' });
    expect(spec.notAdvised).toContain('business decision');
  });

  test('with a dead-letter queue the rationale says where expired messages go', () => {
    const v = applyChanges(asIs(), addDeadLetterQueue(asIs(), 'orders').changes);
    expect(addTimeToLive(v, 'orders').step.rationale).toContain('go to "Orders DLQ"');
  });

  test('refuses, saying why: a service, a broker that already expires, a dead-letter queue', () => {
    const v = asIs();
    expect(() => addTimeToLive(v, 'api')).toThrow(/"API" is a service, not a queue or topic/);
    const expiring = applyChanges(v, addTimeToLive(v, 'orders').changes);
    expect(() => addTimeToLive(expiring, 'orders')).toThrow(
      /"Orders" already expires its messages after 300000 ms/,
    );
    const withDlq = applyChanges(v, addDeadLetterQueue(v, 'orders').changes);
    expect(() => addTimeToLive(withDlq, 'orders-dlq')).toThrow(
      /"Orders DLQ" is the dead-letter queue of "Orders"/,
    );
  });
});

test('its effect, simulated: an overloaded queue expires what waits over five minutes', () => {
  // 60 messages/s against 40/s of consumers for 20 minutes: the backlog grows 20 a second and
  // the wait half a second a second, so from the tenth minute on messages would wait over five.
  const p = project(
    [
      client(),
      service('api', { serviceTimeMs: { type: 'constant', value: 1 } }),
      broker('q', 'queue'),
      service('worker', { serviceTimeMs: { type: 'constant', value: 100 } }),
    ],
    [call('c', 'api'), publish('api', 'q'), consume('q', 'worker', { concurrency: 4 })],
    { durationS: 1200, warmupS: 0, load: constantLoad(60) },
  );
  const before = run(p);
  const after = run(transformed(p, addTimeToLive(variantOf(p), 'q')));
  expect(before.queues.q!.expired).toBe(0);
  expect(before.queues.q!.messageAgeMs.max).toBeGreaterThan(DEFAULT_TTL_MS);
  expect(after.queues.q!.expired).toBeGreaterThan(0);
  // No consumer takes a message older than the time-to-live (plus its delivery hop).
  expect(after.queues.q!.messageAgeMs.max).toBeLessThanOrEqual(DEFAULT_TTL_MS + 50);
  const c = after.conservation;
  expect(c.generated).toBe(c.succeeded + c.failed + c.deadLettered + c.expired + c.inFlight);
});

test('roadmap round trip: the recorded step, saved and reloaded, replays to the to-be', () => {
  const { replayed, toBe, steps } = roadmapRoundTrip(fixtureProject(), (v) =>
    addTimeToLive(v, 'orders'),
  );
  expect(steps!.steps.map((s) => [s.kind, s.recorded])).toEqual([['add-time-to-live', true]]);
  expect(replayed.nodes).toEqual(toBe.nodes);
});
