// Same file, variant, scenario and seed: the same result to the byte (apart from wallMs).
import { expect, test } from 'vitest';
import { simulate } from '../../../simulator/simulate';
import {
  broker,
  call,
  client,
  consume,
  project,
  publish,
  service,
} from '../../helpers/build-project';

const p = project(
  [
    client(),
    service('api', {
      concurrency: 4,
      serviceTimeMs: { type: 'lognormal', p50: 5, p99: 40 },
      errorRate: 0.01,
    }),
    service('db', {
      concurrency: 2,
      queueLimit: 10,
      serviceTimeMs: { type: 'exponential', mean: 4 },
    }),
    broker('events', 'topic', {
      duplicateRate: 0.05,
      maxDeliveries: 3,
      redeliveryDelayMs: 50,
      messageTtlMs: 400,
    }),
    service('mailer', { serviceTimeMs: { type: 'uniform', min: 1, max: 20 }, errorRate: 0.2 }),
  ],
  [
    call('c', 'api', { timeoutMs: 200, retries: { max: 2, backoffMs: 10 } }),
    call('api', 'db', {
      latencyMs: { type: 'exponential', mean: 1 },
      circuitBreaker: { minCalls: 10, windowS: 2, openS: 1 },
    }),
    publish('api', 'events'),
    consume('events', 'mailer', { concurrency: 2 }),
  ],
  {
    durationS: 60,
    warmupS: 5,
    load: [
      {
        client: 'c',
        shape: { type: 'spike', baseRps: 100, peakRps: 600, startS: 20, rampS: 5, holdS: 10 },
      },
    ],
    faults: [{ type: 'slowdown', node: 'db', startS: 30, endS: 40, factor: 5 }],
  },
);

const json = (seed: number): string =>
  JSON.stringify({
    ...simulate(p, { variant: 'v', scenario: 's', seed, traces: { maxRequests: 5 } }),
    wallMs: 0,
  });

test('two runs with the same seed give byte-identical JSON apart from wallMs', () => {
  const a = json(42);
  expect(json(42)).toBe(a);
  expect(a.length).toBeGreaterThan(2000);
  // The run exercises message expiry (the mailer falls behind during the spike).
  expect(JSON.parse(a).queues.events.expired).toBeGreaterThan(0);
});

test('another seed gives another run', () => {
  expect(json(43)).not.toBe(json(42));
});

test('a partitioned, ordered, skewed topic: the same seed gives the same JSON', () => {
  const v = p.variants[0]!;
  const partitioned = structuredClone(p);
  const events = partitioned.variants[0]!.nodes.find((n) => n.id === 'events')!;
  Object.assign(events, { partitions: 3, hotPartitionShare: 0.6, ordering: 'per-partition' });
  const run = (seed: number): string =>
    JSON.stringify({ ...simulate(partitioned, { variant: v.id, scenario: 's', seed }), wallMs: 0 });
  const a = run(42);
  expect(run(42)).toBe(a);
  expect(run(43)).not.toBe(a);
  const q = JSON.parse(a).queues.events;
  expect(q.hottestPartition.partition).toBe(0);
  expect(q.hottestPartition.maxBacklog).toBeGreaterThan(0);
});
