// The advisor's answer in words and a table, as the CLI prints it (the words are shared with the
// app's advisor panel: ../advisor/advice-words.ts).
import { objectiveTexts } from '../../models/slo/evaluate-slo';
import type { Advice } from '../advisor/advise';
import {
  ADVICE_COLUMNS,
  figuresRow,
  NO_MESSAGE_AGE_NOTE,
  planEndText,
  planStepText,
} from '../advisor/advice-words';
import { formatTable, type ColumnAlign } from './table';

export { figuresRow, usedText } from '../advisor/advice-words';

export function adviceText(a: Advice, top = 10): string {
  const header = ['', 'change', ...ADVICE_COLUMNS];
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
  for (const [i, s] of a.plan.entries()) lines.push(`  ${i + 1}. ${planStepText(s)}`);
  lines.push(`  ${planEndText(a.end, a.plan.length)}`);
  if (a.slo.maxMessageAgeMs === null)
    lines.push('', NO_MESSAGE_AGE_NOTE, 'Set slo.maxMessageAgeMs to weigh it.');
  return lines.join('\n');
}
