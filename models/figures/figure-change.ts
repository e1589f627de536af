// How a figure changed from one run (the baseline) to another, as every surface writes it:
// no percentage against a baseline that reads as zero, points for shares, a factor for a
// change beyond tenfold, and a verdict that follows the figure's direction.
import type { FigureSource } from './figure-source';
import { formatValue, MINUS, trimmed } from './format-value';
import type { Better, FigureDefinition } from './run-figures';

/**
 * better/worse follow the figure's direction; `tradeoff` is a figure that got worse as the
 * price of something the comparison gained (the to-be's later completion: the cost of
 * decoupling); `unknown` is a change of a figure that is neither good nor bad, or a missing value.
 */
export type Verdict = 'better' | 'worse' | 'same' | 'tradeoff' | 'unknown';

export interface FigureChange {
  /** b − a; NaN when either is missing, 0 when both read the same. */
  difference: number;
  /** "+1.2 s", "−24.8 points", "±0", "—". */
  differenceText: string;
  /** (b − a) / |a|, or null where it is not shown as a percentage. */
  relative: number | null;
  /** "−96.8 %", "+4.9 points", "×65", "new", "same", "—". */
  changeText: string;
  verdict: Verdict;
  /** ▲ the value went up, ▼ down, '' unchanged or unknown (doubles the colour). */
  arrow: '▲' | '▼' | '';
  /** Words for a trade-off verdict. */
  note: string | null;
}

const reads = (v: number, def: Pick<FigureDefinition, 'unit'>): string => formatValue(v, def.unit);

function signedText(v: number, def: Pick<FigureDefinition, 'unit'>): string {
  const sign = v > 0 ? '+' : MINUS;
  // A difference of two shares is in percentage points, not a percentage.
  if (def.unit === 'percent')
    return `${sign}${formatValue(Math.abs(v), 'percent').replace(' %', '')} points`;
  return `${sign}${formatValue(Math.abs(v), def.unit)}`;
}

function verdictOf(difference: number, better: Better): Verdict {
  if (better === 'neutral') return 'unknown';
  return difference < 0 === (better === 'lower') ? 'better' : 'worse';
}

/** The change of a figure's value a → b. */
export function valueChange(
  def: Pick<FigureDefinition, 'unit' | 'better'>,
  a: number,
  b: number,
): FigureChange {
  const missing = { difference: Number.NaN, relative: null, arrow: '' as const, note: null };
  if (!Number.isFinite(a) || !Number.isFinite(b))
    return { ...missing, differenceText: '—', changeText: '—', verdict: 'unknown' };
  // Equal as read: what the screen shows as the same value is not a change.
  if (reads(a, def) === reads(b, def))
    return {
      difference: 0,
      differenceText: '±0',
      relative: 0,
      changeText: 'same',
      verdict: 'same',
      arrow: '',
      note: null,
    };
  const difference = b - a;
  const base = {
    difference,
    differenceText: signedText(difference, def),
    verdict: verdictOf(difference, def.better),
    arrow: (difference > 0 ? '▲' : '▼') as '▲' | '▼',
    note: null,
  };
  if (def.unit === 'percent') return { ...base, relative: null, changeText: base.differenceText };
  // From nothing (or what reads as nothing) there is no percentage: the value is new.
  if (reads(a, def) === reads(0, def)) return { ...base, relative: null, changeText: 'new' };
  const relative = difference / Math.abs(a);
  const ratio = b / a;
  if (ratio >= 10)
    return { ...base, relative, changeText: `×${trimmed(ratio, ratio < 100 ? 1 : 0)}` };
  const pct = Math.abs(relative * 100);
  const digits = pct >= 100 ? 0 : pct >= 1 ? 1 : 2;
  return {
    ...base,
    relative,
    changeText: `${difference > 0 ? '+' : MINUS}${trimmed(pct, digits)} %`,
  };
}

/**
 * The change of a figure between two runs. A worse value that the figure calls a trade-off (a
 * later completion of a run that parks work in queues: the price of answering users sooner) is
 * said in words, not as a bare "worse".
 */
export function figureChange(
  def: FigureDefinition,
  a: FigureSource,
  b: FigureSource,
): FigureChange {
  const change = valueChange(def, def.read(a), def.read(b));
  const note = change.verdict === 'worse' ? (def.tradeOff?.(b) ?? null) : null;
  return note === null ? change : { ...change, verdict: 'tradeoff', note };
}

/** The verdict as words after its arrow: "▼ better", "▲ worse", "▲ later: the cost of decoupling". */
export function verdictText(change: FigureChange): string {
  switch (change.verdict) {
    case 'better':
    case 'worse':
      return `${change.arrow} ${change.verdict}`;
    case 'tradeoff':
      return `${change.arrow} later: the cost of decoupling`;
    case 'same':
      return 'same';
    case 'unknown':
      return '';
  }
}
