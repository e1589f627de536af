import type { Outbound } from './execution-walk';

/** Tolerance between a failed attempt's end and its retry's start: below tracer clock resolution. */
const RETRY_EPSILON_MS = 0.001;

/** One call as the caller's code made it: its first attempt and the retries that followed failures. */
export interface LogicalCall {
  target: string;
  attempts: Outbound[];
  /** Wait from each failed attempt's end to its retry's start. */
  retryGapsMs: number[];
  /** The last attempt failed: the caller got the error. */
  failed: boolean;
}

/**
 * Groups one execution's call attempts into logical calls: an attempt to the same target that
 * starts after an earlier failed attempt has ended (and that no other attempt has retried yet)
 * is that call's retry; any other attempt starts a new call. Parallel calls to one target each
 * keep their own retries, since a retry waits for its own failure.
 */
export function logicalCalls(attempts: readonly Outbound[]): LogicalCall[] {
  const byTarget = new Map<string, Outbound[]>();
  for (const a of attempts) {
    const list = byTarget.get(a.target);
    if (list) list.push(a);
    else byTarget.set(a.target, [a]);
  }
  const calls: LogicalCall[] = [];
  for (const [target, list] of byTarget) {
    list.sort((a, b) => a.start - b.start);
    /** Failed attempts not retried yet, with the call they belong to. */
    const open: { end: number; call: LogicalCall }[] = [];
    for (const attempt of list) {
      const i = open.findIndex((f) => f.end <= attempt.start + RETRY_EPSILON_MS);
      let call: LogicalCall;
      if (i >= 0) {
        const failure = open[i] as { end: number; call: LogicalCall };
        open.splice(i, 1);
        call = failure.call;
        call.retryGapsMs.push(Math.max(0, attempt.start - failure.end));
      } else {
        call = { target, attempts: [], retryGapsMs: [], failed: false };
        calls.push(call);
      }
      call.attempts.push(attempt);
      call.failed = attempt.failed;
      if (attempt.failed) open.push({ end: attempt.end, call });
    }
  }
  return calls;
}
