/**
 * Redeliveries of one broker, waiting outside the event queue. A failed message comes back after
 * the broker's constant redeliveryDelayMs plus a delivery hop, so the times at which they must
 * *enter* the event queue (failure time + the constant delay) are in FIFO order, while their
 * event times (that plus the hop) are not. Each entry keeps the event's time and the sequence
 * number reserved when it was scheduled, so it orders among same-instant events exactly as if it
 * had been in the queue all along; it is moved into the queue before the queue reaches its
 * release time, which is never after its event time (hops are non-negative).
 *
 * Why: at a few hundred failures a second with a 1 s delay, hundreds of far-future events would
 * sit in the heap and deepen every pop; here they cost O(1) each.
 */
export class RedeliveryLane {
  private release: Float64Array;
  private time: Float64Array;
  private seq: Float64Array;
  private msg: Int32Array;
  private head = 0;
  size = 0;

  constructor(capacity = 16) {
    this.release = new Float64Array(capacity);
    this.time = new Float64Array(capacity);
    this.seq = new Float64Array(capacity);
    this.msg = new Int32Array(capacity);
  }

  push(releaseMs: number, timeMs: number, seq: number, msg: number): void {
    if (this.size === this.msg.length) this.grow();
    const i = (this.head + this.size) & (this.msg.length - 1);
    this.release[i] = releaseMs;
    this.time[i] = timeMs;
    this.seq[i] = seq;
    this.msg[i] = msg;
    this.size++;
  }

  /** The front entry's release time; Infinity when empty. */
  frontRelease(): number {
    return this.size === 0 ? Infinity : this.release[this.head];
  }
  frontTime(): number {
    return this.time[this.head];
  }
  frontSeq(): number {
    return this.seq[this.head];
  }
  frontMessage(): number {
    return this.msg[this.head];
  }

  shift(): void {
    this.head = (this.head + 1) & (this.msg.length - 1);
    this.size--;
  }

  private grow(): void {
    const cap = this.msg.length;
    const n = cap * 2;
    const release = new Float64Array(n);
    const time = new Float64Array(n);
    const seq = new Float64Array(n);
    const msg = new Int32Array(n);
    for (let k = 0; k < this.size; k++) {
      const i = (this.head + k) & (cap - 1);
      release[k] = this.release[i];
      time[k] = this.time[i];
      seq[k] = this.seq[i];
      msg[k] = this.msg[i];
    }
    this.release = release;
    this.time = time;
    this.seq = seq;
    this.msg = msg;
    this.head = 0;
  }
}
