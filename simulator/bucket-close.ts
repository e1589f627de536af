import { KIND_QUEUE, KIND_SERVICE, KIND_TOPIC } from './compile';
import type { Engine } from './engine';
import { Histogram } from './histogram';

/** Saturated: utilisation ≥ this over a bucket with a waiting queue (or rejections). */
export const SATURATION_UTILIZATION = 0.95;
/** Failing: at least this share of a bucket's outcomes failed, over at least FAILING_MIN_OUTCOMES. */
export const FAILING_ERROR_RATE = 0.05;
export const FAILING_MIN_OUTCOMES = 5;

/** A node's bit in `sState`: saturated in that bucket. */
export const STATE_SATURATED = 1;
/** A node's bit in `sState`: failing in that bucket. */
export const STATE_FAILING = 2;

/**
 * What happened in the current series bucket, per node (and per broker): the cascade's inputs.
 * The engine's handlers add to these arrays as events happen (through its own references to
 * them, so the hot path reads a field of the engine, not of this object); `closeBucket` turns
 * them into the bucket's series values and starts the next bucket.
 */
export class BucketCounters {
  /** The longest waiting room in the bucket. */
  readonly maxWait: Float64Array;
  readonly rejected: Float64Array;
  /** Jobs finished (served or failed) and rate-limited calls. */
  readonly done: Float64Array;
  /** Failed, rejected and rate-limited jobs. */
  readonly bad: Float64Array;
  /** When the bucket's first waiting room formed (−1: none). */
  readonly firstQueued: Float64Array;
  /** When the current stretch of a non-empty waiting room began (−1 when empty). */
  readonly queuedSince: Float64Array;
  /** When the bucket's first bad outcome happened (−1: none). */
  readonly firstBad: Float64Array;
  /** Brokers: the largest backlog, publishes accepted and refused. */
  readonly brokerMax: Float64Array;
  readonly brokerPub: Float64Array;
  readonly brokerRefused: Float64Array;
  /** Entries answered in the bucket: all, the successes, the failures. */
  readonly hist = new Histogram();
  readonly okHist = new Histogram();
  readonly failHist = new Histogram();

  constructor(nodes: number) {
    this.maxWait = new Float64Array(nodes);
    this.rejected = new Float64Array(nodes);
    this.done = new Float64Array(nodes);
    this.bad = new Float64Array(nodes);
    this.firstQueued = new Float64Array(nodes).fill(-1);
    this.queuedSince = new Float64Array(nodes).fill(-1);
    this.firstBad = new Float64Array(nodes).fill(-1);
    this.brokerMax = new Float64Array(nodes);
    this.brokerPub = new Float64Array(nodes);
    this.brokerRefused = new Float64Array(nodes);
  }
}

/** What closing a bucket reads from the engine and writes into its series. */
export type BucketSource = Pick<
  Engine,
  | 'm'
  | 'buckets'
  | 'nBusyAreaB'
  | 'ceBusyAreaB'
  | 'utilCap'
  | 'scalers'
  | 'nodeScaler'
  | 'nodeCeStart'
  | 'nodeCe'
  | 'sUtil'
  | 'sBacklog'
  | 'sHotPartition'
  | 'parts'
  | 'sState'
  | 'nSatAt'
  | 'nFailAt'
  | 'sP99'
  | 'sOkP50'
  | 'sOkP99'
  | 'sFailP50'
  | 'brokerBacklog'
  | 'waiting'
>;

/**
 * Closes bucket k, which began at `start` and ends at `t` (ms; time integrals are up to date):
 * its latency quantiles, each node's utilisation or backlog, and the cascade's rules, a node's
 * bits in `sState` (saturated, failing) and, after the warm-up (`inMeasure`), when it first
 * saturated or failed. Then the counters start the next bucket.
 */
export function closeBucket(
  src: BucketSource,
  c: BucketCounters,
  k: number,
  start: number,
  t: number,
  inMeasure: boolean,
): void {
  const len = Math.max(1e-9, t - start);
  src.sP99[k] = c.hist.quantile(0.99);
  c.hist.reset();
  const ok = c.okHist;
  src.sOkP50[k] = ok.count > 0 ? ok.quantile(0.5) : NaN;
  src.sOkP99[k] = ok.count > 0 ? ok.quantile(0.99) : NaN;
  ok.reset();
  src.sFailP50[k] = c.failHist.count > 0 ? c.failHist.quantile(0.5) : NaN;
  c.failHist.reset();
  const kinds = src.m.nodeKind;
  for (let n = 0; n < src.m.nodeIds.length; n++) {
    const kind = kinds[n];
    if (kind === KIND_SERVICE) closeService(src, c, n, k, start, len, inMeasure);
    else if (kind === KIND_QUEUE || kind === KIND_TOPIC)
      closeBroker(src, c, n, k, start, inMeasure);
  }
}

function closeService(
  src: BucketSource,
  c: BucketCounters,
  n: number,
  k: number,
  start: number,
  len: number,
  inMeasure: boolean,
): void {
  let area = src.nBusyAreaB[n];
  src.nBusyAreaB[n] = 0;
  for (let i = src.nodeCeStart[n]; i < src.nodeCeStart[n + 1]; i++) {
    const e = src.nodeCe[i];
    area += src.ceBusyAreaB[e];
    src.ceBusyAreaB[e] = 0;
  }
  // An autoscaled node's capacity moves: its worker-ms of the bucket (autoscaler.ts).
  const si = src.nodeScaler[n];
  const capacity = si < 0 ? src.utilCap[n] * len : src.scalers[si].capBucket;
  const util = capacity > 0 ? area / capacity : 0;
  src.sUtil[n][k] = util;
  const queued = c.maxWait[n] > 0 || c.rejected[n] > 0;
  const saturated = util >= SATURATION_UTILIZATION && queued;
  const done = c.done[n] + c.rejected[n];
  const failing = done >= FAILING_MIN_OUTCOMES && c.bad[n] >= FAILING_ERROR_RATE * done;
  src.sState[n * src.buckets + k] =
    (saturated ? STATE_SATURATED : 0) | (failing ? STATE_FAILING : 0);
  if (inMeasure) {
    if (Number.isNaN(src.nSatAt[n]) && saturated) {
      src.nSatAt[n] = c.firstQueued[n] >= 0 ? c.firstQueued[n] : start;
    }
    if (Number.isNaN(src.nFailAt[n]) && failing) {
      src.nFailAt[n] = c.firstBad[n] >= 0 ? c.firstBad[n] : start;
    }
  }
  const waiting = src.waiting(n);
  c.maxWait[n] = waiting;
  // A queue that outlives the bucket dates from when it formed, not from the boundary.
  c.firstQueued[n] = waiting > 0 ? c.queuedSince[n] : -1;
  c.rejected[n] = 0;
  c.done[n] = 0;
  c.bad[n] = 0;
  c.firstBad[n] = -1;
}

function closeBroker(
  src: BucketSource,
  c: BucketCounters,
  n: number,
  k: number,
  start: number,
  inMeasure: boolean,
): void {
  src.sBacklog[n][k] = c.brokerMax[n];
  const hot = src.sHotPartition[n];
  if (hot) hot[k] = src.parts!.closeBucket(src.m.chanStart[n], src.m.chanStart[n + 1]);
  const cap = src.m.capacity[n];
  const saturated = cap !== Infinity && c.brokerMax[n] >= SATURATION_UTILIZATION * cap;
  const tries = c.brokerPub[n] + c.brokerRefused[n];
  const failing = tries >= FAILING_MIN_OUTCOMES && c.brokerRefused[n] >= FAILING_ERROR_RATE * tries;
  src.sState[n * src.buckets + k] =
    (saturated ? STATE_SATURATED : 0) | (failing ? STATE_FAILING : 0);
  if (inMeasure) {
    if (Number.isNaN(src.nSatAt[n]) && saturated) src.nSatAt[n] = start;
    if (Number.isNaN(src.nFailAt[n]) && failing) src.nFailAt[n] = start;
  }
  c.brokerMax[n] = src.brokerBacklog(n);
  c.brokerPub[n] = 0;
  c.brokerRefused[n] = 0;
}
