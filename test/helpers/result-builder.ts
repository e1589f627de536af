// A complete results contract from a few numbers, for tests of what is drawn or written from a
// result (cards, tables, headlines, replay). Defaults describe a quiet run of one bucket.
import type { LatencySummary, Series, SimulationResult } from '../../simulator/result';

export const latency = (p99: number, p50 = p99 / 2): LatencySummary => ({
  mean: p50,
  p50,
  p90: p99,
  p95: p99,
  p99,
  max: p99,
});

export const queueStats = (
  maxBacklog: number,
  over: Partial<SimulationResult['queues'][string]> = {},
) => ({
  published: 1,
  delivered: 1,
  acked: 1,
  deadLettered: 0,
  duplicates: 0,
  refused: 0,
  duplicatesDiscarded: 0,
  duplicateSideEffects: 0,
  maxBacklog,
  finalBacklog: 0,
  messageAgeMs: latency(1),
  oldestWaitingMs: 0,
  ...over,
});

export const nodeStats = (arrivals: number, utilization = 0.5) => ({
  arrivals,
  served: arrivals,
  rejected: 0,
  failed: 0,
  timeouts: 0,
  utilization,
  meanQueueLength: 0,
  maxQueueLength: 0,
  latencyMs: latency(10),
});

/** Series of `n` buckets of `bucketS` seconds, every value zero (or empty) unless given. */
export function seriesOf(n: number, bucketS: number, over: Partial<Series> = {}): Series {
  const zeros = (): number[] => Array.from({ length: n }, () => 0);
  const nulls = (): (number | null)[] => Array.from({ length: n }, () => null);
  return {
    bucketS,
    t: Array.from({ length: n }, (_, k) => k * bucketS),
    entryRps: zeros(),
    errorRate: zeros(),
    errorsByKind: {
      timeout: zeros(),
      rejected: zeros(),
      failed: zeros(),
      circuitOpen: zeros(),
      backpressure: zeros(),
      rateLimited: zeros(),
    },
    p99Ms: zeros(),
    finished: zeros(),
    succeededWithinTarget: zeros(),
    succeededP50Ms: nulls(),
    succeededP99Ms: nulls(),
    timeToFailP50Ms: nulls(),
    nodeState: {},
    utilization: {},
    backlog: {},
    edgeRps: {},
    ...over,
  };
}

type ResultOverrides = Omit<Partial<SimulationResult>, 'entry'> & {
  entry?: Partial<SimulationResult['entry']>;
};

/** A full result: 1 000 requests, all succeeded within the 1 s objective, unless overridden. */
export function resultOf(over: ResultOverrides = {}): SimulationResult {
  const { entry, ...rest } = over;
  return {
    variant: 'v',
    scenario: 's',
    seed: 1,
    simulatedS: 60,
    warmupS: 0,
    events: 0,
    wallMs: 0,
    entry: {
      requests: 1000,
      succeeded: 1000,
      failed: 0,
      errors: {
        timeout: 0,
        rejected: 0,
        failed: 0,
        circuitOpen: 0,
        backpressure: 0,
        rateLimited: 0,
      },
      latencyMs: latency(100),
      succeededLatencyMs: latency(100),
      timeToFailMs: latency(0, 0),
      latencyTargetMs: 1000,
      succeededWithinTarget: entry?.succeeded ?? 1000,
      ...entry,
    },
    completion: { latencyMs: latency(100) },
    nodes: {},
    queues: {},
    series: seriesOf(1, 60),
    cascade: [],
    conservation: {
      generated: 1000,
      succeeded: 1000,
      failed: 0,
      deadLettered: 0,
      expired: 0,
      inFlight: 0,
    },
    cutShort: null,
    skippedFaults: [],
    ...rest,
  };
}
