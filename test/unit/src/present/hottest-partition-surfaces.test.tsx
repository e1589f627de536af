// The hottest partition's peak, one number everywhere: on the parcel-tracking example (its
// ShipmentScanned topic has 192 partitions keyed by parcel) under the promotion peak, the
// dashboard's card, the CLI's text report (figure and queue table), the Markdown and HTML
// reports and the slides' comparison all write the peak of `series.hottestPartitionBacklog`
// after the warm-up; the worst-moment slide's diagram writes the series at that bucket, in the
// replay's words; and a design without partitions gets no such column.
import { JSDOM } from 'jsdom';
import { renderToStaticMarkup } from 'react-dom/server';
import { expect, test } from 'vitest';
import { findExample } from '../../../../models/examples/index';
import { figureText } from '../../../../models/figures/figure-text';
import { formatCount } from '../../../../models/figures/format-value';
import { hottestPartitionText } from '../../../../models/figures/hottest-partition-text';
import { figure } from '../../../../models/figures/run-figures';
import { worstMoment } from '../../../../models/figures/worst-moment';
import { roadmapHtml } from '../../../../models/roadmap/export-html';
import { roadmapMarkdown } from '../../../../models/roadmap/export-markdown';
import { KPI_COLUMNS, kpiColumnsFor } from '../../../../models/roadmap/format-kpi';
import { planRoadmap } from '../../../../models/roadmap/plan';
import { kpisOf } from '../../../../models/roadmap/step-kpis';
import { formatResult } from '../../../../simulator/cli/report';
import { simulate } from '../../../../simulator/simulate';
import { momentNotes } from '../../../../src/present/peak-notes';
import { buildSlides } from '../../../../src/present/Slides';
import { KpiCards } from '../../../../src/results/KpiCards';

const project = findExample('parcel-tracking')!.project;
const plan = planRoadmap(project, 'as-is', 'to-be');
const run = (variant: string) =>
  simulate(project, { variant, scenario: 'promotion-peak', seed: 1 });
const asIs = run('as-is');
const toBe = run('to-be');
const TOPIC = 'shipment-scanned';
const dom = (html: string): Document => new JSDOM(html).window.document;

/** The series' highest bucket after the warm-up: what the dashboard's dashed line peaks at. */
function seriesPeak(): number {
  const s = toBe.series;
  const hottest = s.hottestPartitionBacklog![TOPIC]!;
  return Math.max(...hottest.filter((_, k) => s.t[k]! >= toBe.warmupS));
}

test('the parcel topic: 192 partitions, its hottest partition a small share of the backlog', () => {
  expect(project.variants[1]!.nodes.find((n) => n.id === TOPIC)).toMatchObject({
    partitions: 192,
  });
  const peak = seriesPeak();
  expect(peak).toBe(toBe.queues[TOPIC]!.hottestPartition!.maxBacklog);
  // At least the even share of the topic's peak, far below the whole of it.
  expect(peak * 192).toBeGreaterThanOrEqual(toBe.queues[TOPIC]!.maxBacklog);
  expect(peak).toBeLessThan(toBe.queues[TOPIC]!.maxBacklog / 10);
});

test('the dashboard, the CLI, the reports and the slides write the same number', () => {
  const expected = formatCount(seriesPeak());
  const def = figure('hottestPartition');
  expect(figureText(def, toBe)).toBe(expected);
  expect(figureText(def, asIs)).toBe('no queues');

  // The dashboard's card.
  const cards = dom(renderToStaticMarkup(<KpiCards result={toBe} />));
  const card = cards.querySelector('[data-kpi="hottestPartition"]')!;
  expect(card.querySelector('h3')!.textContent).toBe('Hottest partition');
  expect(card.querySelector('[data-testid="kpi-text"]')!.textContent).toBe(expected);

  // The CLI's text report: the figure, and the topic's row of the queue table.
  const cli = formatResult(toBe, project.slo).split('\n');
  expect(cli.find((l) => l.startsWith('Hottest partition'))!.split(/ {2,}/)[1]).toBe(expected);
  const header = cli.find((l) => l.startsWith('queue '))!.split(/ {2,}/);
  const row = cli.find((l) => l.startsWith(`${TOPIC} `))!.split(/ {2,}/);
  expect(header.indexOf('hottest partition')).toBe(header.indexOf('max backlog') + 1);
  expect(row[header.indexOf('hottest partition')]).toBe(expected);

  // The reports: every step's KPIs, the hottest partition's column beside the peak backlog.
  const kpis = [kpisOf(asIs, project.slo), ...plan.steps.map(() => kpisOf(toBe, project.slo))];
  const input = { project, plan, kpis, scenario: { id: 'promotion-peak', seed: 1 } };
  const md = roadmapMarkdown(input).split('\n');
  const cells = (line: string) => line.split(' | ').map((c) => c.trim());
  const mdHeader = cells(md.find((l) => l.startsWith('| Step'))!);
  const col = mdHeader.indexOf('Hottest partition');
  expect(col).toBe(mdHeader.indexOf('Peak backlog') + 1);
  const mdRows = md.filter((l) => /^\| \d+\. /.test(l)).map(cells);
  expect(mdRows[0]![col]).toBe('no queues');
  expect(mdRows.at(-1)![col]).toBe(expected);
  expect(md.find((l) => l.startsWith('**Effect:**'))).toContain(
    `Hottest partition no queues → ${expected}`,
  );
  const html = dom(roadmapHtml(input));
  const tds = [...html.querySelectorAll('.kpi-table td[data-kpi="hottestPartition"]')];
  expect(tds.map((td) => td.textContent)).toEqual(['no queues', ...plan.steps.map(() => expected)]);
  const htmlCard = html.querySelector('.card[data-kpi="hottestPartition"]')!;
  expect(htmlCard.querySelector('.label')!.textContent).toBe('Hottest partition');
  expect(htmlCard.querySelector('.now')!.textContent!.startsWith(`${expected} `)).toBe(true);
  expect(html.querySelectorAll('svg[data-kpi], .trajectory .charts > svg').length).toBe(
    KPI_COLUMNS.length + 1,
  );

  // The slides' comparison.
  const slides = buildSlides({
    project,
    plan,
    from: project.variants[0]!,
    to: project.variants[1]!,
    scenario: project.scenarios[0]!,
    runs: { asIs, toBe, progress: null, error: null },
    trajectory: null,
    nodeName: (id) => id,
  });
  const compare = dom(
    renderToStaticMarkup(<>{slides.find((s) => s.id === 'compare')!.body('screen')}</>),
  );
  const slideRow = compare.querySelector('tr[data-kpi="hottestPartition"]')!;
  expect(slideRow.querySelector('th')!.textContent).toBe('Hottest partition');
  expect([...slideRow.querySelectorAll('td')].slice(0, 2).map((td) => td.textContent)).toEqual([
    'no queues',
    expected,
  ]);
});

test('the worst moment’s diagram: what waits in the topic and in its hottest partition then', () => {
  const moment = worstMoment(toBe.series, toBe.warmupS)!;
  const k = moment.bucket;
  const note = momentNotes(toBe, moment).get(TOPIC)!;
  expect(note.text).toBe(
    `${formatCount(toBe.series.backlog[TOPIC]![k]!)} waiting, ${hottestPartitionText(toBe.series.hottestPartitionBacklog![TOPIC]![k]!)}`,
  );
  // The dead-letter queue is not partitioned: its note is the backlog alone.
  expect(momentNotes(toBe, moment).get('scan-dead-letters')!.text).toBe('0 waiting');
});

test('without partitions, no hottest partition column', () => {
  const a = kpisOf(asIs, project.slo);
  expect(kpiColumnsFor([a, a])).toBe(KPI_COLUMNS);
  expect(kpiColumnsFor([a, kpisOf(toBe, project.slo)]).map((c) => c.key)).toEqual([
    'successRate',
    'errorRate',
    'p99Ms',
    'peakUtilization',
    'peakBacklog',
    'hottestPartition',
    'monthlyCost',
  ]);
  expect(formatResult(asIs, project.slo)).not.toContain('hottest partition');
});
