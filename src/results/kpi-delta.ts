// The difference between two runs' figures as the compare table shows it: absolute difference,
// percentage change with its sign, and whether the change is an improvement.
import type { KpiDefinition } from './kpis';

export type Verdict = 'better' | 'worse' | 'same' | 'unknown';

export interface KpiDelta {
  /** b − a (NaN when either is missing). */
  difference: number;
  /** (b − a) / |a|; null when a is 0 and b is not (a change from nothing has no percentage). */
  change: number | null;
  verdict: Verdict;
}

/** Relative differences smaller than this count as "same" (float noise, not a change). */
const SAME_EPSILON = 1e-9;

export function kpiDelta(a: number, b: number, better: KpiDefinition['better']): KpiDelta {
  if (!Number.isFinite(a) || !Number.isFinite(b)) {
    return { difference: Number.NaN, change: null, verdict: 'unknown' };
  }
  const difference = b - a;
  const scale = Math.max(Math.abs(a), Math.abs(b));
  const same = scale === 0 || Math.abs(difference) <= SAME_EPSILON * scale;
  const change = a === 0 ? (same ? 0 : null) : difference / Math.abs(a);
  let verdict: Verdict;
  if (same) verdict = 'same';
  else if (better === 'neutral') verdict = 'unknown';
  else verdict = difference < 0 === (better === 'lower') ? 'better' : 'worse';
  return { difference: same ? 0 : difference, change: same ? 0 : change, verdict };
}

/** "+12.5 %", "−40 %", "±0 %", or "new" when the baseline was zero. */
export function formatChange(change: number | null): string {
  if (change === null) return 'new';
  if (change === 0) return '±0 %';
  const pct = change * 100;
  const abs = Math.abs(pct);
  const digits = abs >= 100 ? 0 : abs >= 10 ? 1 : abs >= 1 ? 1 : 2;
  const text = abs.toFixed(digits).replace(/\.0+$/, '');
  return `${pct > 0 ? '+' : '\u2212'}${text} %`;
}
