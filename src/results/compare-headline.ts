// The comparison in a few plain sentences, for the top of the compare view: what a stakeholder
// should take away without reading the table.
import type { SimulationResult } from '../../simulator/result';
import { formatClock, formatCount, formatMs, formatPercent } from './format';
import { formatChange, kpiDelta } from './kpi-delta';
import { kpiDefinition } from './kpis';

interface Named {
  name: string;
  result: SimulationResult;
}

function failedShare(r: SimulationResult): number {
  return r.entry.requests === 0 ? Number.NaN : r.entry.failed / r.entry.requests;
}

function cascadeSentence({ name, result }: Named, nodeName: (id: string) => string): string {
  const first = result.cascade[0];
  if (!first) {
    const parked = Object.values(result.queues).some((q) => q.maxBacklog > 0);
    return `${name}: no node saturated or failed${parked ? '; the extra work waited in queues' : ''}.`;
  }
  const at = Math.min(first.saturatedAtS ?? Infinity, first.failingAtS ?? Infinity);
  const more = result.cascade.length - 1;
  return `${name}: ${nodeName(first.node)} gave way first, at ${formatClock(at)}${more > 0 ? `, and ${more} more node${more > 1 ? 's' : ''} followed` : ''}.`;
}

export function compareHeadline(a: Named, b: Named, nodeName: (id: string) => string): string[] {
  const lines: string[] = [];
  const p99 = kpiDefinition('p99');
  const pa = p99.read(a.result);
  const pb = p99.read(b.result);
  const d = kpiDelta(pa, pb, 'lower');
  if (Number.isFinite(pa) && Number.isFinite(pb)) {
    lines.push(
      `The slowest 1 % of users wait ${formatMs(pb)} with ${b.name} instead of ${formatMs(pa)} with ${a.name}` +
        (d.change === null || d.change === 0 ? '.' : ` (${formatChange(d.change)}).`),
    );
  }
  const fa = failedShare(a.result);
  const fb = failedShare(b.result);
  if (Number.isFinite(fa) && Number.isFinite(fb) && (fa > 0 || fb > 0)) {
    lines.push(
      `Failed requests: ${formatPercent(fa)} with ${a.name}, ${formatPercent(fb)} with ${b.name}.`,
    );
  }
  const backlog = kpiDefinition('peakBacklog').read(b.result);
  if (backlog > 0) {
    lines.push(
      `${b.name} parks up to ${formatCount(backlog)} messages in its queues and finishes the work later: the last asynchronous work of 99 % of requests is done within ${formatMs(b.result.completion.latencyMs.p99)}.`,
    );
  }
  lines.push(cascadeSentence(a, nodeName), cascadeSentence(b, nodeName));
  return lines;
}
