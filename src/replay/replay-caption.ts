// What the replay shows at its moment, in one sentence above the graph.
import type { TimeMarker } from '../charts/TimeMarker';
import { formatClock, formatCount, formatPercent } from '../results/format';
import type { ReplayFrame } from './replay-frame';
import { countNoun } from '../../models/count-noun';

export function replayCaption(
  frame: ReplayFrame,
  markers: readonly TimeMarker[],
  entryErrorRate: number | null,
): string {
  const during = markers
    .filter((m) => m.kind !== 'warmup' && m.startS <= frame.atS && frame.atS <= m.endS)
    .map((m) => m.label);
  const nodes = Object.values(frame.nodes);
  const withWorkers = nodes.filter((n) => n.utilisation !== null);
  const busy = withWorkers.filter((n) => n.utilisation! >= 0.9).length;
  const failing = nodes.filter((n) => n.failing).length;
  const waiting = nodes.reduce((s, n) => s + (n.backlog ?? 0), 0);
  const parts = [`${busy} of ${countNoun(withWorkers.length, 'service')} at least 90 % busy`];
  if (failing > 0) parts.push(`${failing} failing`);
  if (entryErrorRate !== null && entryErrorRate > 0)
    parts.push(`${formatPercent(entryErrorRate)} of requests failing`);
  if (nodes.some((n) => n.backlog !== null))
    parts.push(`${countNoun(waiting, 'message', 'messages', formatCount)} waiting in queues`);
  const when = during.length > 0 ? ` (during ${during.join(', ')})` : '';
  return `At ${formatClock(frame.atS)}${when}: ${parts.join('; ')}.`;
}
