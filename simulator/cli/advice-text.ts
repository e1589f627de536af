// The advisor's answer in words and a table, as the CLI prints it.
import { formatMs, formatPercent, trimmed } from '../../models/figures/format-value';
import { burntText, objectiveTexts } from '../../models/slo/evaluate-slo';
import type { Advice, PlanEnd } from '../advisor/advise';
import type { DesignFigures, JudgedObjective } from '../advisor/evaluate-design';
import { formatTable, type ColumnAlign } from './table';

const OBJECTIVE_WORD: Record<JudgedObjective['id'], string> = {
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

function verdictText(f: DesignFigures): string {
  if (f.cutShort > 0) return `missed (${f.cutShort} cut short)`;
  return f.holds
    ? 'hold'
    : `missed: ${f.objectives
        .filter((o) => !o.met)
        .map((o) => OBJECTIVE_WORD[o.id])
        .join(', ')}`;
}

/** The objective closest to missing (or furthest past it) and what it used. */
function worstText(f: DesignFigures): string {
  if (f.cutShort > 0) return '—';
  const worst = f.objectives.reduce<JudgedObjective | null>(
    (w, o) => (w === null || o.used > w.used ? o : w),
    null,
  );
  return worst ? `${OBJECTIVE_WORD[worst.id]}: ${usedText(worst)}` : '—';
}

export function figuresRow(f: DesignFigures): string[] {
  return [
    verdictText(f),
    worstText(f),
    f.p99Ms ? formatMs(f.p99Ms.mean) : '—',
    f.errorRate ? formatPercent(f.errorRate.mean) : '—',
    f.completionP99Ms ? formatMs(f.completionP99Ms.mean) : '—',
  ];
}

const END_TEXT: Record<PlanEnd, (steps: number) => string> = {
  'objectives-met': (n) =>
    n === 0
      ? 'The objectives already hold: no change is needed.'
      : `The objectives hold after ${n} change${n === 1 ? '' : 's'}.`,
  'no-improvement': (n) =>
    `No further change brings the objectives closer after ${n} change${n === 1 ? '' : 's'}: the objectives are still missed.`,
  'max-steps': (n) =>
    `Stopped at the limit of ${n} change${n === 1 ? '' : 's'}: the objectives are still missed.`,
  'no-candidates': (n) => `No transformation applies after ${n} change${n === 1 ? '' : 's'}.`,
};

export function adviceText(a: Advice, top = 10): string {
  const header = [
    '',
    'change',
    'objectives',
    'closest to missing',
    'p99 of successful',
    'error rate',
  ];
  const rows = [
    ['now', 'as it is', ...figuresRow(a.baseline)],
    ...a.ranking.slice(0, top).map((r) => [String(r.rank), r.title, ...figuresRow(r.figures)]),
  ];
  const align = header.map((_, i): ColumnAlign => (i <= 3 ? 'left' : 'right'));
  const lines = [
    `Migration advisor · variant ${a.variant} · scenario ${a.scenario} · ${a.replications} replication${a.replications === 1 ? '' : 's'} per design, seed${a.replications === 1 ? ` ${a.seed}` : `s ${a.seed}–${a.seed + a.replications - 1}`}`,
    `Objectives: ${objectiveTexts(a.slo).join('; ')}`,
    '',
    `Each change alone, best first (${a.ranking.length} tried):`,
    formatTable(header, rows, align),
  ];
  if (a.ranking.length > top)
    lines.push(`… and ${a.ranking.length - top} more (--json lists them all).`);
  lines.push('', 'Plan:');
  for (const [i, s] of a.plan.entries()) {
    const [verdict, , p99, errorRate] = figuresRow(s.figures);
    lines.push(
      `  ${i + 1}. ${s.title} — objectives ${verdict}; p99 of successful ${p99}, error rate ${errorRate} (best of ${s.compared})`,
    );
  }
  lines.push(`  ${END_TEXT[a.end](a.plan.length)}`);
  if (a.slo.maxMessageAgeMs === null)
    lines.push(
      '',
      'The project sets no message-age objective, so a design that answers at once while its queues hold work for minutes',
      'still holds (completion p99 shows how long the work behind an answer takes). Set slo.maxMessageAgeMs to weigh it.',
    );
  return lines.join('\n');
}
