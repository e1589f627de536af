// A fault in words, as the timeline, the charts and the replay label it.
import type { Fault } from '../../models/types';
import { formatPercent } from '../results/format';

export function faultLabel(f: Fault, nodeName: (id: string) => string): string {
  const node = nodeName(f.node);
  switch (f.type) {
    case 'outage':
      return `${node} down`;
    case 'slowdown':
      return `${node} ${f.factor}× slower`;
    case 'errors':
      return `${node} +${formatPercent(f.rate)} errors`;
    case 'partialOutage':
      return `${node} ${formatPercent(f.share)} of partitions down`;
    case 'coldStart':
      return `${node} restarts cold`;
  }
}
