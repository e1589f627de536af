/**
 * Timeouts of one call edge. Every call on an edge waits the same timeoutMs, so its timeouts
 * expire in the order they were set: a FIFO per edge replaces heap entries. Only the earliest
 * live timeout of each edge sits in the event queue; one whose call already answered is dropped
 * when it reaches the front, at O(1), instead of being popped from the heap as a stale event.
 * An entry is an attempt and its generation only: the engine knows when a live attempt was sent,
 * so its due time needs no storing (nor a double passed on every call).
 */
export class TimerFifo {
  private att: Int32Array;
  private gen: Int32Array;
  private head = 0;
  size = 0;
  /** Whether an event for the front entry is in the event queue. */
  scheduled = false;

  constructor(capacity = 16) {
    this.att = new Int32Array(capacity);
    this.gen = new Int32Array(capacity);
  }

  push(attempt: number, generation: number): void {
    if (this.size === this.att.length) this.grow();
    const i = (this.head + this.size) & (this.att.length - 1);
    this.att[i] = attempt;
    this.gen[i] = generation;
    this.size++;
  }

  frontAttempt(): number {
    return this.att[this.head];
  }

  frontGeneration(): number {
    return this.gen[this.head];
  }

  shift(): void {
    this.head = (this.head + 1) & (this.att.length - 1);
    this.size--;
  }

  private grow(): void {
    const n = this.att.length * 2;
    const att = new Int32Array(n);
    const gen = new Int32Array(n);
    for (let k = 0; k < this.size; k++) {
      const i = (this.head + k) & (this.att.length - 1);
      att[k] = this.att[i];
      gen[k] = this.gen[i];
    }
    this.att = att;
    this.gen = gen;
    this.head = 0;
  }
}
