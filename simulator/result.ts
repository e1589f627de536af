// The results contract of DESIGN.md: what `simulate` returns, the worker hands to the app
// and `spillway simulate --json` prints. Extend it; never rename a field.

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
}

export interface EntryStats {
  requests: number;
  succeeded: number;
  failed: number;
  errors: EntryErrors;
  latencyMs: LatencySummary;
}

export interface NodeStats {
  arrivals: number;
  served: number;
  rejected: number;
  failed: number;
  timeouts: number;
  utilization: number;
  meanQueueLength: number;
  maxQueueLength: number;
  latencyMs: LatencySummary;
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
}

export interface Series {
  bucketS: number;
  t: number[];
  entryRps: number[];
  errorRate: number[];
  p99Ms: number[];
  utilization: Record<string, number[]>;
  backlog: Record<string, number[]>;
}

export interface CascadeEntry {
  node: string;
  saturatedAtS: number | null;
  failingAtS: number | null;
}

/** Over requests and messages alike: generated = succeeded + failed + deadLettered + inFlight. */
export interface Conservation {
  generated: number;
  succeeded: number;
  failed: number;
  deadLettered: number;
  inFlight: number;
}

export interface SimulationResult {
  variant: string;
  scenario: string;
  seed: number;
  simulatedS: number;
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
  cutShort: { reason: 'events' | 'wallClock' | 'cancelled'; atS: number } | null;
}

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
}
