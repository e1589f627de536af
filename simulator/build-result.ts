import { KIND_QUEUE, KIND_SERVICE, KIND_TOPIC } from './compile';
import {
  R_BACKPRESSURE,
  R_RATE_LIMITED,
  R_CIRCUIT_OPEN,
  R_FAILED,
  R_REJECTED,
  R_TIMEOUT,
  REASONS,
  type Engine,
} from './engine';
import { round3 } from './histogram';
import type { ScalerState } from './autoscaler';
import type {
  CascadeEntry,
  FlowStats,
  NodeStats,
  QueueStats,
  ReplicaStats,
  SimulationResult,
} from './result';

/** Reads the engine's counters into the results contract (plain JSON, stable key order). */
export function buildResult(
  engine: Engine,
  variant: string,
  scenario: string,
  seed: number,
): SimulationResult {
  const m = engine.m;
  engine.recordUnfinished();
  const measuredMs = Math.max(1e-9, engine.now - engine.warmupMs);
  const nodes: Record<string, NodeStats> = {};
  const queues: Record<string, QueueStats> = {};
  const utilization: Record<string, number[]> = {};
  const backlog: Record<string, number[]> = {};
  const replicas: Record<string, number[]> = {};
  const hottestPartitionBacklog: Record<string, number[]> = {};
  const cascade: CascadeEntry[] = [];
  const nodeState: Record<string, number[]> = {};
  const oldest = engine.oldestWaiting();

  m.nodeIds.forEach((id, n) => {
    const kind = m.nodeKind[n];
    if (kind === KIND_SERVICE) {
      // Its consumer pools, in the engine's list (edge order, as utilCap counts them).
      let area = engine.nBusyAreaT[n];
      for (let i = engine.nodeCeStart[n]; i < engine.nodeCeStart[n + 1]; i++)
        area += engine.ceBusyAreaT[engine.nodeCe[i]];
      const si = engine.nodeScaler[n];
      const scaler = si >= 0 ? engine.scalers[si] : undefined;
      // An autoscaled node's capacity moves: busy over its worker-ms after the warm-up.
      const capacity = scaler ? scaler.capMeasured : engine.utilCap[n] * measuredMs;
      nodes[id] = {
        arrivals: engine.nArrivals[n],
        served: engine.nServed[n],
        rejected: engine.nRejected[n],
        failed: engine.nFailed[n],
        timeouts: engine.nTimeouts[n],
        rateLimited: engine.nRateLimited[n],
        ...(m.hitRatio[n]! >= 0 ? { hits: engine.nHits[n] } : {}),
        utilization: round6(capacity > 0 ? area / capacity : 0),
        meanQueueLength: round6(engine.nWaitAreaT[n] / measuredMs),
        maxQueueLength: engine.nMaxWait[n],
        latencyMs: engine.nHist[n].summary(),
        ...(scaler ? { replicas: replicaStats(scaler, measuredMs) } : {}),
      };
      utilization[id] = Array.from(engine.sUtil[n], round6);
      if (scaler) replicas[id] = Array.from(scaler.series);
    } else if (kind === KIND_QUEUE || kind === KIND_TOPIC) {
      queues[id] = {
        published: engine.qPublished[n],
        delivered: engine.qDelivered[n],
        acked: engine.qAcked[n],
        deadLettered: engine.qDead[n],
        duplicates: engine.qDup[n],
        maxBacklog: engine.qMaxBacklog[n],
        finalBacklog: engine.brokerBacklog(n),
        messageAgeMs: engine.qAge[n].summary(),
        oldestWaitingMs: round3(oldest[n]),
        refused: engine.qRefused[n],
        duplicatesDiscarded: engine.qDupDiscarded[n],
        duplicateSideEffects: engine.qDupSideEffects[n],
        expired: engine.qExpired[n],
      };
      const hottest = engine.parts?.hottest(m.chanStart[n], m.chanStart[n + 1]);
      if (hottest) queues[id]!.hottestPartition = hottest;
      backlog[id] = Array.from(engine.sBacklog[n]);
      const hot = engine.sHotPartition[n];
      if (hot) hottestPartitionBacklog[id] = Array.from(hot);
    } else {
      return;
    }
    nodeState[id] = Array.from(
      engine.sState.subarray(n * engine.buckets, (n + 1) * engine.buckets),
    );
    const sat = engine.nSatAt[n];
    const fail = engine.nFailAt[n];
    if (!Number.isNaN(sat) || !Number.isNaN(fail)) {
      cascade.push({
        node: id,
        saturatedAtS: Number.isNaN(sat) ? null : round3(sat / 1000),
        failingAtS: Number.isNaN(fail) ? null : round3(fail / 1000),
      });
    }
  });
  const firstTrouble = (c: CascadeEntry): number =>
    Math.min(c.saturatedAtS ?? Infinity, c.failingAtS ?? Infinity);
  const order = new Map(m.nodeIds.map((id, i) => [id, i]));
  cascade.sort(
    (a, b) => firstTrouble(a) - firstTrouble(b) || order.get(a.node)! - order.get(b.node)!,
  );

  const B = engine.buckets;
  const bucketS = engine.bucketMs / 1000;
  const t: number[] = [];
  const entryRps: number[] = [];
  const errorRate: number[] = [];
  const byReason = (reason: number): number[] =>
    Array.from({ length: B }, (_, k) => engine.sFailedBy[k * REASONS + reason]!);
  const errorsByKind = {
    timeout: byReason(R_TIMEOUT),
    rejected: byReason(R_REJECTED),
    failed: byReason(R_FAILED),
    circuitOpen: byReason(R_CIRCUIT_OPEN),
    backpressure: byReason(R_BACKPRESSURE),
    rateLimited: byReason(R_RATE_LIMITED),
  };
  const bucketLen = (k: number): number =>
    Math.min(bucketS, engine.durationMs / 1000 - k * bucketS);
  const edgeRps: Record<string, number[]> = {};
  engine.m.edgeIds.forEach((id, e) => {
    edgeRps[id] = Array.from({ length: B }, (_, k) =>
      round6(engine.sEdge[e * B + k]! / bucketLen(k)),
    );
  });
  for (let k = 0; k < B; k++) {
    const len = bucketLen(k);
    t.push(round3(k * bucketS));
    entryRps.push(round6(engine.sArrivals[k] / len));
    errorRate.push(round6(engine.sDone[k] > 0 ? engine.sFailed[k] / engine.sDone[k] : 0));
  }
  const flight = engine.inFlight();
  const e = engine.eErrors;
  return {
    variant,
    scenario,
    seed,
    simulatedS: round3(engine.now / 1000),
    warmupS: engine.warmupMs / 1000,
    events: engine.events,
    wallMs: engine.wallMs,
    entry: {
      requests: engine.eRequests,
      succeeded: engine.eSucceeded,
      failed: engine.eFailed,
      errors: {
        timeout: e[1],
        rejected: e[2],
        failed: e[3],
        circuitOpen: e[4],
        backpressure: e[R_BACKPRESSURE],
        rateLimited: e[R_RATE_LIMITED],
      },
      latencyMs: engine.eHist.summary(),
      succeededLatencyMs: engine.eOkHist.summary(),
      timeToFailMs: engine.eFailHist.summary(),
      latencyTargetMs: engine.latencyTargetMs,
      succeededWithinTarget: engine.eWithinTarget,
    },
    completion: { latencyMs: engine.cHist.summary() },
    ...flowStats(engine),
    nodes,
    queues,
    series: {
      bucketS,
      t,
      entryRps,
      errorRate,
      errorsByKind,
      p99Ms: Array.from(engine.sP99, round3),
      finished: Array.from(engine.sDone),
      succeededWithinTarget: Array.from(engine.sWithin),
      succeededP50Ms: Array.from(engine.sOkP50, orNull),
      succeededP99Ms: Array.from(engine.sOkP99, orNull),
      timeToFailP50Ms: Array.from(engine.sFailP50, orNull),
      nodeState,
      utilization,
      backlog,
      edgeRps,
      ...(engine.scalers.length > 0 ? { replicas } : {}),
      ...(engine.parts ? { hottestPartitionBacklog } : {}),
    },
    cascade,
    conservation: {
      generated: engine.genEntries + engine.genMessages,
      succeeded: engine.okEntries + engine.okMessages,
      failed: engine.failedEntries,
      deadLettered: engine.deadMessages,
      expired: engine.expiredMessages,
      inFlight: flight.entries + flight.messages,
    },
    cutShort: engine.cut ? { reason: engine.cut.reason, atS: round3(engine.cut.atS) } : null,
    skippedFaults: [],
  };
}

/** An autoscaled node's replicas after the warm-up: time-averaged, most at once, at the end. */
function replicaStats(scaler: ScalerState, measuredMs: number): ReplicaStats {
  return {
    mean: round6(scaler.replicaMeasured / measuredMs),
    max: scaler.measuredMax,
    final: scaler.ready,
  };
}

function round6(v: number): number {
  return Math.round(v * 1e6) / 1e6;
}

/** A missing value (NaN: nothing in that bucket) as JSON null, a present one rounded to µs. */
function orNull(v: number): number | null {
  return Number.isNaN(v) ? null : round3(v);
}

/** The `outcomes` extension, only for a variant whose edges have conditions or outcome groups. */
function flowStats(engine: Engine): { outcomes?: FlowStats } {
  const { counted } = engine.m.flows;
  if (!counted.includes(1)) return {};
  const taken: Record<string, number> = {};
  engine.m.edgeIds.forEach((id, e) => {
    if (counted[e] === 1) taken[id] = engine.oTaken[e]!;
  });
  return {
    outcomes: {
      fallbacks: engine.oFallbacks,
      fallbacksRecovered: engine.oRecovered,
      compensations: engine.oCompensations,
      taken,
    },
  };
}
