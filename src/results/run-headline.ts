// One run in a few plain sentences, for the top of the dashboard.
import type { EntryErrors, SimulationResult } from '../../simulator/result';
import { formatClock, formatCount, formatMs, formatPercent } from './format';

const REASON: Record<keyof EntryErrors, string> = {
  timeout: 'timed out',
  rejected: 'were turned away by a service with no room left',
  failed: 'failed inside a service',
  circuitOpen: 'were cut off by an open circuit breaker',
  backpressure: 'were refused by a full queue',
};

export function runHeadline(r: SimulationResult, nodeName: (id: string) => string): string[] {
  const lines: string[] = [];
  const { requests, succeeded, failed, errors, latencyMs } = r.entry;
  if (requests === 0) return ['No request arrived after the warm-up.'];
  lines.push(
    `${formatPercent(succeeded / requests)} of ${formatCount(requests)} requests succeeded; the slowest 1 % waited longer than ${formatMs(latencyMs.p99)}.`,
  );
  if (failed > 0) {
    const [reason, count] = (Object.entries(errors) as [keyof EntryErrors, number][]).sort(
      (a, b) => b[1] - a[1],
    )[0]!;
    const share = count === failed ? 'all of them' : `most of them (${formatCount(count)})`;
    lines.push(`${formatCount(failed)} requests failed; ${share} ${REASON[reason]}.`);
  }
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
      `Up to ${formatCount(fullest[1].maxBacklog)} messages waited in ${nodeName(fullest[0])}; 99 % of requests had all their asynchronous work done within ${formatMs(r.completion.latencyMs.p99)}.`,
    );
  }
  return lines;
}
