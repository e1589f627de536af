// What the flows that depend on outcomes did in a run, in one sentence the dashboard and the
// CLI both print (results' `outcomes`, docs/simulator.md).
import { countNoun } from '../count-noun';
import { formatCount } from './format-value';

export interface FlowCounts {
  fallbacks: number;
  fallbacksRecovered: number;
  compensations: number;
}

/** "12 fallbacks were made, 10 of which turned a failure into success; 5 compensations ran." */
export function flowSentence(o: FlowCounts | undefined): string | null {
  if (!o || (o.fallbacks === 0 && o.compensations === 0)) return null;
  const parts: string[] = [];
  if (o.fallbacks > 0)
    parts.push(
      `${countNoun(o.fallbacks, 'fallback was', 'fallbacks were', formatCount)} made, ${formatCount(o.fallbacksRecovered)} of which turned a failure into success`,
    );
  if (o.compensations > 0)
    parts.push(`${countNoun(o.compensations, 'compensation', 'compensations', formatCount)} ran`);
  const text = parts.join('; ');
  return `${text[0]!.toUpperCase()}${text.slice(1)}.`;
}
