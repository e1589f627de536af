import type { RunCost } from '../models/cost/run-cost';
import type { SkippedFault } from '../models/fault-targets';
import type { SyntheticSpan } from '../models/interop/spans-to-otlp';
// The results contract: what `simulate` returns, the worker hands to the app and
// `spillway simulate --json` prints (docs/simulator.md, "Measurement" and "Results: extensions
// to the contract"). Scripts read these names: extend it; never rename a field.

export interface LatencySummary {
  mean: number;
  p50: number;
  p90: number;
  p95: number;
  p99: number;
  max: number;
}

export interface EntryErrors {
  timeout: number;
  rejected: number;
  failed: number;
  circuitOpen: number;
  backpressure: number;
  /** A rate limit refused the call (the callee's, or the calling edge's quota; format version 4). */
  rateLimited: number;
}

/** One series per failure kind of `EntryErrors`, aligned with `Series.t`. */
export type ErrorSeries = { [K in keyof EntryErrors]: number[] };

export interface EntryStats {
  requests: number;
  succeeded: number;
  failed: number;
  errors: EntryErrors;
  /** Every outcome: successes, failures, and unanswered requests with their age at the end. */
  latencyMs: LatencySummary;
  /** Extension: latency of the requests that succeeded, arrival to answer. */
  succeededLatencyMs: LatencySummary;
  /** Extension: time to failure of the requests that failed, arrival to the error. */
  timeToFailMs: LatencySummary;
  /** Extension: the project's latency objective (`slo.latencyTargetMs`) this run counted against. */
  latencyTargetMs: number;
  /** Extension: requests that succeeded within `latencyTargetMs`. */
  succeededWithinTarget: number;
}

export interface NodeStats {
  arrivals: number;
  served: number;
  rejected: number;
  failed: number;
  timeouts: number;
  /** Extension: synchronous calls a rate limit refused at this node (also counted in arrivals). */
  rateLimited?: number;
  /** Extension, caches only: lookups answered from the cache (the others went on as misses). */
  hits?: number;
  utilization: number;
  meanQueueLength: number;
  maxQueueLength: number;
  latencyMs: LatencySummary;
  /** Extension (format version 5), autoscaled nodes only: their replicas after the warm-up. */
  replicas?: ReplicaStats;
}

/** An autoscaled node's ready replicas after the warm-up (replicas still starting not counted). */
export interface ReplicaStats {
  /** Time-averaged over the measured part of the run. */
  mean: number;
  /** The most at once. */
  max: number;
  /** At the end of the run. */
  final: number;
}

export interface QueueStats {
  published: number;
  delivered: number;
  acked: number;
  deadLettered: number;
  duplicates: number;
  maxBacklog: number;
  finalBacklog: number;
  messageAgeMs: LatencySummary;
  /** Extension: at the end, the age of the oldest message not yet handed to a consumer (0: none). */
  oldestWaitingMs: number;
  // Extensions (optional in the type so results built elsewhere stay valid; the engine always sets them).
  /** Publishes the broker refused (capacity reached: backpressure; or an outage). */
  refused?: number;
  /** Duplicate deliveries an idempotent consumer recognised and discarded. */
  duplicatesDiscarded?: number;
  /** Duplicate deliveries a non-idempotent consumer processed again (side effects done twice). */
  duplicateSideEffects?: number;
  /**
   * Messages that outlived the broker's `messageTtlMs` before a consumer took them: moved to
   * the dead-letter queue when one is wired (counted in its `published`), else dropped.
   */
  expired?: number;
  /** Version 5, a partitioned queue or topic only: its partition with the highest backlog. */
  hottestPartition?: PartitionStats;
}

/** One partition of a partitioned queue or topic (a topic: of the subscription where it peaked). */
export interface PartitionStats {
  /** Its number, 0 .. partitions − 1 (0 is the one a `hotPartitionShare` favours). */
  partition: number;
  /** Most messages it held at once after the warm-up (accepted, not yet acknowledged). */
  maxBacklog: number;
  /** Messages it held at the end. */
  finalBacklog: number;
}

export interface Series {
  bucketS: number;
  t: number[];
  entryRps: number[];
  errorRate: number[];
  /**
   * Extension: entries answered in each bucket that failed, counted by reason (the kinds of
   * `EntryErrors`). Per bucket the kinds add up to the failures behind `errorRate`; like every
   * series it covers the whole run, so summed over the buckets it equals the total of
   * `entry.errors` when there is no warm-up (with one, it also holds the warm-up's failures).
   */
  errorsByKind: ErrorSeries;
  /** p99 latency of every entry answered in the bucket, failures included (0 where none). */
  p99Ms: number[];
  /** Extension: entries answered in each bucket, successfully or not (the denominator of errorRate). */
  finished: number[];
  /** Extension: entries answered successfully within the latency objective in each bucket. */
  succeededWithinTarget: number[];
  /** Extension: p50 and p99 latency of the entries answered successfully in the bucket; null where none. */
  succeededP50Ms: (number | null)[];
  succeededP99Ms: (number | null)[];
  /** Extension: median time to failure of the entries that failed in the bucket; null where none. */
  timeToFailP50Ms: (number | null)[];
  /**
   * Extension: each service's and broker's state per bucket, by the cascade's rules: 1 =
   * saturated, 2 = failing, 3 = both, 0 = neither. The cascade lists the first such bucket after
   * the warm-up; the replay rings each node with its state in the bucket under the cursor.
   */
  nodeState: Record<string, number[]>;
  utilization: Record<string, number[]>;
  backlog: Record<string, number[]>;
  /**
   * Extension: traffic on each edge, per second of each bucket: call attempts sent (retries
   * included, calls refused by an open circuit breaker not), publishes sent, and messages
   * handed to the consumer of a consume edge (redeliveries and duplicates included). Like every
   * series it covers the whole run, warm-up included.
   */
  edgeRps: Record<string, number[]>;
  /**
   * Extension (format version 5), present when the variant autoscales a node: per autoscaled
   * node, the most replicas ready (taking work) in each bucket. Covers the whole run.
   */
  replicas?: Record<string, number[]>;
  /**
   * Extension (format version 5), present when the variant partitions a queue or topic: per
   * partitioned one, the most messages one of its partitions held at once in each bucket (a
   * topic: in any subscription), beside `backlog`, the most the whole queue held. Covers the
   * whole run; over the buckets after the warm-up (when it ends on a bucket boundary) its highest value is `queues.<id>.hottestPartition.maxBacklog`.
   */
  hottestPartitionBacklog?: Record<string, number[]>;
}

export interface CascadeEntry {
  node: string;
  saturatedAtS: number | null;
  failingAtS: number | null;
}

/**
 * Over requests and messages alike: generated = succeeded + failed + deadLettered + expired +
 * inFlight.
 */
export interface Conservation {
  generated: number;
  succeeded: number;
  failed: number;
  deadLettered: number;
  /** Extension: messages that expired (time-to-live), dead-lettered or dropped. */
  expired: number;
  inFlight: number;
}

export interface SimulationResult {
  variant: string;
  scenario: string;
  seed: number;
  simulatedS: number;
  /** Extension: the scenario's warm-up; the counters cover simulatedS − warmupS seconds. */
  warmupS: number;
  events: number;
  wallMs: number;
  entry: EntryStats;
  completion: { latencyMs: LatencySummary };
  nodes: Record<string, NodeStats>;
  queues: Record<string, QueueStats>;
  series: Series;
  cascade: CascadeEntry[];
  conservation: Conservation;
  /** Extension: set when a guard (event or wall-clock budget) ended the run early. */
  cutShort: { reason: 'events' | 'wallClock' | 'cancelled' | 'memory'; atS: number } | null;
  /**
   * Extension: faults of the scenario that name a node this variant lacks (or a client); the run
   * went ahead without them. Empty when every fault applied.
   */
  skippedFaults: SkippedFault[];
  /** Extension: synthetic spans of the first requests after warm-up, when `traces` was asked for. */
  traces?: Span[];
  /**
   * Extension (format version 4): what the flows that depend on outcomes did after the warm-up;
   * present only when the variant has an edge with a condition or in an outcome group.
   */
  outcomes?: FlowStats;
  /**
   * Extension (format version 4): what the design costs over the measured window and per month,
   * by the project's price table (models/cost/run-cost.ts). `simulate` always sets it.
   */
  cost?: RunCost;
}

export interface FlowStats {
  /** Fallback calls made (a step failed, the fallback was tried). */
  fallbacks: number;
  /** Fallbacks that succeeded and so turned a failed request into a successful one. */
  fallbacksRecovered: number;
  /** Compensations made (`onFailure` calls and publishes). */
  compensations: number;
  /** By edge id, for every edge with a condition or in an outcome group: how often it was taken. */
  taken: Record<string, number>;
}

/** One span of a synthetic trace (OpenTelemetry-like; times in ms from the start of the run). */
export type Span = SyntheticSpan;

export interface SimulateOptions {
  variant: string;
  scenario: string;
  /** Defaults to the scenario's seed. */
  seed?: number;
  /** Guard: stop after this many events (default large enough for any sane model). */
  maxEvents?: number;
  /** Guard: stop after this much wall-clock time in ms. */
  maxWallMs?: number;
  /** Called now and then with the simulated time reached; return true to cancel. */
  onProgress?: (p: { simulatedS: number; durationS: number; events: number }) => boolean | void;
  /** How often (wall-clock ms) onProgress is called at most; default 100. */
  progressEveryMs?: number;
  /** Guard: stop when this many jobs and messages are in flight at once (default 5 million). */
  maxLive?: number;
  /** Record synthetic spans for the first `maxRequests` requests after warm-up. */
  traces?: { maxRequests: number };
}
