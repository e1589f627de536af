/** A plausible timestamp is within this many ms of 1970 (the year 5138; see span-bounds.ts). */
const LATEST_MS = 1e14;

export type TimeUnit = 'ns' | 'us';

/**
 * Turns a trace file's timestamps into milliseconds after an origin: the whole millisecond of
 * the first plausible start time read. Epoch milliseconds as doubles step by 0.24 µs today, so
 * the difference of two of them turns a 5 µs span into 4.883 µs; here the whole milliseconds
 * are subtracted as integers first and the sub-millisecond digits added afterwards, so the
 * nanoseconds of an OTLP string stay exact until that final division.
 */
export class SpanClock {
  private origin: number | null = null;

  /** Epoch milliseconds of time 0 (0 until a plausible time has been read). */
  get originMs(): number {
    return this.origin ?? 0;
  }

  /**
   * A span's start and end in ms after the origin. An implausible start (an overflowed
   * timestamp) does not set the origin; the span's times stay absolute and span-bounds
   * rejects it.
   */
  span(start: unknown, end: unknown, unit: TimeUnit): { startMs: number; endMs: number } {
    const s = split(start, unit);
    const e = split(end, unit);
    if (this.origin === null && Number.isFinite(s.whole) && Math.abs(s.whole) <= LATEST_MS)
      this.origin = s.whole;
    const origin = this.origin ?? 0;
    return { startMs: s.whole - origin + s.frac, endMs: e.whole - origin + e.frac };
  }
}

/** Whole epoch milliseconds and the fraction of a millisecond left over. */
function split(value: unknown, unit: TimeUnit): { whole: number; frac: number } {
  const perMs = unit === 'ns' ? 1e6 : 1e3;
  if (typeof value === 'string' && /^\d+$/.test(value)) {
    const digits = unit === 'ns' ? 6 : 3;
    const whole = value.length > digits ? Number(value.slice(0, -digits)) : 0;
    return { whole, frac: Number(value.slice(-digits)) / perMs };
  }
  if (typeof value === 'number' && Number.isFinite(value)) {
    // Integers below 2^53 (µs until the year 2255) split exactly.
    const rest = value % perMs;
    return { whole: (value - rest) / perMs, frac: rest / perMs };
  }
  return { whole: Number.NaN, frac: 0 };
}
