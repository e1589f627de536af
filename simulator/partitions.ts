import { IntQueue } from './int-queue';
import type { PartitionStats } from './result';
import type { Rng } from './rng';

/**
 * The partitions of the engine's partitioned channels (docs/simulator.md, "Partitions and
 * ordering"). A partition is global: channel c owns partitions partStart[c] .. partStart[c+1]-1,
 * and a topic's subscriptions each have their own copies of the broker's partitions (one
 * message lands on the same partition number in each). A partition hands one message at a
 * time to its channel's consumers (one consumer per partition at a time), so a consumer
 * group's parallelism is at most the partition count. `available` lists, per channel, the
 * partitions that have a message ready and are neither busy nor down, in the order they became
 * so: the channel's dispatch serves them in that order.
 */
export class Partitions {
  /** Messages ready to hand over, per partition, in order. */
  readonly ready: IntQueue[];
  /** 1 while a message of the partition is being handled, or (ordered) waits for its redelivery. */
  readonly busy: Uint8Array;
  /** Ordered partitions: the failed message the partition waits for (−1: none). */
  readonly blockedBy: Int32Array;
  /** 1 while the partition is listed in its channel's `available`. */
  private readonly listed: Uint8Array;
  /** 1 while a partial outage of its broker makes the partition unavailable. */
  readonly down: Uint8Array;
  /** Messages accepted into the partition and not yet acknowledged, dead-lettered or expired. */
  readonly backlog: Int32Array;
  /** The most messages each partition held at once after the warm-up. */
  readonly maxBacklog: Int32Array;
  /** Per channel: the most messages one of its partitions held at once in the current bucket. */
  private readonly bucketMax: Int32Array;
  /** Per channel: partitions ready to hand a message over. */
  readonly available: IntQueue[];
  /** The channel of each partition. */
  readonly chanOf: Int32Array;

  constructor(readonly partStart: Int32Array) {
    const C = partStart.length - 1;
    const P = partStart[C];
    this.ready = Array.from({ length: P }, () => new IntQueue(4));
    this.busy = new Uint8Array(P);
    this.blockedBy = new Int32Array(P).fill(-1);
    this.listed = new Uint8Array(P);
    this.down = new Uint8Array(P);
    this.backlog = new Int32Array(P);
    this.maxBacklog = new Int32Array(P);
    this.bucketMax = new Int32Array(C);
    this.available = Array.from({ length: C }, () => new IntQueue(4));
    this.chanOf = new Int32Array(P);
    for (let c = 0; c < C; c++) this.chanOf.fill(c, partStart[c], partStart[c + 1]);
  }

  /** A message enters partition p. */
  add(p: number): void {
    const n = ++this.backlog[p];
    // From the start of the run; the engine resets it at the end of its warm-up.
    if (n > this.maxBacklog[p]) this.maxBacklog[p] = n;
    const c = this.chanOf[p];
    if (n > this.bucketMax[c]) this.bucketMax[c] = n;
  }

  /**
   * Closes a series bucket for channels `from` .. `to`−1 (one broker's): the most messages one of
   * their partitions held at once in it. The next bucket starts from what they hold now.
   */
  closeBucket(from: number, to: number): number {
    let max = 0;
    for (let c = from; c < to; c++) {
      if (this.bucketMax[c] > max) max = this.bucketMax[c];
      let now = 0;
      for (let p = this.partStart[c]; p < this.partStart[c + 1]; p++)
        if (this.backlog[p] > now) now = this.backlog[p];
      this.bucketMax[c] = now;
    }
    return max;
  }

  /**
   * The partition of channels `from` .. `to`−1 that peaked highest after the warm-up (the
   * lowest number on a tie), or null when they are not partitioned.
   */
  hottest(from: number, to: number): PartitionStats | null {
    let best = -1;
    for (let c = from; c < to; c++)
      for (let p = this.partStart[c]; p < this.partStart[c + 1]; p++)
        if (best < 0 || this.maxBacklog[p] > this.maxBacklog[best]) best = p;
    if (best < 0) return null;
    return {
      partition: best - this.partStart[this.chanOf[best]],
      maxBacklog: this.maxBacklog[best],
      finalBacklog: this.backlog[best],
    };
  }

  /**
   * The partition (0 .. count−1) of a new message's key: the hottest, 0, with probability
   * `hotShare`, else one of the others evenly.
   */
  static draw(count: number, hotShare: number, rng: Rng): number {
    const u = rng.uniform();
    if (count === 1 || u < hotShare) return 0;
    const k = 1 + Math.floor(((u - hotShare) / (1 - hotShare)) * (count - 1));
    return k < count ? k : count - 1;
  }

  /** A message becomes ready at partition p: at the back, or at the front when p waited for it. */
  arrive(p: number, msg: number): void {
    if (this.blockedBy[p] === msg) {
      this.blockedBy[p] = -1;
      this.busy[p] = 0;
      this.ready[p].unshift(msg);
    } else {
      this.ready[p].push(msg);
    }
    this.offer(p);
  }

  /** Partition p's message is done with (or, unordered, failed): the partition takes the next. */
  release(p: number): void {
    this.busy[p] = 0;
    this.offer(p);
  }

  /** Ordered: partition p keeps waiting for its failed message `msg` (head-of-line blocking). */
  block(p: number, msg: number): void {
    this.blockedBy[p] = msg;
  }

  /**
   * A partial outage of broker b: its first `down` partitions (in each of its channels) are
   * unavailable, the others available. Returns whether any came back (its channels should
   * dispatch).
   */
  setDown(m: { chanStart: Int32Array; partStart: Int32Array }, b: number, down: number): boolean {
    let back = false;
    for (let c = m.chanStart[b]; c < m.chanStart[b + 1]; c++) {
      for (let p = this.partStart[c], k = 0; p < this.partStart[c + 1]; p++, k++) {
        const d = k < down ? 1 : 0;
        if (this.down[p] === 1 && d === 0) back = true;
        this.down[p] = d;
        if (d === 0) this.offer(p);
      }
    }
    return back;
  }

  /** Lists p in its channel's `available` if it can hand a message over. */
  offer(p: number): void {
    if (
      this.listed[p] === 0 &&
      this.busy[p] === 0 &&
      this.down[p] === 0 &&
      this.ready[p].size > 0
    ) {
      this.listed[p] = 1;
      this.available[this.chanOf[p]].push(p);
    }
  }

  /** Takes p (the front of its channel's `available`) off the list. */
  unlist(c: number): void {
    this.listed[this.available[c].shift()] = 0;
  }
}
