import { describe, expect, test } from 'vitest';
import { variantSchema } from '../../../../models/schema/project';
import type { LatencySummary, SimulationResult } from '../../../../simulator/result';
import { peakMomentS, replayFrame } from '../../../../src/replay/replay-frame';

const latency: LatencySummary = { mean: 0, p50: 0, p90: 0, p95: 0, p99: 0, max: 0 };
const nodeStats = (arrivals: number) => ({
  arrivals,
  served: arrivals,
  rejected: 0,
  failed: 0,
  timeouts: 0,
  utilization: 0.5,
  meanQueueLength: 0,
  maxQueueLength: 0,
  latencyMs: latency,
});

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

/** A 4-bucket run: the spike in bucket 2 saturates the worker, the API fails from 25 s. */
const result = {
  variant: 'to-be',
  scenario: 's',
  seed: 1,
  simulatedS: 40,
  events: 1,
  wallMs: 1,
  entry: {
    requests: 100,
    succeeded: 100,
    failed: 0,
    errors: { timeout: 0, rejected: 0, failed: 0, circuitOpen: 0, backpressure: 0 },
    latencyMs: latency,
  },
  completion: { latencyMs: latency },
  nodes: { api: nodeStats(100), worker: nodeStats(50) },
  queues: {
    q: {
      published: 50,
      delivered: 50,
      acked: 50,
      deadLettered: 0,
      duplicates: 0,
      refused: 0,
      duplicatesDiscarded: 0,
      duplicateSideEffects: 0,
      maxBacklog: 30,
      finalBacklog: 0,
      messageAgeMs: latency,
    },
  },
  series: {
    bucketS: 10,
    t: [0, 10, 20, 30],
    entryRps: [10, 10, 40, 10],
    errorRate: [0, 0, 0.25, Number.NaN],
    errorsByKind: {
      timeout: [0, 0, 60, 0],
      rejected: [0, 0, 40, 0],
      failed: [0, 0, 0, 0],
      circuitOpen: [0, 0, 0, 0],
      backpressure: [0, 0, 0, 0],
    },
    p99Ms: [20, 30, 400, 50],
    utilization: { api: [0.2, 0.2, 0.9, 0.3], worker: [0.1, 0.1, 1, 1] },
    backlog: { q: [0, 0, 30, 5] },
    edgeRps: { e1: [10, 10, 40, 10], e2: [5, 5, 20, 5], e3: [4, 4, 4, 10] },
  },
  cascade: [
    { node: 'worker', saturatedAtS: 21, failingAtS: null },
    { node: 'api', saturatedAtS: null, failingAtS: 25 },
  ],
  conservation: { generated: 150, succeeded: 150, failed: 0, deadLettered: 0, inFlight: 0 },
  cutShort: null,
  skippedFaults: [],
} satisfies SimulationResult;

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

  test('the replay opens where the queues hold most, else where the p99 peaks, mid-bucket', () => {
    expect(peakMomentS(result)).toBe(25);
    const later = { ...result, series: { ...result.series, backlog: { q: [0, 0, 30, 40] } } };
    expect(peakMomentS(later)).toBe(35);
    const noQueues = {
      ...result,
      series: { ...result.series, backlog: {}, p99Ms: [20, 500, 400, 50] },
    };
    expect(peakMomentS(noQueues)).toBe(15);
  });
});
