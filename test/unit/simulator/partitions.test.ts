// Partitions and ordering (a queue's or topic's `partitions`, `hotPartitionShare`, `ordering`):
// throughput bounded by the partition count, the hottest partition's backlog and age against a
// hand calculation, and head-of-line blocking behind one poison message.
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

/** Asserts that `expected` lies within 4 standard errors of the runs' mean and within `rel` of it. */
function expectNear(values: number[], expected: number, rel: number): void {
  const { mean, ci95 } = meanCi95(values);
  const se = ci95 / (values.length === 3 ? 4.303 : 2.776); // t(0.975, n − 1) for 3 or 5 runs
  expect(Math.abs(mean - expected)).toBeLessThanOrEqual(Math.max(4 * se, 1e-9));
  expect(Math.abs(mean - expected) / expected).toBeLessThan(rel);
}

interface Setup {
  rps: number;
  handling: Record<string, unknown>;
  consumers: number;
  queue: Record<string, unknown>;
  durationS: number;
  warmupS?: number;
  faults?: Fault[];
}

/** Poisson publishes at `rps` straight into queue q (no publish or delivery time), drained by `worker`. */
function queueProject(s: Setup) {
  return project(
    [
      client(),
      service('api', { concurrency: 10_000, serviceTimeMs: constant(0) }),
      broker('q', 'queue', {
        publishAckMs: constant(0),
        deliveryMs: constant(0),
        ...s.queue,
      }),
      service('worker', { serviceTimeMs: s.handling }),
    ],
    [call('c', 'api'), publish('api', 'q'), consume('q', 'worker', { concurrency: s.consumers })],
    {
      durationS: s.durationS,
      warmupS: s.warmupS ?? 0,
      load: constantLoad(s.rps),
      faults: s.faults ?? [],
    },
  );
}

const run = (s: Setup, seed: number): SimulationResult =>
  simulate(queueProject(s), { variant: 'v', scenario: 's', seed });

describe('a consumer group works at most one message per partition at a time', () => {
  // 400 messages/s, handling exponential with mean 20 ms: the load of 8 busy consumers.
  const base = {
    rps: 400,
    handling: { type: 'exponential', mean: 20 },
    durationS: 60,
    warmupS: 10,
  };
  const measuredS = 50;
  const throughput = (s: Setup, seed: number) => run(s, seed).queues.q!.acked / measuredS;

  test('4 partitions and 16 consumers: throughput = 4 ÷ 20 ms = 200 messages/s', () => {
    for (const ordering of ['per-partition', 'none']) {
      const s = { ...base, consumers: 16, queue: { partitions: 4, ordering } };
      expectNear(
        [1, 2, 3].map((seed) => throughput(s, seed)),
        200,
        0.03,
      );
    }
  });

  test('fewer consumers than partitions: the consumers bound it (2 ÷ 20 ms = 100/s)', () => {
    const s = { ...base, consumers: 2, queue: { partitions: 4 } };
    expectNear(
      [1, 2, 3].map((seed) => throughput(s, seed)),
      100,
      0.03,
    );
  });

  test('unpartitioned, the same 16 consumers keep up with all 400 messages/s', () => {
    const s = { ...base, consumers: 16, queue: {} };
    expectNear(
      [1, 2, 3].map((seed) => throughput(s, seed)),
      400,
      0.03,
    );
    expect(run(s, 1).queues.q!.hottestPartition).toBeUndefined();
  });
});

describe('key skew: the hottest partition backs up while the others keep up', () => {
  // 200 messages/s over 4 partitions, 70 % on the hottest; handling 10 ms, so each partition
  // drains 100/s. The hottest receives 140/s and grows by 40/s: 2 400 messages after 60 s. The
  // others receive 20/s each (ρ = 0.2) and hold almost nothing. The message handed over at the
  // end (60 s) is the hottest's 6 000th, accepted at 6 000 / 140 = 42.86 s: its age is 17.14 s.
  const s: Setup = {
    rps: 200,
    handling: constant(10),
    consumers: 8,
    // Kafka (ordered per partition), without its duplicate deliveries (a duplicate waits twice).
    queue: { technology: 'kafka', duplicateRate: 0, partitions: 4, hotPartitionShare: 0.7 },
    durationS: 60,
  };
  const results = [1, 2, 3, 4, 5].map((seed) => run(s, seed));
  const runs = results.map((r) => r.queues.q!);

  test('the hottest partition is partition 0, holding 40/s × 60 s = 2 400 messages at the end', () => {
    for (const q of runs) expect(q.hottestPartition!.partition).toBe(0);
    expectNear(
      runs.map((q) => q.hottestPartition!.finalBacklog),
      2400,
      0.05,
    );
    for (const q of runs) {
      // It dominates: the other three together hold a handful.
      expect(q.finalBacklog - q.hottestPartition!.finalBacklog).toBeLessThan(20);
      // Growing all along, its peak is (nearly) its final backlog.
      expect(q.hottestPartition!.maxBacklog).toBeGreaterThanOrEqual(
        q.hottestPartition!.finalBacklog,
      );
      expect(q.hottestPartition!.maxBacklog - q.hottestPartition!.finalBacklog).toBeLessThan(30);
    }
  });

  test("the oldest message handed over is the hottest partition's: 60 × (1 − 100/140) = 17.14 s", () => {
    expectNear(
      runs.map((q) => q.messageAgeMs.max),
      60_000 * (1 - 100 / 140),
      0.05,
    );
  });

  test('over time, it grows by 40/s (1 200 at 30 s), stays under the total, and the others hold a handful', () => {
    for (const r of results) {
      const hot = r.series.hottestPartitionBacklog!.q!;
      const total = r.series.backlog.q!;
      expect(hot).toHaveLength(total.length);
      hot.forEach((h, k) => {
        // One partition never holds more than the queue, and (4 partitions) one holds at least a
        // quarter of it: the queue's peak in a bucket is spread over 4 partitions at that moment.
        expect(h).toBeLessThanOrEqual(total[k]!);
        expect(4 * h).toBeGreaterThanOrEqual(total[k]!);
        // The other three, at 20/s each with 100/s of capacity, hold a handful.
        expect(total[k]! - h).toBeLessThan(20);
      });
      // No warm-up: its highest bucket is the hottest partition's peak.
      expect(Math.max(...hot)).toBe(r.queues.q!.hottestPartition!.maxBacklog);
    }
    // The bucket ending at 30 s: 140/s in, 100/s out, 30 s.
    const at30 = (r: SimulationResult) =>
      r.series.hottestPartitionBacklog!.q![30 / r.series.bucketS - 1]!;
    expectNear(results.map(at30), 1200, 0.05);
  });
});

describe("the hottest partition's backlog over time, beside the queue's", () => {
  test('every key on one partition (or one partition): its backlog is the queue’s at every sample', () => {
    // 150/s against 100/s of handling on the one busy partition: a backlog that rises and moves.
    const base = { rps: 150, handling: constant(10), consumers: 8, durationS: 10 };
    for (const queue of [{ partitions: 4, hotPartitionShare: 1 }, { partitions: 1 }]) {
      const r = run({ ...base, queue }, 1);
      expect(r.series.hottestPartitionBacklog!.q).toEqual(r.series.backlog.q);
      expect(Math.max(...r.series.backlog.q!)).toBeGreaterThan(400);
    }
  });

  test('unpartitioned: no such series', () => {
    const r = run({ rps: 50, handling: constant(10), consumers: 2, durationS: 2, queue: {} }, 1);
    expect(r.series.hottestPartitionBacklog).toBeUndefined();
  });
});

describe('one poison message: head-of-line blocking when ordered, none when unordered', () => {
  // One partition, 100 messages/s, handling 0.1 ms; redelivery after R = 1 s. The consumer
  // fails every handling between 10 s and 10.5 s.
  const R = 1000;
  const setup = (ordering: string): Setup => ({
    rps: 100,
    handling: constant(0.1),
    consumers: 4,
    queue: { partitions: 1, ordering, redeliveryDelayMs: R, maxDeliveries: 5 },
    durationS: 30,
    faults: [{ type: 'errors', node: 'worker', startS: 10, endS: 10.5, rate: 1 }],
  });
  /** Total waiting of every hand-over (ms·messages). */
  const totalAge = (q: SimulationResult['queues'][string]) => q.messageAgeMs.mean * q.delivered;

  test('ordered: the first failure blocks its partition for R, delaying every later message', () => {
    const runs = [1, 2, 3, 4, 5].map((seed) => run(setup('per-partition'), seed));
    for (const r of runs) {
      // Only one message failed: the partition waited for it, and it succeeded after the fault.
      expect(r.nodes.worker!.failed).toBe(1);
      expect(r.queues.q!.messageAgeMs.max).toBeGreaterThanOrEqual(R);
      expect(r.queues.q!.messageAgeMs.max).toBeLessThan(R + 5);
    }
    // The poison waits R, and the λR messages accepted during R wait R/2 on average
    // (λR²/2 = 0.1/ms × 1000² / 2 = 50 000 ms·messages); the 100 of them then drain at 0.1 ms
    // each ((λR)² × 0.1 / 2 = 500). Everything else waits next to nothing.
    expectNear(
      runs.map((r) => totalAge(r.queues.q!)),
      R + (0.1 * R * R) / 2 + (100 * 100 * 0.1) / 2,
      0.1,
    );
  });

  test('unordered: only the failed messages are delayed, by R each', () => {
    for (const seed of [1, 2, 3]) {
      const r = run(setup('none'), seed);
      const failed = r.nodes.worker!.failed;
      // About 100/s × 0.5 s handlings failed, each redelivered once, R later.
      expect(failed).toBeGreaterThan(30);
      expect(failed).toBeLessThan(75);
      const q = r.queues.q!;
      expect(Math.abs(totalAge(q) - failed * R) / (failed * R)).toBeLessThan(0.01);
      expect(q.messageAgeMs.p90).toBeLessThan(1);
    }
  });
});

describe('a partial outage of a broker takes a share of its partitions away', () => {
  // 100 messages/s spread evenly over 4 partitions, handling 1 ms; the fault lasts 10 s.
  const setup = (queue: Record<string, unknown>, faults: Fault[]): Setup => ({
    rps: 100,
    handling: constant(1),
    consumers: 8,
    queue,
    durationS: 30,
    faults,
  });
  const partial = (share: number, startS = 10): Fault => ({
    type: 'partialOutage',
    node: 'q',
    startS,
    endS: 20,
    share,
  });
  const refused = (s: Setup) => [1, 2, 3].map((seed) => run(s, seed).queues.q!.refused!);

  test('half the partitions: publishes keyed to them are refused, 100/s × 10 s × 1/2 = 500', () => {
    expectNear(refused(setup({ partitions: 4 }, [partial(0.5)])), 500, 0.1);
  });

  test('the share rounds up to whole partitions: 0.3 of 4 is 2 of them, as 0.5 is', () => {
    expectNear(refused(setup({ partitions: 4 }, [partial(0.3)])), 500, 0.1);
  });

  test('an unpartitioned broker is one partition: any share takes it down whole (1 000)', () => {
    expectNear(refused(setup({}, [partial(0.3)])), 1000, 0.1);
  });

  test('messages already in an unavailable partition wait for it to come back', () => {
    // The consumer is away from 5 s to 10 s: every partition fills. Half the partitions go at
    // 9 s, so when the consumer returns at 10 s it drains the other two, and the messages of
    // those two wait until 20 s: the oldest, accepted at 5 s, is handed over 15 s old.
    const away: Fault = { type: 'outage', node: 'worker', startS: 5, endS: 10 };
    const withPartial = run(setup({ partitions: 4 }, [away, partial(0.5, 9)]), 1).queues.q!;
    expect(withPartial.messageAgeMs.max).toBeGreaterThan(14_900);
    expect(withPartial.messageAgeMs.max).toBeLessThan(15_100);
    const without = run(setup({ partitions: 4 }, [away]), 1).queues.q!;
    expect(without.messageAgeMs.max).toBeGreaterThan(4_900);
    expect(without.messageAgeMs.max).toBeLessThan(5_100);
    // Nothing is lost: all handled by the end.
    expect(withPartial.acked).toBe(withPartial.published);
  });
});
