import type { Distribution, ProjectInput } from '../types';
import { describeFit, fitSamples, type Fit } from './distribution-fit';
import type { CallStats } from './trace-statistics';
import { countNoun } from '../count-noun';

type VariantInput = ProjectInput['variants'][number];
export type EdgeInput = NonNullable<VariantInput['edges']>[number];
type CallEdgeInput = Extract<EdgeInput, { kind: 'call' }>;

const round3 = (v: number): number => Math.round(v * 1000) / 1000;
/** Latency below this median (ms) is clock noise: the edge gets no latency. */
const MIN_LATENCY_MS = 0.01;

/**
 * Calls per request m (calls of A to B divided by A's executions) become `count` repeated
 * calls made with `probability`, so that count × probability = m: m ≤ 1 gives count 1 and
 * probability m; m > 1 gives count ⌈m⌉ and probability m / ⌈m⌉.
 */
export function callMultiplicity(callsPerRequest: number): { count: number; probability: number } {
  if (callsPerRequest <= 1) return { count: 1, probability: round3(Math.max(0, callsPerRequest)) };
  const count = Math.ceil(callsPerRequest - 1e-9);
  return { count, probability: round3(Math.min(1, callsPerRequest / count)) };
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted.length > 0 ? (sorted[Math.floor(sorted.length / 2)] as number) : 0;
}

/** A call edge with everything traces cannot show left at its default. */
export function plainCallEdge(
  from: string,
  to: string,
  multiplicity: { count: number; probability: number },
): CallEdgeInput {
  return {
    id: `call-${from}-${to}`,
    kind: 'call',
    from,
    to,
    probability: multiplicity.probability,
    count: multiplicity.count,
    latencyMs: null,
    timeoutMs: null,
    retries: null,
    circuitBreaker: null,
    optional: false,
  };
}

/**
 * The call edge for the calls of one caller to one callee over `executions` executions of the
 * caller, with the summary lines that explain it. Failures the caller lived with shape it:
 * attempts that failed and were followed by another attempt to the same callee are retries
 * (`retries.max` = the most retries one call needed, `backoffMs` = the median wait before a
 * retry, no growth); a call whose failures never failed the caller (all retried away, or the
 * caller succeeded anyway: a fallback) is `optional`, unless more of its final failures failed
 * the caller than not.
 */
export function callEdgeFromStats(
  c: CallStats,
  executions: number,
  from: string,
  to: string,
): { edge: EdgeInput; lines: string[] } {
  const perRequest = c.calls / executions;
  const multiplicity = callMultiplicity(perRequest);
  const lat = c.latencyMs.values;
  const latency: Fit | null = median(lat) >= MIN_LATENCY_MS ? fitSamples(lat, 'auto') : null;
  const latencyMs: Distribution | null = latency ? latency.distribution : null;
  const edge = plainCallEdge(from, to, multiplicity);
  edge.latencyMs = latencyMs;
  const lines = [
    `call ${from} → ${to}: ${countNoun(round3(perRequest), 'call')} per request → count ${multiplicity.count}, probability ${multiplicity.probability}; latency ${latency ? describeFit(latency) : `none (${lat.length === 0 ? 'no client/server span pair' : 'below clock resolution'})`}`,
  ];
  if (c.retriedCalls > 0) {
    const backoffMs = round3(median(c.retryGapsMs.values));
    edge.retries = { max: c.maxRetries, backoffMs, multiplier: 1 };
    lines.push(
      `call ${from} → ${to}: ${c.failedAttempts} of ${c.attempts} attempts failed; ${c.retriedCalls} call(s) retried after a failure (at most ${c.maxRetries} retries, median wait ${backoffMs} ms) → retries max ${c.maxRetries}, backoff ${backoffMs} ms, multiplier 1`,
    );
  }
  const survived = c.survivedRetries + c.absorbedFailures;
  if (survived > 0 && c.absorbedFailures >= c.propagatedFailures) {
    edge.optional = true;
    lines.push(
      `call ${from} → ${to}: optional: the caller succeeded despite ${c.absorbedFailures} failed call(s)${c.survivedRetries > 0 ? ` and ${c.survivedRetries} retried one(s)` : ''}${c.propagatedFailures > 0 ? `; ${c.propagatedFailures} failure(s) failed it` : ''}`,
    );
  } else if (c.propagatedFailures > 0) {
    lines.push(
      `call ${from} → ${to}: ${c.propagatedFailures} failed call(s) failed the caller too (counted as the callee's errors, not the caller's)`,
    );
  }
  return { edge, lines };
}
