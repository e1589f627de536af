// What a number field makes of the text a user typed, and where an arrow key takes it: pure, so
// the rules are tested without a page.

export interface NumberRules {
  /** When set, an empty entry means null ("unbounded"); otherwise a value is required. */
  nullable?: boolean;
  min?: number;
  max?: number;
  integer?: boolean;
}

export type ParsedEntry = { ok: true; value: number | null } | { ok: false; problem: string };

/** Reads an entry: a number within the rules, null for an empty nullable field, or why not. */
export function parseEntry(text: string, rules: NumberRules): ParsedEntry {
  const trimmed = text.trim();
  if (trimmed === '') {
    return rules.nullable ? { ok: true, value: null } : { ok: false, problem: 'needs a value' };
  }
  const v = Number(trimmed);
  if (!Number.isFinite(v)) return { ok: false, problem: 'must be a number' };
  if (rules.integer && !Number.isInteger(v))
    return { ok: false, problem: 'must be a whole number' };
  if (rules.min !== undefined && v < rules.min)
    return { ok: false, problem: `must be ≥ ${rules.min}` };
  if (rules.max !== undefined && v > rules.max)
    return { ok: false, problem: `must be ≤ ${rules.max}` };
  return { ok: true, value: v };
}

/** The value one arrow press away (`direction` ±1), kept within min/max and to the step's decimals. */
export function stepValue(
  from: number,
  direction: 1 | -1,
  step: number,
  rules: Pick<NumberRules, 'min' | 'max'>,
): number {
  const decimals = Math.max(decimalsOf(step), decimalsOf(from));
  let next = Number((from + direction * step).toFixed(Math.min(decimals, 12)));
  if (rules.min !== undefined) next = Math.max(rules.min, next);
  if (rules.max !== undefined) next = Math.min(rules.max, next);
  return next;
}

function decimalsOf(n: number): number {
  const text = String(n);
  if (text.includes('e')) return 12;
  const dot = text.indexOf('.');
  return dot < 0 ? 0 : text.length - dot - 1;
}
