import { describe, expect, test } from 'vitest';
import { variantSchema } from '../../../../models/schema/project';
import { peakMomentS, replayFrame } from '../../../../src/replay/replay-frame';
import { nodeStats, queueStats, resultOf, seriesOf } from '../../../helpers/result-builder';

const variant = variantSchema.parse({
  id: 'to-be',
  name: 'To-be',
  nodes: [
    { id: 'web', name: 'Web', kind: 'client' },
    { id: 'api', name: 'API', kind: 'service' },
    { id: 'q', name: 'Q', kind: 'queue' },
    { id: 'worker', name: 'Worker', kind: 'service' },
  ],
  edges: [
    { id: 'e1', from: 'web', to: 'api', kind: 'call' },
    { id: 'e2', from: 'api', to: 'q', kind: 'publish', probability: 0.5 },
    { id: 'e3', from: 'q', to: 'worker', kind: 'consume' },
  ],
});

/**
 * A 4-bucket run: the spike in bucket 2 saturates the worker and the API fails in it; in bucket
 * 3 both have recovered (the rings follow the bucket, not the worst so far).
 */
const result = resultOf({
  simulatedS: 40,
  entry: { requests: 100, succeeded: 100 },
  nodes: { api: nodeStats(100), worker: nodeStats(50) },
  queues: { q: queueStats(30, { published: 50, delivered: 50, acked: 50 }) },
  series: seriesOf(4, 10, {
    entryRps: [10, 10, 40, 10],
    errorRate: [0, 0, 0.25, Number.NaN],
    finished: [100, 100, 400, 0],
    succeededWithinTarget: [100, 100, 300, 0],
    succeededP99Ms: [20, 30, 400, null],
    p99Ms: [20, 30, 400, 50],
    nodeState: { api: [0, 0, 2, 0], worker: [0, 0, 1, 0], q: [0, 0, 0, 0] },
    utilization: { api: [0.2, 0.2, 0.9, 0.3], worker: [0.1, 0.1, 1, 1] },
    backlog: { q: [0, 0, 30, 5] },
    edgeRps: { e1: [10, 10, 40, 10], e2: [5, 5, 20, 5], e3: [4, 4, 4, 10] },
  }),
  cascade: [
    { node: 'worker', saturatedAtS: 21, failingAtS: null },
    { node: 'api', saturatedAtS: null, failingAtS: 25 },
  ],
});

describe('replay frame', () => {
  test('before the spike: calm nodes, empty queue, nothing failing', () => {
    const f = replayFrame(result, variant, 5);
    expect(f.bucket).toBe(0);
    expect(f.nodes.api!.utilisation).toBe(0.2);
    expect(f.nodes.web!.utilisation).toBeNull();
    expect(f.nodes.q!.backlog).toBe(0);
    expect(f.nodes.api!.failing).toBe(false);
    expect(f.nodes.worker!.saturated).toBe(false);
  });

  test('at the peak: the cascade has started, the queue holds the spike, the client sees errors', () => {
    const f = replayFrame(result, variant, 26);
    expect(f.bucket).toBe(2);
    expect(f.nodes.worker!.saturated).toBe(true);
    expect(f.nodes.api!.failing).toBe(true);
    expect(f.nodes.q!.backlog).toBe(30);
    expect(f.nodes.web!.errorRate).toBe(0.25);
    expect(f.maxBacklog).toBe(30);
  });

  test("edge traffic: each edge's own rate against the busiest edge's peak, square-rooted", () => {
    const f = replayFrame(result, variant, 26);
    expect(f.edges.e1!.flow).toBe(1); // 40/s, the peak
    expect(f.edges.e2!.flow).toBeCloseTo(Math.sqrt(0.5), 12);
    expect(f.edges.e3!.flow).toBeCloseTo(Math.sqrt(0.1), 12); // the queue smooths the spike
    expect(replayFrame(result, variant, 35).edges.e3!.flow).toBeCloseTo(Math.sqrt(0.25), 12);
    const quiet = { ...result, series: { ...result.series, edgeRps: {} } };
    expect(replayFrame(quiet, variant, 26).edges.e1!.flow).toBe(0);
  });

  test('a gap in a series is unknown, not zero', () => {
    expect(replayFrame(result, variant, 35).nodes.web!.errorRate).toBeNull();
  });

  test('after the peak the rings show the bucket under the cursor, not the worst so far', () => {
    const f = replayFrame(result, variant, 35);
    expect(f.nodes.api!.failing).toBe(false);
    expect(f.nodes.worker!.saturated).toBe(false);
    // though the cascade lists both as having given way by then
    expect(result.cascade.every((c) => (c.saturatedAtS ?? c.failingAtS)! < 35)).toBe(true);
  });

  test('the replay opens at the worst moment (most users let down), mid-bucket', () => {
    // Bucket 2: 100 of 400 finished requests failed or were slow.
    expect(peakMomentS(result)).toBe(25);
    const calm = resultOf({
      series: seriesOf(4, 10, {
        finished: [10, 10, 10, 10],
        succeededWithinTarget: [10, 10, 10, 10],
        succeededP99Ms: [20, 500, 400, 50],
        backlog: { q: [0, 0, 30, 40] },
      }),
    });
    // Nobody let down: where the queues hold most…
    expect(peakMomentS(calm)).toBe(35);
    // …or, without queues, where successful requests were slowest.
    expect(peakMomentS({ ...calm, series: { ...calm.series, backlog: {} } })).toBe(15);
  });
});

test('an autoscaled node shows the replicas of the bucket under the cursor; others none', () => {
  const scaled = {
    ...result,
    series: { ...result.series, replicas: { worker: [1, 1, 3, 2] } },
  };
  expect(replayFrame(scaled, variant, 5).nodes.worker!.replicas).toBe(1);
  expect(replayFrame(scaled, variant, 26).nodes.worker!.replicas).toBe(3);
  expect(replayFrame(scaled, variant, 26).nodes.api!.replicas).toBeNull();
  expect(replayFrame(result, variant, 26).nodes.worker!.replicas).toBeNull();
});

test("a partitioned queue shows its hottest partition's backlog of the bucket under the cursor, beside its own", () => {
  const partitioned = {
    ...result,
    series: { ...result.series, hottestPartitionBacklog: { q: [0, 4, 17, 6] } },
  };
  const at26 = replayFrame(partitioned, variant, 26).nodes;
  expect(at26.q!.hottestPartition).toBe(17);
  expect(at26.q!.backlog).toBe(result.series.backlog.q![2]);
  expect(at26.api!.hottestPartition).toBeNull();
  expect(replayFrame(result, variant, 26).nodes.q!.hottestPartition).toBeNull();
});
