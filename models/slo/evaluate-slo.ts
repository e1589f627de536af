// The project's service-level objectives judged on one run: a verdict per objective, the
// measured value next to its target, and the error budget the run burnt.
import type { FigureSource } from '../figures/figure-source';
import { formatCount, formatMs, formatPercent, trimmed } from '../figures/format-value';
import type { Slo } from '../types';

export type ObjectiveId = 'latency' | 'availability' | 'messageAge';

export interface ErrorBudget {
  /** Requests the objective allows to be bad over this run. */
  allowed: number;
  /** Requests that were bad. */
  spent: number;
  /** spent / allowed: 1 = the whole budget; Infinity when none is allowed and some were bad. */
  burnt: number;
}

export interface ObjectiveVerdict {
  id: ObjectiveId;
  /** "Latency: 99 % of successful requests within 800 ms". */
  objective: string;
  /** What the run measured, in the objective's terms: "98.74 % within 800 ms". */
  measured: string;
  /** true held, false missed, null not judged (nothing to judge, or a stale run). */
  met: boolean | null;
  /** Why it was not judged, when `met` is null. */
  why: string | null;
  budget: ErrorBudget | null;
}

/** "p99", "p99.9", "p95" for a percentile. */
export const percentileName = (p: number): string => `p${trimmed(p, 3)}`;

function budget(allowed: number, spent: number): ErrorBudget {
  return { allowed, spent, burnt: allowed > 0 ? spent / allowed : spent > 0 ? Infinity : 0 };
}

const latencyObjective = (slo: Slo): string =>
  `Latency: ${trimmed(slo.latencyPercentile, 3)} % of successful requests within ${formatMs(slo.latencyTargetMs)}`;
const availabilityObjective = (slo: Slo): string =>
  `Availability: ${formatPercent(slo.availability)} of requests succeed`;
const messageAgeObjective = (target: number): string =>
  `Message age: no message waits longer than ${formatMs(target)}`;

/** The project's objectives in words, one per objective, as every surface states them. */
export function objectiveTexts(slo: Slo): string[] {
  const texts = [latencyObjective(slo), availabilityObjective(slo)];
  if (slo.maxMessageAgeMs !== null) texts.push(messageAgeObjective(slo.maxMessageAgeMs));
  return texts;
}

/** The latency objective: the share of successful requests answered within the target. */
function latency(slo: Slo, r: FigureSource): ObjectiveVerdict {
  const objective = latencyObjective(slo);
  const base = { id: 'latency' as const, objective };
  if (r.entry.latencyTargetMs !== slo.latencyTargetMs)
    return {
      ...base,
      measured: '—',
      met: null,
      why: `this run counted against ${formatMs(r.entry.latencyTargetMs)}; run it again`,
      budget: null,
    };
  const ok = r.entry.succeeded;
  if (ok === 0)
    return {
      ...base,
      measured: 'no successful request',
      met: null,
      why: 'nothing to judge',
      budget: null,
    };
  const within = r.entry.succeededWithinTarget;
  const share = within / ok;
  return {
    ...base,
    measured: `${formatPercent(share)} within ${formatMs(slo.latencyTargetMs)}`,
    met: share >= slo.latencyPercentile / 100,
    why: null,
    budget: budget((1 - slo.latencyPercentile / 100) * ok, ok - within),
  };
}

/** The availability objective: succeeded / requests (unanswered at the end counts as not available). */
function availability(slo: Slo, r: FigureSource): ObjectiveVerdict {
  const objective = availabilityObjective(slo);
  const n = r.entry.requests;
  if (n === 0)
    return {
      id: 'availability',
      objective,
      measured: 'no request',
      met: null,
      why: 'nothing to judge',
      budget: null,
    };
  const share = r.entry.succeeded / n;
  return {
    id: 'availability',
    objective,
    measured: `${formatPercent(share)} of ${formatCount(n)} succeeded`,
    met: share >= slo.availability,
    why: null,
    budget: budget((1 - slo.availability) * n, n - r.entry.succeeded),
  };
}

/** The oldest a message got before a consumer took it, or before the run ended with it waiting. */
export function oldestMessageMs(r: FigureSource): number {
  return Math.max(
    0,
    ...Object.values(r.queues).map((q) => Math.max(q.messageAgeMs.max, q.oldestWaitingMs)),
  );
}

function messageAge(target: number, r: FigureSource): ObjectiveVerdict {
  const objective = messageAgeObjective(target);
  if (Object.keys(r.queues).length === 0)
    return {
      id: 'messageAge',
      objective,
      measured: 'no queues',
      met: null,
      why: 'no queues',
      budget: null,
    };
  const oldest = oldestMessageMs(r);
  return {
    id: 'messageAge',
    objective,
    measured: `oldest ${formatMs(oldest)}`,
    met: oldest <= target,
    why: null,
    budget: null,
  };
}

/** Every objective of the project judged on the run, in a fixed order. */
export function evaluateSlo(slo: Slo, r: FigureSource): ObjectiveVerdict[] {
  const verdicts = [latency(slo, r), availability(slo, r)];
  if (slo.maxMessageAgeMs !== null) verdicts.push(messageAge(slo.maxMessageAgeMs, r));
  return verdicts;
}

/** A verdict in a word and a mark, as every surface writes it: "✔ met", "✖ missed", "not judged: …". */
export function verdictWord(v: ObjectiveVerdict): string {
  return v.met === true ? '✔ met' : v.met === false ? '✖ missed' : `not judged: ${v.why}`;
}

/** true when every judged objective held, false when one was missed. */
export function allMet(verdicts: readonly ObjectiveVerdict[]): boolean {
  return verdicts.every((v) => v.met !== false);
}

/** "42 % of the budget", "3.1× the budget", "none allowed, 12 bad". */
export function budgetText(b: ErrorBudget): string {
  if (b.allowed === 0)
    return b.spent === 0 ? 'none allowed, none spent' : `none allowed, ${formatCount(b.spent)} bad`;
  return burntText(b.burnt);
}

/** A share of an error budget in words: "43 % of the budget", "2.5× the budget". */
export function burntText(burnt: number): string {
  if (burnt === Infinity) return 'no budget to spend';
  if (burnt > 1) return `${trimmed(burnt, burnt < 10 ? 1 : 0)}× the budget`;
  return `${formatPercent(burnt)} of the budget`;
}
