import { growF64, growI32 } from './pool';

/**
 * A binary-heap future-event list, the textbook layout, kept as the benchmark's reference: the
 * engine uses the timing wheel (EventWheel) over the 4-ary EventQueue4. A binary min-heap in typed arrays, keyed on time with an insertion
 * sequence number as tie-break, so events at the same instant run in the order they were
 * scheduled (determinism does not depend on the heap's shape). Each event carries a kind and
 * two integers (usually a record id and its generation). No allocation per event; the arrays
 * double when full.
 */
export class EventQueue {
  private time: Float64Array;
  private seq: Float64Array;
  private kind: Int32Array;
  private a: Int32Array;
  private b: Int32Array;
  size = 0;
  private nextSeq = 0;
  /** The popped event, read by the caller right after pop(). */
  topTime = 0;
  topKind = 0;
  topA = 0;
  topB = 0;

  constructor(capacity = 1024) {
    this.time = new Float64Array(capacity);
    this.seq = new Float64Array(capacity);
    this.kind = new Int32Array(capacity);
    this.a = new Int32Array(capacity);
    this.b = new Int32Array(capacity);
  }

  push(t: number, kind: number, a: number, b: number): void {
    if (this.size === this.time.length) this.grow();
    const s = this.nextSeq++;
    const time = this.time;
    const seq = this.seq;
    let i = this.size++;
    while (i > 0) {
      const p = (i - 1) >> 1;
      const pt = time[p];
      if (pt < t || (pt === t && seq[p] < s)) break;
      time[i] = pt;
      seq[i] = seq[p];
      this.kind[i] = this.kind[p];
      this.a[i] = this.a[p];
      this.b[i] = this.b[p];
      i = p;
    }
    time[i] = t;
    seq[i] = s;
    this.kind[i] = kind;
    this.a[i] = a;
    this.b[i] = b;
  }

  /** Removes the earliest event into topTime/topKind/topA/topB; false when empty. */
  pop(): boolean {
    if (this.size === 0) return false;
    const time = this.time;
    const seq = this.seq;
    const kind = this.kind;
    const a = this.a;
    const b = this.b;
    this.topTime = time[0];
    this.topKind = kind[0];
    this.topA = a[0];
    this.topB = b[0];
    const n = --this.size;
    if (n === 0) return true;
    const t = time[n];
    const s = seq[n];
    const k = kind[n];
    const va = a[n];
    const vb = b[n];
    let i = 0;
    const half = n >> 1;
    while (i < half) {
      let c = 2 * i + 1;
      const r = c + 1;
      if (r < n && (time[r] < time[c] || (time[r] === time[c] && seq[r] < seq[c]))) c = r;
      const ct = time[c];
      if (t < ct || (t === ct && s < seq[c])) break;
      time[i] = ct;
      seq[i] = seq[c];
      kind[i] = kind[c];
      a[i] = a[c];
      b[i] = b[c];
      i = c;
    }
    time[i] = t;
    seq[i] = s;
    kind[i] = k;
    a[i] = va;
    b[i] = vb;
    return true;
  }

  peekTime(): number {
    return this.size === 0 ? Infinity : this.time[0];
  }

  private grow(): void {
    const n = this.time.length * 2;
    this.time = growF64(this.time, n);
    this.seq = growF64(this.seq, n);
    this.kind = growI32(this.kind, n);
    this.a = growI32(this.a, n);
    this.b = growI32(this.b, n);
  }
}
