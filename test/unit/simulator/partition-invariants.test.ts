// Partitions add up, on channels of several partitions with a key skew: after every message
// that enters or leaves a partition, the engine's partition backlogs equal a count kept apart
// from it (test/helpers/partition-census.ts) and sum to their channel's backlog; every bucket's
// series lie where those changes put them (the hottest partition at least the mean, at most the
// queue); the keys fall on the hottest partition at the skew's rate; and nothing is lost:
// every message published is acknowledged, dead-lettered, expired or still held.
import { describe, expect, test } from 'vitest';
import { buildResult } from '../../../simulator/build-result';
import { compile, findScenario, findVariant } from '../../../simulator/compile';
import { Engine } from '../../../simulator/engine';
import type { SimulationResult } from '../../../simulator/result';
import { chooseBucketS } from '../../../simulator/series-bucket';
import { PartitionCensus } from '../../helpers/partition-census';
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
import type { Project } from '../../../models/types';

const RPS = 300;
const DURATION_S = 20;

/**
 * 300 messages/s into broker b (a queue, or a topic with two subscribers), each subscriber's 16
 * workers handling a message in 8 ms on average (exponential): 125/s per partition. Half the
 * handlings fail from 5 s to 7 s (two deliveries, then dead-lettered), and a message older than
 * 1.5 s expires.
 */
function channelProject(kind: 'queue' | 'topic', fields: Record<string, unknown>): Project {
  const subscribers = kind === 'queue' ? ['w1'] : ['w1', 'w2'];
  return project(
    [
      client(),
      service('api', { concurrency: 10_000, serviceTimeMs: { type: 'constant', value: 0 } }),
      broker('b', kind, {
        publishAckMs: { type: 'constant', value: 0 },
        deliveryMs: { type: 'constant', value: 0 },
        duplicateRate: 0,
        maxDeliveries: 2,
        redeliveryDelayMs: 200,
        messageTtlMs: 1500,
        ...fields,
      }),
      ...subscribers.map((id) => service(id, { serviceTimeMs: { type: 'exponential', mean: 8 } })),
    ],
    [
      call('c', 'api'),
      publish('api', 'b'),
      ...subscribers.map((id) => consume('b', id, { concurrency: 16 })),
    ],
    {
      durationS: DURATION_S,
      warmupS: 0,
      load: constantLoad(RPS),
      faults: subscribers.map((id) => ({
        type: 'errors' as const,
        node: id,
        startS: 5,
        endS: 7,
        rate: 0.5,
      })),
    },
  );
}

/** simulate(), with the census watching every message (as runSimulation builds the engine). */
function runCounted(
  p: Project,
  seed: number,
): { result: SimulationResult; census: PartitionCensus; engine: Engine } {
  const scenario = findScenario(p, 's');
  const model = compile(findVariant(p, 'v'), scenario);
  const bucketS = chooseBucketS(scenario.durationS);
  const census = new PartitionCensus(
    model.partStart[model.chanBroker.length]!,
    model.chanBroker.length,
    Math.ceil(scenario.durationS / bucketS),
  );
  const engine = new Engine(model, {
    seed,
    maxEvents: 1e9,
    maxWallMs: 60_000,
    maxLive: 1e7,
    progressEveryMs: 1e9,
    bucketS,
    latencyTargetMs: p.slo.latencyTargetMs,
    traces: census,
  });
  engine.run();
  census.finish();
  return { result: buildResult(engine, 'v', 's', seed), census, engine };
}

const CASES = [
  { kind: 'queue', partitions: 4, share: 0.5, ordering: 'per-partition' },
  { kind: 'queue', partitions: 12, share: 0.45, ordering: 'none' },
  { kind: 'topic', partitions: 12, share: 0.3, ordering: 'per-partition' },
] as const;

describe.each(CASES)(
  '$kind of $partitions partitions, $share of the keys on the hottest, ordering $ordering',
  (c) => {
    const p = channelProject(c.kind, {
      partitions: c.partitions,
      hotPartitionShare: c.share,
      ordering: c.ordering,
    });
    const { result, census, engine } = runCounted(p, 7);
    const q = result.queues.b!;
    const subscriptions = c.kind === 'queue' ? 1 : 2;

    test('after every change, each partition holds what the census counted, and they sum to the channel', () => {
      expect(census.problems).toEqual([]);
      // Every message entering and leaving was checked: several thousand changes.
      expect(census.checks).toBeGreaterThan(2 * RPS * DURATION_S * subscriptions * 0.9);
    });

    test('each bucket: the series lie where the changes put them, the hottest between the mean and the queue', () => {
      const backlog = result.series.backlog.b!;
      const hottest = result.series.hottestPartitionBacklog!.b!;
      const backlogPeaks = census.backlogPeaks.get(engine.m.nodeIds.indexOf('b'))!;
      const hottestPeaks = census.hottestPeaks.get(engine.m.nodeIds.indexOf('b'))!;
      expect(hottest).toHaveLength(backlog.length);
      backlog.forEach((total, k) => {
        expect(total).toBeGreaterThanOrEqual(backlogPeaks[k]!.low);
        expect(total).toBeLessThanOrEqual(backlogPeaks[k]!.high);
        expect(hottest[k]).toBeGreaterThanOrEqual(hottestPeaks[k]!.low);
        expect(hottest[k]).toBeLessThanOrEqual(hottestPeaks[k]!.high);
        // At the moment the queue peaked, one of its partitions held at least the mean.
        expect(hottest[k]! * c.partitions).toBeGreaterThanOrEqual(total);
        expect(hottest[k]).toBeLessThanOrEqual(total);
      });
      // The hottest partition's peak (no warm-up) is the series' highest bucket.
      expect(Math.max(...hottest)).toBe(q.hottestPartition!.maxBacklog);
    });

    test('the keys fall on partition 0 at the skew’s rate (within 4 standard deviations)', () => {
      // One key per publish; a topic's subscriptions each get a copy on the same partition.
      const firstChannel = engine.m.partStart[engine.m.chanStart[engine.m.nodeIds.indexOf('b')]!]!;
      const published = q.published;
      const onHottest = census.entered[firstChannel]!;
      // Dead letters parked in place enter no partition again: every entry is a publish.
      const sd = Math.sqrt(published * c.share * (1 - c.share));
      expect(Math.abs(onHottest - published * c.share)).toBeLessThanOrEqual(4 * sd);
    });

    test('nothing is lost: published × subscriptions = acknowledged + dead-lettered + expired + still held', () => {
      const m = engine.m;
      const n = m.nodeIds.indexOf('b');
      let held = 0;
      for (let ch = m.chanStart[n]!; ch < m.chanStart[n + 1]!; ch++) {
        held += engine.chBacklog[ch]!;
        // Per subscription, what entered either left or is still there.
        expect(census.channelIn[ch]! - census.channelOut[ch]!).toBe(engine.chBacklog[ch]);
        expect(census.channelIn[ch]).toBe(q.published);
      }
      // Failures, dead letters and expiries all happened: the account is not trivially balanced.
      expect(q.deadLettered).toBeGreaterThan(0);
      expect(q.expired).toBeGreaterThan(0);
      expect(q.acked + q.deadLettered + q.expired! + held).toBe(q.published * subscriptions);
      if (subscriptions === 1) expect(held).toBe(q.finalBacklog);
      // Nothing was refused: the broker has no capacity limit here.
      expect(q.refused).toBe(0);
    });
  },
);
