// A trace recorder that counts, on its own, the messages each partition holds, from the
// engine's message hooks (a message enters a partition: onMessage; it leaves it, acknowledged,
// dead-lettered or expired: onMessageEnd). The engine calls these hooks only when a recorder is
// given, so the count costs a normal run nothing. After every change it compares the engine's
// partition and channel backlogs with the count, and keeps, per broker and series bucket, the
// range the bucket's peaks must lie in.
import type { Engine } from '../../simulator/engine';
import type { TraceRecorder } from '../../simulator/trace-recorder';

/** What a bucket's peak (the most held at once in it) must lie between. */
export interface PeakRange {
  /** The most seen at a change strictly inside the bucket. */
  low: number;
  /** The most seen at a change in the bucket, its ends included, or carried into it. */
  high: number;
}

export interface CensusProblem {
  atMs: number;
  what: string;
}

const noop = (): void => {};

export class PartitionCensus implements TraceRecorder {
  /** Messages in each partition, by the census's own count. */
  readonly count: Int32Array;
  /** Messages that entered each partition. */
  readonly entered: Float64Array;
  /** Messages that entered and left each channel. */
  readonly channelIn: Float64Array;
  readonly channelOut: Float64Array;
  /** Per broker node, per bucket: the range of its queue's peak and of its hottest partition's. */
  readonly backlogPeaks = new Map<number, PeakRange[]>();
  readonly hottestPeaks = new Map<number, PeakRange[]>();
  /** Disagreements found (the first few). */
  readonly problems: CensusProblem[] = [];
  /** Changes checked. */
  checks = 0;
  /** The bucket of the last change, and each broker's queue and hottest partition then. */
  private lastBucket = 0;
  private readonly now = new Map<number, { backlog: number; hottest: number }>();

  onEntry = noop;
  onJobStart = noop;
  onJobEnd = noop;
  onAttempt = noop;
  onAttemptEnd = noop;

  constructor(
    partitions: number,
    channels: number,
    private readonly buckets: number,
  ) {
    this.count = new Int32Array(partitions);
    this.entered = new Float64Array(partitions);
    this.channelIn = new Float64Array(channels);
    this.channelOut = new Float64Array(channels);
  }

  onMessage(engine: Engine, message: number): void {
    const c = engine.messageChannel(message);
    const p = engine.messagePartition(message);
    this.channelIn[c]!++;
    if (p >= 0) {
      this.count[p]!++;
      this.entered[p]!++;
    }
    this.check(engine, c);
  }

  onMessageEnd(engine: Engine, message: number): void {
    const c = engine.messageChannel(message);
    const p = engine.messagePartition(message);
    this.channelOut[c]!++;
    if (p >= 0) this.count[p]!--;
    this.check(engine, c);
  }

  private problem(engine: Engine, what: string): void {
    if (this.problems.length < 5) this.problems.push({ atMs: engine.now, what });
  }

  /** After a change in channel c: its partitions against the count, their sum against it. */
  private check(engine: Engine, c: number): void {
    this.checks++;
    const m = engine.m;
    const parts = engine.parts!;
    let sum = 0;
    for (let p = m.partStart[c]!; p < m.partStart[c + 1]!; p++) {
      sum += parts.backlog[p]!;
      if (parts.backlog[p] !== this.count[p])
        this.problem(engine, `partition ${p}: engine ${parts.backlog[p]}, census ${this.count[p]}`);
    }
    if (sum !== engine.chBacklog[c])
      this.problem(
        engine,
        `channel ${c}: partitions sum to ${sum}, channel ${engine.chBacklog[c]}`,
      );
    this.observe(engine, m.chanBroker[c]!);
  }

  /** The broker's queue and hottest partition now, into the bucket's peak ranges. */
  private observe(engine: Engine, b: number): void {
    const m = engine.m;
    const parts = engine.parts!;
    let backlog = 0;
    let hottest = 0;
    for (let c = m.chanStart[b]!; c < m.chanStart[b + 1]!; c++) {
      backlog = Math.max(backlog, engine.chBacklog[c]!);
      for (let p = m.partStart[c]!; p < m.partStart[c + 1]!; p++)
        hottest = Math.max(hottest, parts.backlog[p]!);
    }
    const t = engine.now / engine.bucketMs;
    const last = this.buckets - 1;
    // A change on a bucket's boundary may be counted in the bucket before or in the next.
    const onBoundary = t === Math.floor(t);
    const k = Math.min(Math.floor(t), last);
    this.carry(k);
    if (onBoundary) {
      for (const j of new Set([Math.max(0, Math.floor(t) - 1), k])) {
        this.widen(this.backlogPeaks, b, j, backlog, false);
        this.widen(this.hottestPeaks, b, j, hottest, false);
      }
    } else {
      this.widen(this.backlogPeaks, b, k, backlog, true);
      this.widen(this.hottestPeaks, b, k, hottest, true);
    }
    this.now.set(b, { backlog, hottest });
  }

  /** What every broker held at the last change is carried into the buckets after it, up to k. */
  private carry(k: number): void {
    if (k <= this.lastBucket) return;
    for (const [b, held] of this.now)
      for (let j = this.lastBucket + 1; j <= k; j++) {
        this.widen(this.backlogPeaks, b, j, held.backlog, false);
        this.widen(this.hottestPeaks, b, j, held.hottest, false);
      }
    this.lastBucket = k;
  }

  /** After the run: what the brokers held at the last change fills the buckets left. */
  finish(): void {
    this.carry(this.buckets - 1);
  }

  private widen(
    map: Map<number, PeakRange[]>,
    b: number,
    k: number,
    value: number,
    inside: boolean,
  ): void {
    let ranges = map.get(b);
    if (!ranges) {
      ranges = Array.from({ length: this.buckets }, () => ({ low: 0, high: 0 }));
      map.set(b, ranges);
    }
    const r = ranges[k]!;
    if (inside) r.low = Math.max(r.low, value);
    r.high = Math.max(r.high, value);
  }
}
