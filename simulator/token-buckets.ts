/**
 * Token buckets of the rate limits (docs/file-format.md, "Rate limits"), one slot per node and
 * per call edge: slot n for node n, slot N + e for edge e. A slot with a burst of 0 has no limit.
 * A bucket starts full and refills continuously; it is brought up to date only when a call
 * asks it, so an idle bucket costs nothing.
 */
export class TokenBuckets {
  private readonly tokens: Float64Array;
  private readonly updatedAt: Float64Array;

  constructor(
    /** Tokens added per millisecond. */
    private readonly perMs: Float64Array,
    /** Tokens a bucket holds at most (0: no limit). */
    private readonly burst: Float64Array,
  ) {
    this.tokens = Float64Array.from(burst);
    this.updatedAt = new Float64Array(burst.length);
  }

  /** Takes a token from bucket `i` at time `now` (ms); false when there is none. */
  take(i: number, now: number): boolean {
    const burst = this.burst[i];
    if (burst === 0) return true;
    let t = this.tokens[i] + (now - this.updatedAt[i]) * this.perMs[i];
    if (t > burst) t = burst;
    this.updatedAt[i] = now;
    if (t < 1) {
      this.tokens[i] = t;
      return false;
    }
    this.tokens[i] = t - 1;
    return true;
  }
}
