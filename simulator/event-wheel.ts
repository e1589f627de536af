import { EventQueue4 } from './event-queue-4ary';
import { growF64, growI32 } from './pool';
import { DOUBLE_ZERO } from './double-zero';

export interface EventWheelOptions {
  /** Number of slots at first, a power of two (default 4096); tuning adds more for crowds. */
  slots?: number;
  /** Initial slot width in ms (default 0.1). */
  widthMs?: number;
  /** Re-fit the slot width to the pace of events as the run goes (default true). */
  autoTune?: boolean;
  /** Pops between two looks at the pace of events (default 16 384; small in tests). */
  tuneEvery?: number;
  /** Pending events above which the heap takes over (default HEAP_ABOVE; small in tests). */
  heapAbove?: number;
}

/** The width aimed for, in mean gaps between consecutive events (measured best: 0.25–0.6). */
const WIDTH_PER_GAP = 0.5;
/** The width is changed only when it is this many times off its aim (a rebuild costs O(events)). */
const RETUNE_FACTOR = 2;
/** At most this many slots: beyond, slots get wider instead. */
const MAX_SLOTS = 1 << 16;
/**
 * Above this many pending events the wheel hands everything to its heap, and takes it back below
 * half of it: with hundreds of thousands of events its slot lists scatter over memory and every
 * operation misses the cache, where the heap's top levels stay in it (hold benchmark: the wheel
 * wins up to ~50 000 pending, 15.7 M against 9.6 M operations/s at 10 000; the heap beyond).
 */
export const HEAP_ABOVE = 1 << 15;
/** The wheel should reach this many times the mean time an event waits in it. */
const REACH = 4;
/** A slot list this long calls for a look at the pace before the next regular one... */
const CROWDED = 32;
/** ...but not sooner than this many pops after the last (equal times crowd a slot for good). */
const MIN_TUNE_POPS = 64;
/**
 * A slot list this long cannot be the width's fault: events at one same instant (a pathological
 * model's burst). Each pop would scan it all, so the heap takes over until the next regular look.
 */
const HUGE_SLOT = 512;

/**
 * The engine's future-event list: a timing wheel (a calendar queue without sorted buckets).
 * Time is cut into slots of `width` ms; the wheel holds the `slots` slots from the last popped
 * event's on, each an unsorted list of its events, with a bitmap of the slots that hold any.
 * Pushing an event is O(1): compute its slot, link it in. Popping finds the next occupied slot in
 * the bitmap (32 slots per step) and the earliest event of that slot by a scan. Slots hold about
 * one event each because the wheel follows the run: every 16 384 pops (sooner when a slot is
 * crowded) it aims the width at half the mean gap between events and the slots at twice the
 * events pending, and rebuilds when it is far off. Events beyond the wheel's reach wait in a
 * 4-ary heap and move in as it turns; above HEAP_ABOVE pending events the heap takes them all.
 *
 * The order is exactly the heap's: by time, then by the sequence number given at push (or
 * reserved), so a run pops the same events in the same order whatever the width, and its
 * results are the same to the byte as with the heap alone.
 *
 * Why: every event passes through this structure. On the client portal's to-be at 500
 * requests/s (7.6 M events, ~160 pending, delays spread from 0.06 to 100 ms) a heap pop cost
 * ~45 ns, mostly comparisons of random times that the CPU mispredicts; replaying that run's
 * 15 M operations took 0.51 s with the heap and 0.27 s with this wheel, and the whole run went
 * from 1.3 s to 1.1 s (docs/performance.md, "Third pass").
 */
export class EventWheel {
  // By handle (an event's storage slot, reused through a free stack).
  private time: Float64Array;
  private seq: Float64Array;
  private kind: Int32Array;
  private a: Int32Array;
  private b: Int32Array;
  private next: Int32Array;
  private free: Int32Array;
  private freeTop = 0;

  // Number fields start as numbers, not undefined: V8 would otherwise keep them as generic tagged
  // values, slower to read on every push and pop (and boxing every double written to them).
  private slots = 0;
  private mask = 0;
  /** The fewest slots tuning may leave (the initial number). */
  private readonly minSlots: number = 0;
  /** First handle of each slot's list (-1: empty). */
  private head: Int32Array;
  /** One bit per slot: set when its list is not empty. */
  private bits: Int32Array;
  /** Events beyond the wheel's reach, and the slot number of the earliest (Infinity: none). */
  private readonly far = new EventQueue4(256);
  private farN = Infinity;
  private inWheel = 0;
  /**
   * Slot number (time / width, not wrapped) of the last popped event: every pending event is at
   * or after it, and the wheel holds those with slot numbers in [base, base + slots).
   */
  private base = 0;
  private width = 0;
  private invWidth = 0;
  private readonly autoTune: boolean;
  private readonly tuneEvery: number = 0;
  private readonly heapAbove: number = 0;

  /** The earliest wheel event, once located: its handle, its predecessor in the slot list, its slot and slot number. */
  private found = -1;
  private foundPrev = -1;
  private foundSlot = -1;
  private foundN = 0;

  /** Everything is in the far heap (a crowd of events, see HEAP_ABOVE). */
  private heapOnly = false;
  private popsSinceTune = 0;
  /** A crowded slot was met: look at the pace at the next pop. */
  private tuneSoon = false;
  /** The longest slot list met since the last look. */
  private longestSlot = 0;
  private tuneFromMs = DOUBLE_ZERO;

  size = 0;
  private nextSeq = 0;
  /** The popped event, read by the caller right after pop(). */
  topTime = DOUBLE_ZERO;
  topKind = 0;
  topA = 0;
  topB = 0;

  constructor(options: EventWheelOptions = {}, capacity = 1024) {
    this.slots = options.slots ?? 4096;
    if (this.slots < 32 || (this.slots & (this.slots - 1)) !== 0)
      throw new Error('EventWheel: slots must be a power of two, at least 32');
    this.mask = this.slots - 1;
    this.minSlots = this.slots;
    this.head = new Int32Array(this.slots).fill(-1);
    this.bits = new Int32Array(this.slots >> 5);
    this.width = options.widthMs ?? 0.1;
    this.invWidth = 1 / this.width;
    this.autoTune = options.autoTune ?? true;
    this.tuneEvery = options.tuneEvery ?? 16384;
    this.heapAbove = options.heapAbove ?? HEAP_ABOVE;
    this.time = new Float64Array(capacity);
    this.seq = new Float64Array(capacity);
    this.kind = new Int32Array(capacity);
    this.a = new Int32Array(capacity);
    this.b = new Int32Array(capacity);
    this.next = new Int32Array(capacity);
    this.free = new Int32Array(capacity);
    for (let h = capacity - 1; h >= 0; h--) this.free[this.freeTop++] = h;
  }

  /** The slot width in ms (it follows the run when auto-tuned). */
  get widthMs(): number {
    return this.width;
  }

  /** True while the heap holds every event (a crowd, or a burst at one instant). */
  get heapOnlyNow(): boolean {
    return this.heapOnly;
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

  /** push() with a sequence number from reserve(). Times must not precede the last pop. */
  pushSeq(t: number, kind: number, a: number, b: number, s: number): void {
    this.size++;
    const n = Math.floor(t * this.invWidth);
    if (n - this.base >= this.slots || this.heapOnly) {
      this.far.pushSeq(t, kind, a, b, s);
      if (n < this.farN) this.farN = n;
      return;
    }
    const h = this.alloc(t, kind, a, b, s);
    const slot = this.link(h, n);
    // A new earliest event, or a change to the located event's list, voids the location.
    const f = this.found;
    if (f >= 0 && (slot === this.foundSlot || t < this.time[f])) this.found = -1;
  }

  peekTime(): number {
    if (this.inWheel === 0) return this.far.peekTime(); // Infinity when empty
    if (this.found < 0) this.locate();
    return this.time[this.found];
  }

  /** Removes the earliest event into topTime/topKind/topA/topB; false when empty. */
  pop(): boolean {
    // Small enough for V8 to inline into the engine's loop, which peeks before it pops: the
    // earliest event is then in the wheel and located.
    const h = this.found;
    if (h < 0) return this.popUnlocated();
    const slot = this.foundSlot;
    const after = this.next[h];
    if (this.foundPrev >= 0) this.next[this.foundPrev] = after;
    else if ((this.head[slot] = after) < 0) this.bits[slot >> 5] &= ~(1 << (slot & 31));
    this.found = -1;
    this.inWheel--;
    this.size--;
    this.moveTo(this.foundN);
    this.topTime = this.time[h];
    this.topKind = this.kind[h];
    this.topA = this.a[h];
    this.topB = this.b[h];
    this.free[this.freeTop++] = h;
    if (++this.popsSinceTune === this.tuneEvery || this.tuneSoon) this.tune();
    return true;
  }

  private popUnlocated(): boolean {
    if (this.size === 0) return false;
    if (this.inWheel > 0) {
      this.locate();
      return this.pop();
    }
    // Everything pending is beyond the wheel: take the earliest from the heap and move the wheel
    // there.
    const far = this.far;
    far.pop();
    this.farN = far.size > 0 ? Math.floor(far.peekTime() * this.invWidth) : Infinity;
    this.size--;
    this.topTime = far.topTime;
    this.topKind = far.topKind;
    this.topA = far.topA;
    this.topB = far.topB;
    this.moveTo(Math.floor(far.topTime * this.invWidth));
    if (++this.popsSinceTune === this.tuneEvery || this.tuneSoon) this.tune();
    return true;
  }

  /** The wheel now starts at slot number n: far events it reaches move in (all after n). */
  private moveTo(n: number): void {
    this.base = n;
    if (this.farN < n + this.slots && !this.heapOnly) this.pullFar();
  }

  /** Finds the earliest wheel event: the next occupied slot from the base, then the earliest in it. */
  private locate(): void {
    const mask = this.mask;
    const lastWord = (this.slots >> 5) - 1;
    const bits = this.bits;
    const from = (this.base >>> 0) & mask;
    let word = from >> 5;
    let m = bits[word] & (-1 << (from & 31));
    while (m === 0) {
      word = (word + 1) & lastWord;
      m = bits[word];
    }
    const slot = (word << 5) | (31 - Math.clz32(m & -m));
    const time = this.time;
    const seq = this.seq;
    const next = this.next;
    let best = this.head[slot];
    let bestPrev = -1;
    let bt = time[best];
    let length = 1;
    for (let prev = best, x = next[best]; x >= 0; prev = x, x = next[x]) {
      const xt = time[x];
      if (xt < bt || (xt === bt && seq[x] < seq[best])) {
        best = x;
        bt = xt;
        bestPrev = prev;
      }
      length++;
    }
    if (length > CROWDED && this.autoTune) {
      if (length > this.longestSlot) this.longestSlot = length;
      if (this.popsSinceTune >= MIN_TUNE_POPS) this.tuneSoon = true;
    }
    this.found = best;
    this.foundPrev = bestPrev;
    this.foundSlot = slot;
    this.foundN = this.base + ((slot - from) & mask);
  }

  /** Moves the far events that the wheel now reaches into their slots. */
  private pullFar(): void {
    const far = this.far;
    const limit = this.base + this.slots;
    let n = this.farN;
    while (n < limit) {
      far.pop();
      this.link(this.alloc(far.topTime, far.topKind, far.topA, far.topB, far.topSeq), n);
      n = far.size > 0 ? Math.floor(far.peekTime() * this.invWidth) : Infinity;
    }
    this.farN = n;
  }

  /**
   * Aims the width at half the mean gap between the events just popped, and the number of slots
   * at twice the events pending; when that is not enough for the wheel to reach REACH times the
   * mean time an event waits (pending × gap, by Little's law), or slots run out, the width grows
   * instead, so that few events wait in the far heap. Rebuilds when either is far off.
   */
  private tune(): void {
    if (!this.autoTune) return;
    const gap = (this.topTime - this.tuneFromMs) / this.popsSinceTune;
    this.popsSinceTune = 0;
    this.tuneSoon = false;
    this.tuneFromMs = this.topTime;
    const huge = this.longestSlot > HUGE_SLOT;
    this.longestSlot = 0;
    if (this.size > this.heapAbove || huge) {
      if (!this.heapOnly) {
        this.heapOnly = true;
        this.rebuild(this.width, this.slots); // every event goes to the heap
      }
      return;
    }
    const back = this.heapOnly && this.size < this.heapAbove / 2;
    if (back) this.heapOnly = false;
    if (!(gap > 0)) {
      if (back) this.rebuild(this.width, this.slots);
      return;
    }
    let slots = this.minSlots;
    while (slots < 2 * this.size && slots < MAX_SLOTS) slots *= 2;
    const aim = Math.max(gap * WIDTH_PER_GAP, (REACH * this.size * gap) / slots);
    const widthOff = aim > this.width * RETUNE_FACTOR || aim * RETUNE_FACTOR < this.width;
    const slotsOff = slots > this.slots * 2 || slots * 4 < this.slots;
    if (widthOff || slotsOff || back)
      this.rebuild(widthOff ? aim : this.width, slotsOff ? slots : this.slots);
  }

  /** Re-slots every event for a new width and number of slots, the base at the last pop. */
  private rebuild(widthMs: number, slots: number): void {
    const handles: number[] = [];
    for (let s = 0; s < this.slots; s++)
      for (let h = this.head[s]; h >= 0; h = this.next[h]) handles.push(h);
    if (slots !== this.slots) {
      this.slots = slots;
      this.mask = slots - 1;
      this.head = new Int32Array(slots);
      this.bits = new Int32Array(slots >> 5);
    } else {
      this.bits.fill(0);
    }
    this.head.fill(-1);
    this.inWheel = 0;
    this.width = widthMs;
    this.invWidth = 1 / widthMs;
    this.base = Math.floor(this.topTime * this.invWidth);
    this.found = -1;
    for (const h of handles) {
      const n = Math.floor(this.time[h] * this.invWidth);
      if (n - this.base < this.slots && !this.heapOnly) this.link(h, n);
      else {
        this.far.pushSeq(this.time[h], this.kind[h], this.a[h], this.b[h], this.seq[h]);
        this.free[this.freeTop++] = h;
      }
    }
    this.farN = this.far.size > 0 ? Math.floor(this.far.peekTime() * this.invWidth) : Infinity;
    if (!this.heapOnly) this.pullFar();
  }

  private alloc(t: number, kind: number, a: number, b: number, s: number): number {
    if (this.freeTop === 0) this.grow();
    const h = this.free[--this.freeTop];
    this.time[h] = t;
    this.seq[h] = s;
    this.kind[h] = kind;
    this.a[h] = a;
    this.b[h] = b;
    return h;
  }

  /** Links handle h into the slot of slot number n; returns the slot. */
  private link(h: number, n: number): number {
    const slot = (n >>> 0) & this.mask; // n modulo the slots, for any n below 2^53
    this.next[h] = this.head[slot];
    this.head[slot] = h;
    this.bits[slot >> 5] |= 1 << (slot & 31);
    this.inWheel++;
    return slot;
  }

  private grow(): void {
    const old = this.time.length;
    const n = old * 2;
    this.time = growF64(this.time, n);
    this.seq = growF64(this.seq, n);
    this.kind = growI32(this.kind, n);
    this.a = growI32(this.a, n);
    this.b = growI32(this.b, n);
    this.next = growI32(this.next, n);
    this.free = growI32(this.free, n);
    // Full means every handle is in use: the free stack is empty.
    for (let h = n - 1; h >= old; h--) this.free[this.freeTop++] = h;
  }

  /** Bytes of its arrays, the far heap's included (for the engine's state size). */
  bytes(): number {
    let total = this.head.byteLength + this.bits.byteLength;
    for (const x of [this.time, this.seq, this.kind, this.a, this.b, this.next, this.free])
      total += x.byteLength;
    return total;
  }
}
