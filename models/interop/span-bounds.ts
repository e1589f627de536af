import { LIMITS } from '../limits';
import type { NormalizedSpan } from './span';

/** 1e14 ms after 1970 is in the year 5138: later than any real clock, earlier than any overflow. */
const LATEST_MS = 1e14;

/**
 * Why a span cannot be a request's work, or null: times that are not numbers (a timestamp that
 * overflowed on conversion, or lies millennia away), an end before the start, or a span longer than any time the model
 * holds (LIMITS.ms, about 11.6 days). Such a span would turn into figures no model can take.
 * `originMs`: the epoch time the span's times count from (see span-clock.ts).
 */
export function spanOutOfBounds(span: NormalizedSpan, originMs = 0): string | null {
  if (!Number.isFinite(span.startMs) || !Number.isFinite(span.endMs))
    return 'its start or end time is not a usable number';
  if (Math.abs(originMs + span.startMs) > LATEST_MS)
    return 'its start time is not a plausible timestamp';
  const duration = span.endMs - span.startMs;
  if (!(duration >= 0)) return 'it ends before it starts';
  if (duration > LIMITS.ms)
    return `it lasts ${Math.round(duration / 86_400_000)} days, longer than any request (at most ${LIMITS.ms} ms)`;
  return null;
}
