import { AUTOSCALE_TOLERANCE } from '../models/schema/autoscale';

/**
 * One autoscaled node, compiled (compile.ts): what it scales on, its bounds and times (ms), and
 * what one replica brings (request workers, waiting room, consumer workers per consume edge).
 */
export interface CompiledScaler {
  node: number;
  /** True: KEDA on the backlog of `channels`; false: an HPA on utilisation. */
  onBacklog: boolean;
  min: number;
  max: number;
  /** Target utilisation (0, 1], or target backlog per replica (messages). */
  target: number;
  periodMs: number;
  /** Utilisation: how many periods the metric is averaged over (windowS / periodS, at least 1). */
  windowPeriods: number;
  /** Scale-out delay, or a backlog scaler's start delay. */
  delayMs: number;
  /** Scale-in stabilisation period (the cooldown). */
  cooldownMs: number;
  /** Request workers per replica. */
  concurrency: number;
  /** Waiting room per replica (Infinity: unbounded). */
  queueLimit: number;
  /** Whether the request pool counts in the node's utilisation (the engine's utilCap rule). */
  syncCounted: boolean;
  /** The node's consume edges, each one's consumer workers per replica and cap (Infinity: none). */
  consumeEdges: Int32Array;
  consumePerReplica: Int32Array;
  consumeCap: Float64Array;
  /** The channels whose backlog a backlog scaler reads. */
  channels: Int32Array;
}

/**
 * The replica count a decision recommends, before the bounds. Utilisation (Kubernetes' HPA):
 * replicas still starting count as idle, so the recommendation is ceil(ready × u / target);
 * within the tolerance the count stays. Backlog (KEDA): ceil(backlog / target per replica), 0
 * for an empty backlog; within the tolerance of the current count it stays.
 */
export function recommend(
  s: Pick<CompiledScaler, 'onBacklog' | 'target'>,
  current: number,
  ready: number,
  metric: number,
): number {
  if (s.onBacklog) {
    if (metric <= 0) return 0;
    if (current > 0 && Math.abs(metric / (current * s.target) - 1) <= AUTOSCALE_TOLERANCE)
      return current;
    return Math.ceil(metric / s.target - 1e-9);
  }
  if (ready === 0) return current;
  const ratio = metric / s.target;
  if (Math.abs(ratio - 1) <= AUTOSCALE_TOLERANCE) return current;
  return Math.ceil(ready * ratio - 1e-9);
}

/** min(replicas × per replica, cap): the consumer workers of one consume edge. */
export function consumerWorkersAt(perReplica: number, cap: number, replicas: number): number {
  return Math.min(replicas * perReplica, cap);
}

/**
 * The running state of one autoscaled node: replicas ready and starting, the recommendations of
 * the stabilisation window, the utilisation window, and the integrals the results read
 * (capacity and replicas over time, per bucket and after the warm-up).
 */
export class ScalerState {
  readonly spec: CompiledScaler;
  ready: number;
  /** When each replica that is starting takes work (ms), earliest first. */
  readonly starting: number[] = [];
  /** Recommendations of the stabilisation window: times (ms) and counts. */
  private readonly recT: number[] = [];
  private readonly recN: number[] = [];
  /** Utilisation: busy and capacity worker-ms of each of the last windowPeriods periods. */
  private readonly winBusy: Float64Array;
  private readonly winCap: Float64Array;
  private winNext = 0;
  private winFilled = 0;
  /** Busy worker-ms of the buckets already closed (the engine's bucket integrals restart). */
  busyCarried = 0;
  private lastBusy = 0;
  private lastCap = 0;
  /** Capacity (workers counted in utilisation) now, and its integrals. */
  capacity = 0;
  capAll = 0;
  capBucket = 0;
  capMeasured = 0;
  replicaMeasured = 0;
  private lastT = 0;
  /** The most replicas ready in the current bucket, and after the warm-up. */
  bucketMax: number;
  measuredMax = 0;
  /** Per bucket: the most replicas ready in it. */
  readonly series: Float64Array;

  constructor(spec: CompiledScaler, buckets: number, capacity: number) {
    this.spec = spec;
    this.ready = spec.min;
    this.bucketMax = spec.min;
    this.capacity = capacity;
    this.winBusy = new Float64Array(spec.windowPeriods);
    this.winCap = new Float64Array(spec.windowPeriods);
    this.series = new Float64Array(buckets);
  }

  /** Brings the capacity and replica integrals up to `now`. */
  touch(now: number): void {
    const dt = now - this.lastT;
    if (dt <= 0) return;
    const area = this.capacity * dt;
    this.capAll += area;
    this.capBucket += area;
    // From the start of the run; the engine clears them at the end of its warm-up.
    this.capMeasured += area;
    this.replicaMeasured += this.ready * dt;
    this.lastT = now;
  }

  /** Utilisation over the window, given the busy worker-ms so far (integrals up to date). */
  windowUtilization(busyAll: number): number {
    const k = this.winNext;
    this.winBusy[k] = busyAll - this.lastBusy;
    this.winCap[k] = this.capAll - this.lastCap;
    this.lastBusy = busyAll;
    this.lastCap = this.capAll;
    this.winNext = k + 1 === this.winBusy.length ? 0 : k + 1;
    if (this.winFilled < this.winBusy.length) this.winFilled++;
    let busy = 0;
    let cap = 0;
    for (let i = 0; i < this.winFilled; i++) {
      busy += this.winBusy[i];
      cap += this.winCap[i];
    }
    return cap > 0 ? busy / cap : 0;
  }

  /**
   * One decision at `now` on `metric`: the count to go to (ready plus starting), by the
   * recommendation for a scale-out and by the highest recommendation of the stabilisation
   * window for a scale-in; clamped to the bounds.
   */
  decide(now: number, metric: number): number {
    const s = this.spec;
    const current = this.ready + this.starting.length;
    const rec = Math.min(s.max, Math.max(s.min, recommend(s, current, this.ready, metric)));
    this.recT.push(now);
    this.recN.push(rec);
    while (this.recT.length > 0 && this.recT[0] < now - s.cooldownMs) {
      this.recT.shift();
      this.recN.shift();
    }
    if (rec > current) return rec;
    let stable = rec;
    for (const r of this.recN) if (r > stable) stable = r;
    return stable < current ? stable : current;
  }

  /** A bucket closes: its most replicas ready, and the next bucket starts from the count now. */
  closeBucket(k: number): void {
    this.series[k] = this.bucketMax;
    this.bucketMax = this.ready;
    this.capBucket = 0;
  }

  /** The count of ready replicas changed (integrals already up to date). */
  noteReady(): void {
    if (this.ready > this.bucketMax) this.bucketMax = this.ready;
    if (this.ready > this.measuredMax) this.measuredMax = this.ready;
  }

  /** The warm-up ended (or the run ended within it): the measured integrals start from nothing. */
  clearMeasured(): void {
    this.capMeasured = 0;
    this.replicaMeasured = 0;
    this.measuredMax = 0;
  }
}
