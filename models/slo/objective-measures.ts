// Each objective of the project as a number measured on one run next to its target, so that
// several runs can be averaged and the average judged (a load sweep's replications). The words
// and verdicts of one run are evaluate-slo.ts; both read a run the same way.
import type { FigureSource } from '../figures/figure-source';
import type { Slo } from '../types';
import { oldestMessageMs, type ObjectiveId } from './evaluate-slo';

export interface ObjectiveMeasure {
  id: ObjectiveId;
  /** The run's value; null when the run has nothing to judge (no successful request, no queues). */
  value: number | null;
  target: number;
  /** Whether the objective holds at values above the target (shares) or below it (ages). */
  better: 'higher' | 'lower';
}

/**
 * latency: the share of successful requests answered within the target (target: the percentile
 * as a fraction); availability: succeeded / requests; messageAge: the oldest message in ms.
 */
export function objectiveMeasures(slo: Slo, r: FigureSource): ObjectiveMeasure[] {
  const ok = r.entry.succeeded;
  const n = r.entry.requests;
  const measures: ObjectiveMeasure[] = [
    {
      id: 'latency',
      value: ok > 0 ? r.entry.succeededWithinTarget / ok : null,
      target: slo.latencyPercentile / 100,
      better: 'higher',
    },
    {
      id: 'availability',
      value: n > 0 ? ok / n : null,
      target: slo.availability,
      better: 'higher',
    },
  ];
  if (slo.maxMessageAgeMs !== null)
    measures.push({
      id: 'messageAge',
      value: Object.keys(r.queues).length > 0 ? oldestMessageMs(r) : null,
      target: slo.maxMessageAgeMs,
      better: 'lower',
    });
  return measures;
}

/** How far a value is on the good side of the target (negative: on the bad side). */
export function marginOf(value: number, target: number, better: 'higher' | 'lower'): number {
  return better === 'higher' ? value - target : target - value;
}
