// The advisor's figures in words, the same in the CLI's table and the app's advisor panel: the
// verdict on the objectives, the objective closest to missing and how much of its allowance the
// design used, and how the plan ended.
import { formatMs, formatPercent, trimmed } from '../../models/figures/format-value';
import { burntText } from '../../models/slo/evaluate-slo';
import type { PlanEnd, PlanStep } from './advise';
import type { DesignFigures, JudgedObjective } from './evaluate-design';

export const OBJECTIVE_WORD: Record<JudgedObjective['id'], string> = {
  latency: 'latency',
  availability: 'availability',
  messageAge: 'message age',
};

/** How much of an objective's allowance a design used: the error budget, or the age limit. */
export function usedText(o: JudgedObjective): string {
  if (o.id === 'messageAge')
    return o.used > 1
      ? `${trimmed(o.used, o.used < 10 ? 1 : 0)}× the age limit`
      : `${formatPercent(o.used)} of the age limit`;
  return burntText(o.used);
}

/** "hold", "missed: latency, availability", "missed (2 cut short)". */
export function verdictText(f: DesignFigures): string {
  if (f.cutShort > 0) return `missed (${f.cutShort} cut short)`;
  return f.holds
    ? 'hold'
    : `missed: ${f.objectives
        .filter((o) => !o.met)
        .map((o) => OBJECTIVE_WORD[o.id])
        .join(', ')}`;
}

/** The objective closest to missing (or furthest past it) and what it used; '—' when none. */
export function worstText(f: DesignFigures): string {
  if (f.cutShort > 0) return '—';
  const worst = f.objectives.reduce<JudgedObjective | null>(
    (w, o) => (w === null || o.used > w.used ? o : w),
    null,
  );
  return worst ? `${OBJECTIVE_WORD[worst.id]}: ${usedText(worst)}` : '—';
}

/** The columns a design's figures fill, in the order of ADVICE_COLUMNS. */
export const ADVICE_COLUMNS = [
  'objectives',
  'closest to missing',
  'p99 of successful',
  'error rate',
  'completion p99',
] as const;

export function figuresRow(f: DesignFigures): string[] {
  return [
    verdictText(f),
    worstText(f),
    f.p99Ms ? formatMs(f.p99Ms.mean) : '—',
    f.errorRate ? formatPercent(f.errorRate.mean) : '—',
    f.completionP99Ms ? formatMs(f.completionP99Ms.mean) : '—',
  ];
}

/** One step of the plan: "Decouple … — objectives hold; p99 of successful 189 ms, error rate 0 % (best of 14)". */
export function planStepText(s: PlanStep): string {
  const [verdict, , p99, errorRate] = figuresRow(s.figures);
  return `${s.title} — objectives ${verdict}; p99 of successful ${p99}, error rate ${errorRate} (best of ${s.compared})`;
}

const changes = (n: number): string => `${n} change${n === 1 ? '' : 's'}`;

/** Why the plan stopped, in one sentence. */
export function planEndText(end: PlanEnd, steps: number): string {
  switch (end) {
    case 'objectives-met':
      return steps === 0
        ? 'The objectives already hold: no change is needed.'
        : `The objectives hold after ${changes(steps)}.`;
    case 'no-improvement':
      return `No further change brings the objectives closer after ${changes(steps)}: the objectives are still missed.`;
    case 'max-steps':
      return `Stopped at the limit of ${changes(steps)}: the objectives are still missed.`;
    case 'no-candidates':
      return `No transformation applies after ${changes(steps)}.`;
  }
}

/** What a missing message-age objective hides (said under the table when the project sets none). */
export const NO_MESSAGE_AGE_NOTE =
  'The project sets no message-age objective, so a design that answers at once while its queues hold work for minutes still holds (completion p99 shows how long the work behind an answer takes).';
