import type { Change } from '../types';
import { escapeHtml as esc } from './escape';
import { objectiveTexts } from '../slo/evaluate-slo';
import { kpiChange, kpiText, sloText, type KpiColumn } from './format-kpi';
import { REPORT_CSS } from './report-css';
import {
  KIND_LABELS,
  TRAJECTORY_NOTE,
  roadmapDocument,
  type RoadmapDocument,
  type RoadmapExportInput,
} from './roadmap-document';
import type { StepKpis } from './step-kpis';
import { CAPACITY_FIGURES, CAPACITY_NOTE, type CapacityReport } from './capacity-report';
import { capacityChartSvg } from './svg-capacity';
import { KPI_CHART_COLORS } from './kpi-chart-colors';
import { trajectoryChart } from './svg-trajectory';
import { variantDiagram } from './svg-variant';

function touched(changes: readonly Change[]): Set<string> {
  return new Set(
    changes.map((c) => ('id' in c ? c.id : String(('node' in c ? c.node : c.edge).id))),
  );
}

/** The change with its verdict as a word and an arrow (not colour alone). */
function delta(before: StepKpis, after: StepKpis, c: KpiColumn): string {
  const change = kpiChange(before, after, c);
  if (change.verdict === 'same') return '<span class="delta same">same</span>';
  if (change.changeText === '—') return '';
  const cls = change.verdict === 'better' ? 'good' : change.verdict === 'worse' ? 'bad' : 'same';
  const word =
    change.verdict === 'better' || change.verdict === 'worse' ? ` ${change.verdict}` : '';
  return `<span class="delta ${cls}">${esc(`${change.arrow} ${change.changeText}${word}`)}</span>`;
}

function summaryCards(doc: RoadmapDocument): string {
  const last = doc.steps.at(-1)?.kpis;
  if (!doc.baseline || !last) return '';
  const cards = doc.columns.map(
    (c) =>
      `<div class="card" data-kpi="${c.key}"><div class="label">${esc(c.label)}</div><div class="now">${esc(kpiText(last, c))} ${delta(doc.baseline!, last, c)}</div><div class="was">today ${esc(kpiText(doc.baseline!, c))}</div></div>`,
  );
  cards.push(
    `<div class="card" data-kpi="slo"><div class="label">Objectives</div><div class="now">${esc(sloText(last))}</div><div class="was">today ${esc(sloText(doc.baseline))}</div></div>`,
  );
  return `<section class="cards" aria-label="Result after all steps">${cards.join('')}</section>`;
}

function trajectory(doc: RoadmapDocument): string {
  if (!doc.baseline || doc.steps.some((s) => !s.kpis)) return '';
  const series = [doc.baseline, ...doc.steps.map((s) => s.kpis!)];
  const charts = doc.columns.map((c) =>
    trajectoryChart(
      series.map((k) => k[c.key]),
      { title: `${c.label} after each step`, format: c.format, color: KPI_CHART_COLORS[c.key] },
    ),
  );
  const head = `<tr><th>Step</th>${doc.columns.map((c) => `<th class="num">${esc(c.label)}</th>`).join('')}<th>Objectives</th></tr>`;
  const cells = (k: StepKpis): string =>
    `${doc.columns.map((c) => `<td class="num" data-kpi="${c.key}">${esc(kpiText(k, c))}</td>`).join('')}<td data-kpi="slo">${esc(sloText(k))}</td>`;
  const rows = [
    `<tr><td>0. ${esc(doc.from.name)} (today)</td>${cells(doc.baseline)}</tr>`,
    ...doc.steps.map((s) => `<tr><td>${s.index}. ${esc(s.step.title)}</td>${cells(s.kpis!)}</tr>`),
  ];
  const scenario = doc.scenario
    ? `<p>Every intermediate system was simulated under <b>${esc(doc.scenario.name)}</b> (${esc(String(doc.scenario.durationS))} s, seed ${esc(String(doc.seed))}). Step 0 is today's system; step ${doc.steps.length} is the target. ${esc(TRAJECTORY_NOTE)}</p><p>Objectives: ${objectiveTexts(doc.project.slo).map(esc).join('; ')}.</p>`
    : '';
  return `<section class="trajectory"><h2>What each step buys</h2>${scenario}<div class="charts">${charts.join('')}</div><table class="kpi-table"><thead>${head}</thead><tbody>${rows.join('')}</tbody></table></section>`;
}

/** The report's colours of the two variants' curves (as-is, to-be): the app's first two series. */
export const CAPACITY_COLOURS = ['#0072b2', '#d55e00'] as const;

function capacity(report: CapacityReport | undefined): string {
  if (!report) return '';
  const charts = CAPACITY_FIGURES.map((f) =>
    capacityChartSvg(report, {
      figure: f.key,
      title: f.title,
      unit: f.unit,
      colours: CAPACITY_COLOURS,
    }),
  );
  const legend = report.curves
    .map(
      (c, k) =>
        `<span><i style="border-color:${CAPACITY_COLOURS[k % CAPACITY_COLOURS.length]};border-top-width:3px"></i>${esc(c.name)}</span>`,
    )
    .join('');
  const details = report.curves
    .map((c) => `<li data-variant="${esc(c.variant)}"><b>${esc(c.name)}:</b> ${esc(c.detail)}</li>`)
    .join('');
  return `<section class="capacity" aria-label="Capacity"><h2>How far each design goes</h2><p>The load of <b>${esc(report.scenarioName)}</b> scaled up and down, each design simulated at every load.</p><p class="capacity-headline">${esc(report.headline)}</p><ul class="capacity-details">${details}</ul><div class="legend">${legend}</div><div class="charts">${charts.join('')}</div><p>${esc(CAPACITY_NOTE)}</p></section>`;
}

const LEGEND = `<div class="legend"><span><i style="border-color:#334155"></i>synchronous call</span><span><i style="border-color:#d97706;border-top-style:dashed"></i>publish</span><span><i style="border-color:#059669;border-top-style:dashed"></i>consume</span><span><i style="border-color:#94a3b8;border-top-style:dotted"></i>dead letters go to</span><span><i style="border-color:#e11d48;border-top-width:3px"></i>changed in a step</span></div>`;

function stepArticle(doc: RoadmapDocument, i: number): string {
  const s = doc.steps[i]!;
  const prev = i === 0 ? doc.baseline : doc.steps[i - 1]!.kpis;
  const effect =
    prev && s.kpis
      ? `<div class="effect">${doc.columns.map((c) => `<span>${esc(c.label)}: ${esc(kpiText(prev, c))} → <b>${esc(kpiText(s.kpis!, c))}</b> ${delta(prev, s.kpis!, c)}</span>`).join('')}</div>`
      : '';
  const checklist = s.step.checklist
    .map((c) => `<li${c.done ? ' class="done"' : ''}>${esc(c.label)}</li>`)
    .join('');
  return `<article class="step" id="step-${esc(s.step.id)}">
<header><span class="num">${s.index}</span><h3>${esc(s.step.title)}</h3><span class="badge">${esc(KIND_LABELS[s.step.kind])}</span><span class="badge">${s.step.owner ? `Owner: ${esc(s.step.owner)}` : 'Owner: not assigned'}</span>${s.step.recorded ? '<span class="badge">recorded in the editor</span>' : ''}</header>
${s.step.rationale ? `<p>${esc(s.step.rationale)}</p>` : ''}${effect}
<div class="cols"><div><h4>Changes</h4><ul>${s.changes.map((c) => `<li>${esc(c)}</li>`).join('')}</ul></div><div><h4>Checklist</h4><ul class="checklist">${checklist}</ul></div></div>
<figure><figcaption>The system after step ${s.index}</figcaption>${variantDiagram(s.after, { idPrefix: `step${s.index}`, highlight: touched(s.step.changes), title: `After step ${s.index}: ${s.step.title}` })}</figure>
</article>`;
}

/**
 * The roadmap as one self-contained HTML file: inline CSS and SVG only, a Content-Security-Policy
 * that forbids any request, every label escaped, and print CSS for a PDF.
 */
export function roadmapHtml(input: RoadmapExportInput): string {
  const doc = roadmapDocument(input);
  const steps = doc.steps.map((_, i) => stepArticle(doc, i)).join('\n');
  const dropped =
    doc.dropped.length > 0
      ? `<section><h2>Saved steps left out</h2><ul>${doc.dropped.map((d) => `<li><b>${esc(d.step.title)}</b>: ${esc(d.reason)}</li>`).join('')}</ul></section>`
      : '';
  const meta = [
    `<span>From <b>${esc(doc.from.name)}</b> to <b>${esc(doc.to.name)}</b></span>`,
    `<span><b>${doc.steps.length}</b> step${doc.steps.length === 1 ? '' : 's'}</span>`,
    doc.scenario
      ? `<span>Scenario <b>${esc(doc.scenario.name)}</b>, seed ${esc(String(doc.seed))}</span>`
      : '',
  ].join('');
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(doc.title)}</title>
<style>${REPORT_CSS}</style></head>
<body><main>
<header class="cover"><p class="eyebrow">Migration roadmap</p><h1>${esc(doc.project.name)}</h1>
${doc.project.description ? `<p class="lede">${esc(doc.project.description)}</p>` : ''}<div class="meta">${meta}</div>
${summaryCards(doc)}</header>
${trajectory(doc)}
${capacity(input.capacity)}
<section><h2>Today and the target</h2><div class="systems">
<figure><figcaption>${esc(doc.from.name)} (today)</figcaption>${variantDiagram(doc.from, { idPrefix: 'from' })}</figure>
<figure><figcaption>${esc(doc.to.name)} (target)</figcaption>${variantDiagram(doc.to, { idPrefix: 'to' })}</figure>
</div>${LEGEND}</section>
<section class="steps"><h2 class="steps-intro">The steps</h2>
${steps || '<p>The two variants are the same: nothing to do.</p>'}
</section>
${dropped}
<footer>Generated by Spillway from “${esc(doc.project.name)}”. Each step is a system that can be simulated on its own; the numbers come from the same simulator as the command line (<code>spillway roadmap</code>).</footer>
</main></body></html>
`;
}
