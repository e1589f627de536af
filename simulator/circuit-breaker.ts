/** A breaker's state: calls pass. */
export const CB_CLOSED = 0;
/** A breaker's state: calls fail at once until its open time has passed. */
export const CB_OPEN = 1;
/** A breaker's state: one probe call may pass; its outcome closes or reopens the breaker. */
export const CB_HALF_OPEN = 2;
/** The sliding window of outcomes is this many slots, each windowS / CB_WINDOW_SLOTS long. */
export const CB_WINDOW_SLOTS = 10;

/** A breaker's settings per edge, as compiled (times in ms). */
export interface BreakerSettings {
  cbRatio: Float64Array;
  cbMinCalls: Float64Array;
  cbWindowMs: Float64Array;
  cbOpenMs: Float64Array;
}

/**
 * The circuit breakers of a variant's call edges, one per edge (used only where the edge has
 * one). Closed, outcomes go into a sliding window of CB_WINDOW_SLOTS slots; when it holds at
 * least minCalls outcomes of which at least failureRatio failed, the breaker opens. Open, it
 * refuses calls for openMs; then half-open, it lets one probe through: a success closes it with
 * an empty window, a failure opens it again.
 */
export class CircuitBreakers {
  private readonly ratio: Float64Array;
  private readonly minCalls: Float64Array;
  private readonly windowMs: Float64Array;
  private readonly openMs: Float64Array;
  readonly state: Uint8Array;
  /** When an open breaker turns half-open (ms). */
  private readonly until: Float64Array;
  /** 1 while a half-open breaker's probe is out. */
  private readonly probe: Uint8Array;
  /** The latest slot number written (time / slot length), per edge. */
  private readonly slot: Float64Array;
  /** Outcomes and failures per slot: index edge * CB_WINDOW_SLOTS + slot % CB_WINDOW_SLOTS. */
  private readonly calls: Float64Array;
  private readonly fails: Float64Array;
  /**
   * The time of the call being judged (ms), set by the caller just before allow() or record():
   * a field, not an argument, because a double passed to a call that V8 does not inline is
   * boxed, and these run once per call attempt.
   */
  now = -1;

  constructor(settings: BreakerSettings, edges: number) {
    this.ratio = settings.cbRatio;
    this.minCalls = settings.cbMinCalls;
    this.windowMs = settings.cbWindowMs;
    this.openMs = settings.cbOpenMs;
    this.state = new Uint8Array(edges);
    this.until = new Float64Array(edges);
    this.probe = new Uint8Array(edges);
    this.slot = new Float64Array(edges);
    this.calls = new Float64Array(edges * CB_WINDOW_SLOTS);
    this.fails = new Float64Array(edges * CB_WINDOW_SLOTS);
  }

  /** Bytes of the breakers' state (their settings belong to the compiled model). */
  bytes(): number {
    const own = [this.state, this.until, this.probe, this.slot, this.calls, this.fails];
    return own.reduce((sum, a) => sum + a.byteLength, 0);
  }

  /** Whether edge e's breaker lets a call through at `this.now` (a half-open one: its probe). */
  allow(e: number): boolean {
    const now = this.now;
    const s = this.state[e];
    if (s === CB_CLOSED) return true;
    if (s === CB_OPEN) {
      if (now < this.until[e]) return false;
      this.state[e] = CB_HALF_OPEN;
      this.probe[e] = 0;
    }
    if (this.probe[e] === 1) return false;
    this.probe[e] = 1;
    return true;
  }

  /** The outcome of a call on edge e, at `this.now`. */
  record(e: number, failed: boolean): void {
    const now = this.now;
    const s = this.state[e];
    if (s === CB_HALF_OPEN) {
      this.probe[e] = 0;
      if (failed) {
        this.state[e] = CB_OPEN;
        this.until[e] = now + this.openMs[e];
      } else {
        this.state[e] = CB_CLOSED;
        const base = e * CB_WINDOW_SLOTS;
        this.calls.fill(0, base, base + CB_WINDOW_SLOTS);
        this.fails.fill(0, base, base + CB_WINDOW_SLOTS);
      }
      return;
    }
    if (s === CB_OPEN) return; // a late result of a call made before the breaker opened
    const base = e * CB_WINDOW_SLOTS;
    const slot = Math.floor(now / (this.windowMs[e] / CB_WINDOW_SLOTS));
    const last = this.slot[e];
    if (slot > last) {
      // The slots passed since the last outcome start empty.
      for (let k = Math.max(last + 1, slot - (CB_WINDOW_SLOTS - 1)); k <= slot; k++) {
        this.calls[base + (k % CB_WINDOW_SLOTS)] = 0;
        this.fails[base + (k % CB_WINDOW_SLOTS)] = 0;
      }
      this.slot[e] = slot;
    }
    const i = base + (slot % CB_WINDOW_SLOTS);
    this.calls[i]++;
    if (failed) this.fails[i]++;
    let calls = 0;
    let fails = 0;
    for (let k = base; k < base + CB_WINDOW_SLOTS; k++) {
      calls += this.calls[k];
      fails += this.fails[k];
    }
    if (calls >= this.minCalls[e] && fails >= this.ratio[e] * calls) {
      this.state[e] = CB_OPEN;
      this.until[e] = now + this.openMs[e];
    }
  }
}
