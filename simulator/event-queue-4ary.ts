import { growF64, growI32 } from './pool';
import { DOUBLE_ZERO } from './double-zero';

/**
 * A 4-ary min-heap of events (half the depth of a binary heap, better cache locality for the
 * children scan): the engine's timing wheel (EventWheel) keeps in it the events beyond its reach,
 * and all of them in a crowd; `npm run bench` measures it against the binary heap and the wheel
 * (docs/simulator.md). A min-heap in typed arrays, keyed on time with an insertion
 * sequence number as tie-break, so events at the same instant run in the order they were
 * scheduled (determinism does not depend on the heap's shape). Each event carries a kind and
 * two integers (usually a record id and its generation). No allocation per event; the arrays
 * double when full.
 *
 * The heap itself holds only (time, slot); an event's sequence number, kind and integers sit in
 * a slot that never moves, so sifting moves two values per level instead of five (the sequence
 * number is looked up only when two times are equal). A pop picks the earliest of four children
 * without branches on the (random) times, which a CPU would mispredict about half the time.
 */
export class EventQueue4 {
  /** Heap order: the time and the slot of each entry. */
  private time: Float64Array;
  private slot: Int32Array;
  /** By slot. */
  private seq: Float64Array;
  private kind: Int32Array;
  private a: Int32Array;
  private b: Int32Array;
  /** Free slots, a stack. */
  private free: Int32Array;
  private freeTop = 0;
  size = 0;
  private nextSeq = 0;
  /** The popped event, read by the caller right after pop(). */
  topTime = DOUBLE_ZERO;
  topKind = 0;
  topA = 0;
  topB = 0;
  topSeq = DOUBLE_ZERO;

  constructor(capacity = 1024) {
    this.time = new Float64Array(capacity);
    this.slot = new Int32Array(capacity);
    this.seq = new Float64Array(capacity);
    this.kind = new Int32Array(capacity);
    this.a = new Int32Array(capacity);
    this.b = new Int32Array(capacity);
    this.free = new Int32Array(capacity);
    this.fillFree(0, capacity);
  }

  push(t: number, kind: number, a: number, b: number): void {
    this.pushSeq(t, kind, a, b, this.nextSeq++);
  }

  /**
   * Sets aside n sequence numbers and returns the first: an event pushed later with one of them
   * (pushSeq) orders among same-instant events as if it had been pushed now.
   */
  reserve(n: number): number {
    const first = this.nextSeq;
    this.nextSeq += n;
    return first;
  }

  /** push() with a sequence number from reserve(). */
  pushSeq(t: number, kind: number, a: number, b: number, s: number): void {
    if (this.size === this.time.length) this.grow();
    const h = this.free[--this.freeTop];
    const seq = this.seq;
    seq[h] = s;
    this.kind[h] = kind;
    this.a[h] = a;
    this.b[h] = b;
    const time = this.time;
    const slot = this.slot;
    let i = this.size++;
    while (i > 0) {
      const p = (i - 1) >> 2;
      const pt = time[p];
      if (pt < t || (pt === t && seq[slot[p]] < s)) break;
      time[i] = pt;
      slot[i] = slot[p];
      i = p;
    }
    time[i] = t;
    slot[i] = h;
  }

  /** Removes the earliest event into topTime/topKind/topA/topB; false when empty. */
  pop(): boolean {
    if (this.size === 0) return false;
    const time = this.time;
    const slot = this.slot;
    const seq = this.seq;
    const top = slot[0];
    this.topTime = time[0];
    this.topKind = this.kind[top];
    this.topA = this.a[top];
    this.topB = this.b[top];
    this.topSeq = seq[top];
    this.free[this.freeTop++] = top;
    const n = --this.size;
    if (n === 0) return true;
    const t = time[n];
    const h = slot[n];
    let i = 0;
    for (;;) {
      const first = 4 * i + 1;
      if (first >= n) break;
      let c: number;
      let ct: number;
      if (first + 3 < n) {
        // All four children (the common case): a branch-free tournament on time (comparisons
        // turned into 0/1 so V8 emits no jumps to mispredict), then an exact rescan in the rare
        // case that another child has the same time and the sequence number must decide.
        const t0 = time[first];
        const t1 = time[first + 1];
        const t2 = time[first + 2];
        const t3 = time[first + 3];
        const a = first + +(t1 < t0);
        const b = first + 2 + +(t3 < t2);
        const at = time[a];
        const bt = time[b];
        const pick = +(bt < at);
        c = a + (b - a) * pick;
        ct = time[c];
        if (+(t0 === ct) + +(t1 === ct) + +(t2 === ct) + +(t3 === ct) > 1) {
          c = first;
          ct = t0;
          for (let x = first + 1; x < first + 4; x++) {
            const xt = time[x];
            if (xt < ct || (xt === ct && seq[slot[x]] < seq[slot[c]])) {
              c = x;
              ct = xt;
            }
          }
        }
      } else {
        c = first;
        ct = time[c];
        for (let x = first + 1; x < n; x++) {
          const xt = time[x];
          if (xt < ct || (xt === ct && seq[slot[x]] < seq[slot[c]])) {
            c = x;
            ct = xt;
          }
        }
      }
      if (t < ct || (t === ct && seq[h] < seq[slot[c]])) break;
      time[i] = ct;
      slot[i] = slot[c];
      i = c;
    }
    time[i] = t;
    slot[i] = h;
    return true;
  }

  peekTime(): number {
    return this.size === 0 ? Infinity : this.time[0];
  }

  private fillFree(from: number, to: number): void {
    // Lowest slots on top of the stack (any order would do: slots never affect the order of events).
    for (let s = to - 1; s >= from; s--) this.free[this.freeTop++] = s;
  }

  private grow(): void {
    const old = this.time.length;
    const n = old * 2;
    this.time = growF64(this.time, n);
    this.slot = growI32(this.slot, n);
    this.seq = growF64(this.seq, n);
    this.kind = growI32(this.kind, n);
    this.a = growI32(this.a, n);
    this.b = growI32(this.b, n);
    this.free = growI32(this.free, n);
    // Full means every slot is in use: the free stack is empty.
    this.fillFree(old, n);
  }
}
