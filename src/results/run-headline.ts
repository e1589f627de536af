// One run in a few plain sentences, for the top of the dashboard. Every number in them is a
// figure of models/figures, written as the cards and the CLI write it.
import { figureText } from '../../models/figures/figure-text';
import { formatCount } from '../../models/figures/format-value';
import { figure, unfinished } from '../../models/figures/run-figures';
import type { EntryErrors, SimulationResult } from '../../simulator/result';
import { formatClock } from './format';
import { countNoun } from '../../models/count-noun';
import { flowSentence } from '../../models/figures/flow-sentence';

const REASON: Record<keyof EntryErrors, string> = {
  timeout: 'timed out',
  rejected: 'were turned away by a service with no room left',
  failed: 'failed inside a service',
  circuitOpen: 'were cut off by an open circuit breaker',
  backpressure: 'were refused by a full queue',
  rateLimited: 'were refused by a rate limit',
};

/** "24.8 % succeeded, 74.7 % failed and 0.5 % were unanswered at the end, of 115,360 requests." */
export function outcomeSentence(r: SimulationResult): string {
  const parts = [`${figureText(figure('successRate'), r)} succeeded`];
  if (r.entry.failed > 0) parts.push(`${figureText(figure('errorRate'), r)} failed`);
  if (unfinished(r) > 0)
    parts.push(`${figureText(figure('unfinishedRate'), r)} were unanswered at the end`);
  const list =
    parts.length === 1 ? parts[0] : `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}`;
  return `Of ${countNoun(r.entry.requests, 'request', 'requests', formatCount)}, ${list}.`;
}

export function runHeadline(r: SimulationResult, nodeName: (id: string) => string): string[] {
  const lines: string[] = [];
  const { requests, succeeded, failed, errors } = r.entry;
  if (requests === 0) return ['No request arrived after the warm-up.'];
  lines.push(outcomeSentence(r));
  if (succeeded > 0)
    lines.push(
      `Successful requests were answered in ${figureText(figure('p50'), r)} (median); the slowest 1 % of them waited longer than ${figureText(figure('p99'), r)}.`,
    );
  if (failed > 0) {
    const [reason, count] = (Object.entries(errors) as [keyof EntryErrors, number][]).sort(
      (a, b) => b[1] - a[1],
    )[0]!;
    const share = count === failed ? 'all of them' : `most of them (${formatCount(count)})`;
    lines.push(
      `${countNoun(failed, 'request', 'requests', formatCount)} failed, after ${figureText(figure('timeToFailP50'), r)} (median); ${share} ${REASON[reason]}.`,
    );
  }
  const flows = flowSentence(r.outcomes);
  if (flows) lines.push(flows);
  const first = r.cascade[0];
  if (first) {
    const at = Math.min(first.saturatedAtS ?? Infinity, first.failingAtS ?? Infinity);
    const more = r.cascade.length - 1;
    lines.push(
      `${nodeName(first.node)} gave way first, at ${formatClock(at)}${more > 0 ? `; ${more} more node${more > 1 ? 's' : ''} followed (see the cascade)` : ''}.`,
    );
  } else {
    lines.push('No node saturated or failed.');
  }
  const fullest = Object.entries(r.queues).sort((a, b) => b[1].maxBacklog - a[1].maxBacklog)[0];
  if (fullest && fullest[1].maxBacklog > 0) {
    lines.push(
      `Up to ${countNoun(fullest[1].maxBacklog, 'message', 'messages', formatCount)} waited in ${nodeName(fullest[0])}; 99 % of requests had all their asynchronous work done within ${figureText(figure('completionP99'), r)}.`,
    );
  }
  return lines;
}
