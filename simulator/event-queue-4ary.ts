/**
 * The engine's future-event list: a 4-ary min-heap (half the depth of a binary heap, better cache
 * locality for the children scan; measured against the binary EventQueue by `npm run bench`,
 * see docs/simulator.md). A min-heap in typed arrays, keyed on time with an insertion
 * sequence number as tie-break, so events at the same instant run in the order they were
 * scheduled (determinism does not depend on the heap's shape). Each event carries a kind and
 * two integers (usually a record id and its generation). No allocation per event; the arrays
 * double when full.
 */
export class EventQueue4 {
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
    const time = this.time;
    const seq = this.seq;
    let i = this.size++;
    while (i > 0) {
      const p = (i - 1) >> 2;
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
    for (;;) {
      const first = 4 * i + 1;
      if (first >= n) break;
      let c = first;
      let ct = time[c];
      let cs = seq[c];
      const last = first + 4 < n ? first + 4 : n;
      for (let x = first + 1; x < last; x++) {
        const xt = time[x];
        if (xt < ct || (xt === ct && seq[x] < cs)) {
          c = x;
          ct = xt;
          cs = seq[x];
        }
      }
      if (t < ct || (t === ct && s < cs)) break;
      time[i] = ct;
      seq[i] = cs;
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
    const grow64 = (x: Float64Array): Float64Array => {
      const y = new Float64Array(n);
      y.set(x);
      return y;
    };
    const grow32 = (x: Int32Array): Int32Array => {
      const y = new Int32Array(n);
      y.set(x);
      return y;
    };
    this.time = grow64(this.time);
    this.seq = grow64(this.seq);
    this.kind = grow32(this.kind);
    this.a = grow32(this.a);
    this.b = grow32(this.b);
  }
}
