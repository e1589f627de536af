// Consumers scale with the consuming service: a consume edge's concurrency is per replica.
import { expect, test } from 'vitest';
import { simulate } from '../../../simulator/simulate';
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

/**
 * 30 messages/s into a queue whose consumer takes exactly 100 ms per message: one consumer
 * worker handles 10/s, so the backlog after 60 s is about (30 − 10·W)·60 with W workers in all.
 */
function run(replicas: number, fields: Record<string, unknown> = {}) {
  const p = project(
    [
      client(),
      service('api', { serviceTimeMs: 1 }),
      broker('q', 'queue', { deliveryMs: 0, publishAckMs: 0 }),
      service('worker', { replicas, serviceTimeMs: 100 }),
    ],
    [call('c', 'api'), publish('api', 'q'), consume('q', 'worker', { concurrency: 1, ...fields })],
    { durationS: 60, load: constantLoad(30) },
  );
  return simulate(p, { variant: 'v', scenario: 's', seed: 3 });
}

test('doubling the consuming service’s replicas doubles its consumer workers', () => {
  const one = run(1);
  const two = run(2);
  const four = run(4);
  // Handled messages follow the workers: ~10/s, ~20/s, then (40/s of room) nearly all of the ~30/s.
  expect(one.queues.q!.acked / 60).toBeCloseTo(10, 0);
  expect(two.queues.q!.acked / 60).toBeCloseTo(20, 0);
  expect(four.queues.q!.acked / four.queues.q!.published).toBeGreaterThan(0.99);
  expect(one.queues.q!.maxBacklog).toBeGreaterThan(1000);
  expect(four.queues.q!.maxBacklog).toBeLessThan(100);
});

test('maxConsumers caps the workers across replicas: three replicas capped at two behave as two', () => {
  const capped = run(3, { maxConsumers: 2 });
  const two = run(2);
  expect(capped.queues.q!.acked).toBe(two.queues.q!.acked);
  expect(capped.queues.q!.maxBacklog).toBe(two.queues.q!.maxBacklog);
});
