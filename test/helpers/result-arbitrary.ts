// Generated results of the contract: outcomes that add up, latencies, queues or none (some of
// them partitioned), series.
import fc from 'fast-check';
import type { LatencySummary, SimulationResult } from '../../simulator/result';
import { runCost } from '../../models/cost/run-cost';
import { priceTableSchema } from '../../models/schema/prices';
import { variantSchema } from '../../models/schema/project';
import { queueStats, resultOf, seriesOf } from './result-builder';

const ms = fc
  .double({ min: 0.001, max: 500_000, noNaN: true })
  .map((v) => Math.round(v * 1000) / 1000);

const latencyArb: fc.Arbitrary<LatencySummary> = fc
  .array(ms, { minLength: 6, maxLength: 6 })
  .map((v) => {
    const [p50, p90, p95, p99, max] = [...v].sort((a, b) => a - b).slice(1);
    return { mean: v[0]!, p50: p50!, p90: p90!, p95: p95!, p99: p99!, max: max! };
  });

const BUCKETS = 12;

/** A result whose requests split into succeeded, failed and unanswered, with 0–3 queues. */
export const resultArb: fc.Arbitrary<SimulationResult> = fc
  .record({
    requests: fc.integer({ min: 0, max: 2_000_000 }),
    okShare: fc.double({ min: 0, max: 1, noNaN: true }),
    failShare: fc.double({ min: 0, max: 1, noNaN: true }),
    withinShare: fc.double({ min: 0, max: 1, noNaN: true }),
    latencyMs: latencyArb,
    succeededLatencyMs: latencyArb,
    timeToFailMs: latencyArb,
    completion: latencyArb,
    simulatedS: fc.integer({ min: 20, max: 7200 }),
    warmupShare: fc.double({ min: 0, max: 0.5, noNaN: true }),
    queues: fc.array(
      fc.record({
        maxBacklog: fc.integer({ min: 0, max: 500_000 }),
        deadLettered: fc.integer({ min: 0, max: 10_000 }),
        duplicates: fc.integer({ min: 0, max: 10_000 }),
        // A partitioned queue (format version 5): its hottest partition's share of the backlog.
        hottestShare: fc.option(fc.double({ min: 0, max: 1, noNaN: true }), { nil: undefined }),
      }),
      { maxLength: 3 },
    ),
    utilization: fc.array(fc.double({ min: 0, max: 1, noNaN: true }), {
      minLength: BUCKETS,
      maxLength: BUCKETS,
    }),
    finished: fc.array(fc.integer({ min: 0, max: 5000 }), {
      minLength: BUCKETS,
      maxLength: BUCKETS,
    }),
    failedShare: fc.array(fc.double({ min: 0, max: 1, noNaN: true }), {
      minLength: BUCKETS,
      maxLength: BUCKETS,
    }),
    slowShare: fc.array(fc.double({ min: 0, max: 1, noNaN: true }), {
      minLength: BUCKETS,
      maxLength: BUCKETS,
    }),
    p99: fc.array(ms, { minLength: BUCKETS, maxLength: BUCKETS }),
    replicas: fc.integer({ min: 1, max: 1000 }),
    replicaHour: fc.double({ min: 0, max: 50, noNaN: true }),
    priced: fc.boolean(),
  })
  .map((g) => {
    const succeeded = Math.floor(g.requests * g.okShare);
    const failed = Math.floor((g.requests - succeeded) * g.failShare);
    const bucketS = g.simulatedS / BUCKETS;
    const failedIn = g.finished.map((n, k) => Math.round(n * g.failedShare[k]!));
    const result = resultOf({
      simulatedS: g.simulatedS,
      warmupS: Math.floor(g.simulatedS * g.warmupShare),
      entry: {
        requests: g.requests,
        succeeded,
        failed,
        errors: {
          timeout: 0,
          rejected: failed,
          failed: 0,
          circuitOpen: 0,
          backpressure: 0,
          rateLimited: 0,
        },
        latencyMs: g.latencyMs,
        succeededLatencyMs: succeeded > 0 ? g.succeededLatencyMs : ZERO,
        timeToFailMs: failed > 0 ? g.timeToFailMs : ZERO,
        succeededWithinTarget: Math.floor(succeeded * g.withinShare),
      },
      completion: { latencyMs: g.completion },
      nodes: { svc: { ...NODE, utilization: g.utilization[0]! } },
      queues: Object.fromEntries(
        g.queues.map((q, i) => [
          `q${i}`,
          queueStats(q.maxBacklog, {
            deadLettered: q.deadLettered,
            duplicates: q.duplicates,
            ...(q.hottestShare === undefined
              ? {}
              : {
                  hottestPartition: {
                    partition: 0,
                    maxBacklog: Math.round(q.maxBacklog * q.hottestShare),
                    finalBacklog: 0,
                  },
                }),
          }),
        ]),
      ),
      series: seriesOf(BUCKETS, bucketS, {
        finished: g.finished,
        errorRate: g.finished.map((n, k) =>
          n > 0 ? Math.round((failedIn[k]! / n) * 1e6) / 1e6 : 0,
        ),
        errorsByKind: {
          timeout: g.finished.map(() => 0),
          rejected: failedIn,
          failed: g.finished.map(() => 0),
          circuitOpen: g.finished.map(() => 0),
          backpressure: g.finished.map(() => 0),
          rateLimited: g.finished.map(() => 0),
        },
        succeededWithinTarget: g.finished.map((n, k) =>
          Math.floor((n - failedIn[k]!) * (1 - g.slowShare[k]!)),
        ),
        succeededP99Ms: g.p99.map((v, k) => (g.finished[k]! > failedIn[k]! ? v : null)),
        utilization: { svc: g.utilization },
        nodeState: { svc: g.utilization.map((u) => (u > 0.95 ? 1 : 0)) },
        backlog: Object.fromEntries(
          g.queues.map((q, i) => [`q${i}`, g.utilization.map((u) => Math.round(u * q.maxBacklog))]),
        ),
      }),
    });
    // Most results are priced (as every run since format version 4); some are older ones.
    if (g.priced) {
      const variant = variantSchema.parse({
        id: 'v',
        name: 'v',
        nodes: [
          { id: 'svc', name: 'svc', kind: 'service', replicas: g.replicas },
          ...g.queues.map((_, i) => ({ id: `q${i}`, name: `q${i}`, kind: 'queue' })),
        ],
      });
      const prices = priceTableSchema.parse({ replicaHour: { service: g.replicaHour } });
      result.cost = runCost(variant, prices, result);
    }
    return result;
  });

const ZERO: LatencySummary = { mean: 0, p50: 0, p90: 0, p95: 0, p99: 0, max: 0 };
const NODE = {
  arrivals: 1,
  served: 1,
  rejected: 0,
  failed: 0,
  timeouts: 0,
  utilization: 0,
  meanQueueLength: 0,
  maxQueueLength: 0,
  latencyMs: ZERO,
};
