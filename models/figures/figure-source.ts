// The part of a simulation result that the figures read. The simulator's `SimulationResult`
// satisfies it structurally, which keeps models/ free of simulator/ (docs/architecture.md, "Layers").

export interface LatencyFigures {
  mean: number;
  p50: number;
  p90: number;
  p95: number;
  p99: number;
  max: number;
}

/** The time series every figure over time is read from (one value per bucket of `t`). */
export interface SeriesSource {
  bucketS: number;
  t: number[];
  entryRps: number[];
  /** Failed / finished entries per bucket. */
  errorRate: number[];
  /** Entries answered in the bucket, successfully or not. */
  finished: number[];
  /** Entries answered successfully in the bucket within the latency objective. */
  succeededWithinTarget: number[];
  /** Latency of the entries answered successfully in the bucket; null where none was. */
  succeededP50Ms: (number | null)[];
  succeededP99Ms: (number | null)[];
  /** Median time to failure of the entries that failed in the bucket; null where none did. */
  timeToFailP50Ms: (number | null)[];
  utilization: Record<string, number[]>;
  backlog: Record<string, number[]>;
}

export interface FigureSource {
  simulatedS: number;
  /** The warm-up of the scenario run: the run's counters start after it. */
  warmupS: number;
  entry: {
    requests: number;
    succeeded: number;
    failed: number;
    /** Every outcome, unanswered requests with their age at the end (DESIGN.md's figure). */
    latencyMs: LatencyFigures;
    succeededLatencyMs: LatencyFigures;
    timeToFailMs: LatencyFigures;
    /** The latency objective (ms) the run counted `succeededWithinTarget` against. */
    latencyTargetMs: number;
    succeededWithinTarget: number;
  };
  completion: { latencyMs: LatencyFigures };
  nodes: Record<string, { utilization: number }>;
  queues: Record<
    string,
    {
      maxBacklog: number;
      deadLettered: number;
      /** Messages past the time-to-live before a consumer took them (absent in older results: 0). */
      expired?: number;
      duplicates: number;
      messageAgeMs: LatencyFigures;
      /** Age at the end of the run of the oldest message not yet handed to a consumer (0: none). */
      oldestWaitingMs: number;
      /** A partitioned queue or topic (format version 5): its partition that peaked highest after the warm-up. */
      hottestPartition?: { maxBacklog: number };
    }
  >;
  series: SeriesSource;
  /** What the design costs (format version 4; models/cost/run-cost.ts); absent in older results. */
  cost?: { total: number; monthly: number };
}
