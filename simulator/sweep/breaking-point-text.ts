// The breaking point in words, the same in the CLI and in the app's capacity chart.
import { formatPercent, formatRps, trimmed } from '../../models/figures/format-value';
import type { BreakingPoint, LoadBound } from './load-sweep';

/** "breaks at 407 rps", "holds to 1,400 rps", "misses the objectives from 160 rps". */
export function breakingHeadline(bp: BreakingPoint): string {
  switch (bp.status) {
    case 'found':
      return `breaks at ${formatRps(bp.holds!.offeredRps)}`;
    case 'holds-throughout':
      return `holds to ${formatRps(bp.holds!.offeredRps)}`;
    case 'missed-throughout':
      return `misses the objectives from ${formatRps(bp.missed!.offeredRps)}`;
  }
}

const load = (b: LoadBound): string => `${formatRps(b.offeredRps)} (×${trimmed(b.factor, 3)})`;

const confidence = (b: LoadBound): string =>
  b.confidence === null
    ? 'one replication: no confidence'
    : `${formatPercent(b.confidence)} confidence`;

/**
 * The verdicts behind the headline: the bracket with each end's confidence, then what holds at
 * the conservative level, e.g. "The objectives hold at 407 rps (×4.07; 58 % confidence) and are
 * missed at 409 rps (×4.09; 59 % confidence). At 95 % confidence: they hold at 390 rps and are missed at 420 rps."
 */
export function breakingDetail(bp: BreakingPoint, replications: number): string {
  const runs = `mean of ${replications} replication${replications === 1 ? '' : 's'} per load`;
  const parts: string[] = [];
  if (bp.holds && bp.missed)
    parts.push(
      `The objectives hold at ${load(bp.holds)}, ${confidence(bp.holds)}, and are missed at ${load(bp.missed)}, ${confidence(bp.missed)} (${runs}).`,
    );
  else if (bp.holds)
    parts.push(
      `The objectives hold at every load swept, up to ${load(bp.holds)}, ${confidence(bp.holds)} (${runs}); sweep higher to find where they break.`,
    );
  else if (bp.missed)
    parts.push(
      `The objectives are missed at every load swept, from ${load(bp.missed)}, ${confidence(bp.missed)} (${runs}); sweep lower to find where they hold.`,
    );
  const level = formatPercent(bp.level);
  const { holdsConfidently: h, missedConfidently: m } = bp;
  if (h && m)
    parts.push(
      `At ${level} confidence they hold at ${formatRps(h.offeredRps)} and are missed at ${formatRps(m.offeredRps)}.`,
    );
  else if (h)
    parts.push(
      `At ${level} confidence they hold at ${formatRps(h.offeredRps)}; no load swept misses them with that confidence.`,
    );
  else if (m)
    parts.push(
      `At ${level} confidence they are missed at ${formatRps(m.offeredRps)}; no load swept holds them with that confidence.`,
    );
  else parts.push(`No load swept reaches ${level} confidence either way.`);
  return parts.join(' ');
}
