import { escapeMarkdown as md } from './escape';
import { kpiChange, kpiText, sloText, type KpiColumn } from './format-kpi';
import { objectiveTexts } from '../slo/evaluate-slo';
import {
  KIND_LABELS,
  roadmapDocument,
  type RoadmapExportInput,
  TRAJECTORY_NOTE,
} from './roadmap-document';
import type { StepKpis } from './step-kpis';

const row = (cells: string[]): string => `| ${cells.join(' | ')} |`;

function kpiCells(columns: readonly KpiColumn[], k: StepKpis): string[] {
  return [...columns.map((c) => kpiText(k, c)), sloText(k)];
}

function effect(columns: readonly KpiColumn[], before: StepKpis, after: StepKpis): string {
  return columns
    .map((c) => {
      const change = kpiChange(before, after, c);
      const delta = change.verdict === 'same' ? 'same' : change.changeText;
      return `${c.label} ${kpiText(before, c)} → ${kpiText(after, c)} (${delta})`;
    })
    .join('; ');
}

/** The roadmap as Markdown for a wiki page or a pull request. Every label is escaped. */
export function roadmapMarkdown(input: RoadmapExportInput): string {
  const doc = roadmapDocument(input);
  const out: string[] = [];
  out.push(`# ${md(doc.title)}`, '');
  if (doc.project.description) out.push(md(doc.project.description), '');
  out.push(
    `From **${md(doc.from.name)}** (\`${doc.from.id}\`) to **${md(doc.to.name)}** (\`${doc.to.id}\`) in ${doc.steps.length} step${doc.steps.length === 1 ? '' : 's'}.`,
    '',
  );
  if (doc.scenario) {
    out.push(
      `Simulated under **${md(doc.scenario.name)}** (\`${doc.scenario.id}\`, seed ${doc.seed}, ${doc.scenario.durationS} s).`,
      '',
    );
  }
  if (doc.baseline) {
    out.push('## Trajectory', '');
    out.push(
      `${TRAJECTORY_NOTE} Objectives: ${objectiveTexts(doc.project.slo)
        .map((t) => md(t))
        .join('; ')}.`,
      '',
    );
    out.push(row(['Step', ...doc.columns.map((c) => c.label), 'Objectives']));
    out.push(row(['---', ...doc.columns.map(() => '---:'), '---']));
    const cell = (text: string): string => md(text, { inTable: true });
    out.push(row([`0. ${cell(doc.from.name)} (today)`, ...kpiCells(doc.columns, doc.baseline)]));
    for (const s of doc.steps)
      if (s.kpis)
        out.push(row([`${s.index}. ${cell(s.step.title)}`, ...kpiCells(doc.columns, s.kpis)]));
    out.push('');
  }
  out.push('## Steps', '');
  let previous = doc.baseline;
  for (const s of doc.steps) {
    out.push(`### ${s.index}. ${md(s.step.title)}`, '');
    const meta = [
      `*${KIND_LABELS[s.step.kind]}*`,
      s.step.owner ? `owner: ${md(s.step.owner)}` : 'owner: not assigned',
    ];
    meta.push(s.step.recorded ? 'recorded in the editor' : 'grouped from the diff');
    out.push(meta.join(' · '), '');
    if (s.step.rationale) out.push(md(s.step.rationale), '');
    if (previous && s.kpis) out.push(`**Effect:** ${effect(doc.columns, previous, s.kpis)}.`, '');
    previous = s.kpis ?? previous;
    out.push('**Changes**', '', ...s.changes.map((c) => `- ${md(c)}`), '');
    if (s.step.checklist.length > 0) {
      out.push(
        '**Checklist**',
        '',
        ...s.step.checklist.map((c) => `- [${c.done ? 'x' : ' '}] ${md(c.label)}`),
        '',
      );
    }
  }
  if (doc.dropped.length > 0) {
    out.push('## Saved steps left out', '');
    for (const d of doc.dropped) out.push(`- ${md(d.step.title)}: ${md(d.reason)}`);
    out.push('');
  }
  return `${out.join('\n').trimEnd()}\n`;
}
