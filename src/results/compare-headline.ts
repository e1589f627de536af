// The comparison in a few plain sentences, for the top of the compare view: what a stakeholder
// should take away without reading the table. Every number is a figure of models/figures.
import { figureChange } from '../../models/figures/figure-change';
import { figureText } from '../../models/figures/figure-text';
import { figure } from '../../models/figures/run-figures';
import type { SimulationResult } from '../../simulator/result';
import { formatClock, formatCount } from './format';
import { outcomeSentence } from './run-headline';
import { countNoun } from '../../models/count-noun';

interface Named {
  name: string;
  result: SimulationResult;
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

/** "Of 115,360 requests, …" with the variant's name in front. */
const outcomes = ({ name, result }: Named): string =>
  `${name}: ${outcomeSentence(result).replace(/^Of/, 'of')}`;

export function compareHeadline(a: Named, b: Named, nodeName: (id: string) => string): string[] {
  const lines: string[] = [outcomes(a), outcomes(b)];
  const p99 = figure('p99');
  if (a.result.entry.succeeded > 0 && b.result.entry.succeeded > 0) {
    const change = figureChange(p99, a.result, b.result);
    const how = change.verdict === 'same' ? '' : ` (${change.changeText})`;
    lines.push(
      `The slowest 1 % of successful requests wait ${figureText(p99, b.result)} with ${b.name} instead of ${figureText(p99, a.result)} with ${a.name}${how}.`,
    );
  }
  const backlog = figure('peakBacklog').read(b.result);
  if (backlog > 0) {
    lines.push(
      `${b.name} parks up to ${countNoun(backlog, 'message', 'messages', formatCount)} in its queues and finishes the work later: the last asynchronous work of 99 % of requests is done within ${figureText(figure('completionP99'), b.result)}. That is the cost of decoupling: users have their answer first.`,
    );
  }
  lines.push(cascadeSentence(a, nodeName), cascadeSentence(b, nodeName));
  return lines;
}
