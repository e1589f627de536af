// One figure, one text, on every surface: for generated results, the Simulate cards, the
// Compare table, the roadmap view's table, the slides, the Markdown and HTML reports and the
// CLI's tables write each figure exactly alike. (A cross-layer check, like purity.test.ts.)
import fc from 'fast-check';
import { JSDOM } from 'jsdom';
import { renderToStaticMarkup } from 'react-dom/server';
import { expect, test } from 'vitest';
import { bucketFigures } from '../../models/figures/bucket-figures';
import { figureText } from '../../models/figures/figure-text';
import { formatCount, formatMs, formatPercent } from '../../models/figures/format-value';
import { FIGURES, figure, type FigureId } from '../../models/figures/run-figures';
import { worstMoment } from '../../models/figures/worst-moment';
import { roadmapHtml } from '../../models/roadmap/export-html';
import { roadmapMarkdown } from '../../models/roadmap/export-markdown';
import {
  HOTTEST_PARTITION_COLUMN,
  KPI_COLUMNS,
  type KpiColumn,
} from '../../models/roadmap/format-kpi';
import { planRoadmap } from '../../models/roadmap/plan';
import { kpisOf } from '../../models/roadmap/step-kpis';
import { formatCompareTable } from '../../simulator/cli/commands/compare';
import { formatFigures } from '../../simulator/cli/report';
import type { SimulationResult } from '../../simulator/result';
import { buildSlides } from '../../src/present/Slides';
import { CompareKpiTable } from '../../src/results/CompareKpiTable';
import { KpiCards } from '../../src/results/KpiCards';
import { TrajectoryPanel } from '../../src/roadmap/TrajectoryPanel';
import { resultArb } from '../helpers/result-arbitrary';
import { sampleProject } from '../helpers/sample-project';

const project = sampleProject();
const plan = planRoadmap(project, 'as-is', 'to-be');
const dom = (html: string): Document => new JSDOM(html).window.document;
const text = (e: Element | null | undefined): string => e?.textContent ?? '(missing)';

/** The figures each surface shows, by figure id, for the baseline run `a` and the compared `b`. */
type Reading = Partial<Record<FigureId, string>>;

function cards(r: SimulationResult): Reading {
  const d = dom(renderToStaticMarkup(<KpiCards result={r} />));
  return Object.fromEntries(
    [...d.querySelectorAll('[data-kpi]')].map((c) => [
      c.getAttribute('data-kpi'),
      text(c.querySelector('[data-testid="kpi-text"]')),
    ]),
  );
}

function compareRows(a: SimulationResult, b: SimulationResult): [Reading, Reading] {
  const d = dom(
    renderToStaticMarkup(
      <CompareKpiTable a={{ label: 'A', result: a }} b={{ label: 'B', result: b }} />,
    ),
  );
  const rows = [...d.querySelectorAll('tr[data-kpi]')];
  const side = (id: string): Reading =>
    Object.fromEntries(
      rows.map((r) => [r.getAttribute('data-kpi'), text(r.querySelector(`[data-testid="${id}"]`))]),
    );
  return [side('compare-a'), side('compare-b')];
}

/**
 * The KPI columns the reports and slides must show for runs a and b, read off the results: the
 * hottest partition's right after Peak backlog when a queue of either is partitioned.
 */
function columnsOf(a: SimulationResult, b: SimulationResult): readonly KpiColumn[] {
  const partitioned = (r: SimulationResult): boolean =>
    Object.values(r.queues).some((q) => q.hottestPartition !== undefined);
  if (!partitioned(a) && !partitioned(b)) return KPI_COLUMNS;
  const at = KPI_COLUMNS.findIndex((c) => c.key === 'peakBacklog') + 1;
  return [...KPI_COLUMNS.slice(0, at), HOTTEST_PARTITION_COLUMN, ...KPI_COLUMNS.slice(at)];
}

/** Roadmap KPI columns by the figure behind them; a column the surface should not show is marked. */
const byFigure = (
  cells: Record<string, string>,
  columns: readonly KpiColumn[] = KPI_COLUMNS,
): Reading => {
  const reading: Record<string, string> = Object.fromEntries(
    columns.map((c) => [c.def.id, cells[c.key] ?? '(missing)']),
  );
  for (const key of Object.keys(cells))
    if (key !== 'slo' && !columns.some((c) => c.key === key)) reading[key] = '(not expected)';
  return reading;
};

function trajectoryTable(a: SimulationResult, b: SimulationResult): [Reading, Reading] {
  const points = [a, b].map((r, i) => ({
    step: i,
    stepId: null,
    title: `step ${i}`,
    kpis: kpisOf(r, project.slo),
  }));
  const d = dom(renderToStaticMarkup(<TrajectoryPanel points={points} />));
  const rows = [...d.querySelectorAll('[data-testid="trajectory-table"] tbody tr')];
  return rows.map((row) =>
    byFigure(
      Object.fromEntries(
        [...row.querySelectorAll('td[data-kpi]')].map((c) => [c.getAttribute('data-kpi'), text(c)]),
      ),
      columnsOf(a, b),
    ),
  ) as [Reading, Reading];
}

function kpisList(a: SimulationResult, b: SimulationResult) {
  return [kpisOf(a, project.slo), ...plan.steps.map(() => kpisOf(b, project.slo))];
}

function markdownRows(a: SimulationResult, b: SimulationResult): [Reading, Reading] {
  const md = roadmapMarkdown({ project, plan, kpis: kpisList(a, b), scenario: { id: 'peak' } });
  const rows = md.split('\n').filter((l) => /^\| \d+\. /.test(l));
  const columns = columnsOf(a, b);
  const cells = (row: string): Reading => {
    // The KPI cells and the objectives' (between the step's cell and the row's end).
    const parts = row
      .split(/(?<!\\)\|/)
      .slice(2, -1)
      .map((c) => c.trim());
    const read = Object.fromEntries(columns.map((c, i) => [c.key, parts[i]!]));
    return byFigure(
      parts.length === columns.length + 1 ? read : { ...read, columnCount: `${parts.length}` },
      columns,
    );
  };
  return [cells(rows[0]!), cells(rows[1]!)];
}

function htmlRows(a: SimulationResult, b: SimulationResult): [Reading, Reading] {
  const html = roadmapHtml({ project, plan, kpis: kpisList(a, b), scenario: { id: 'peak' } });
  const rows = [...dom(html).querySelectorAll('.kpi-table tbody tr')];
  const cells = (row: Element): Reading =>
    byFigure(
      Object.fromEntries(
        [...row.querySelectorAll('td[data-kpi]')].map((c) => [c.getAttribute('data-kpi'), text(c)]),
      ),
      columnsOf(a, b),
    );
  return [cells(rows[0]!), cells(rows[1]!)];
}

function slides(a: SimulationResult, b: SimulationResult) {
  return buildSlides({
    project,
    plan,
    from: project.variants[0]!,
    to: project.variants[1]!,
    scenario: project.scenarios[0]!,
    runs: { asIs: a, toBe: b, progress: null, error: null },
    trajectory: null,
    nodeName: (id) => id,
  });
}

function slideRows(a: SimulationResult, b: SimulationResult): [Reading, Reading] {
  const slide = slides(a, b).find((s) => s.id === 'compare')!;
  const d = dom(renderToStaticMarkup(<>{slide.body('screen')}</>));
  const side = (i: number): Reading =>
    byFigure(
      Object.fromEntries(
        [...d.querySelectorAll('tr[data-kpi]')].map((r) => [
          r.getAttribute('data-kpi'),
          text(r.querySelectorAll('td')[i]),
        ]),
      ),
      columnsOf(a, b),
    );
  return [side(0), side(1)];
}

/** The verdict slide's monthly cost of each design, as drawn. */
function verdictCosts(a: SimulationResult, b: SimulationResult): string[] {
  const slide = slides(a, b).find((s) => s.id === 'verdict')!;
  const d = dom(renderToStaticMarkup(<>{slide.body('deck')}</>));
  return [...d.querySelectorAll('[data-testid="slide-verdict-cost"]')].map(text);
}

/** `spillway simulate`'s figure table: "Success rate  24.8 % of 115,360 requests". */
function cliFigures(r: SimulationResult): Reading {
  const lines = formatFigures(r).split('\n').slice(2);
  return Object.fromEntries(
    FIGURES.map((def, i) => {
      const value = lines[i]!.slice(def.label.length).trim();
      const denominator = def.denominator && def.absent?.(r) == null && r.entry.requests > 0;
      return [def.id, denominator ? value.replace(/ of [\d,]+ requests?$/, '') : value];
    }),
  );
}

/** `spillway compare`'s table: label, as-is, to-be, … separated by runs of spaces. */
function cliCompare(a: SimulationResult, b: SimulationResult): [Reading, Reading] {
  const lines = formatCompareTable(a, b, 'a', 'b').split('\n').slice(2);
  const cells = FIGURES.map((def, i) => lines[i]!.slice(def.label.length).trim().split(/ {2,}/));
  const side = (j: number): Reading =>
    Object.fromEntries(FIGURES.map((def, i) => [def.id, cells[i]![j]!]));
  return [side(0), side(1)];
}

test('property: every surface writes the same figure for the same quantity', () => {
  fc.assert(
    fc.property(resultArb, resultArb, (a, b) => {
      const expected = (r: SimulationResult): Reading =>
        Object.fromEntries(FIGURES.map((def) => [def.id, figureText(def, r)]));
      const [ea, eb] = [expected(a), expected(b)];
      // The hottest partition's column where a or b has partitions.
      const onlyRoadmap = (r: Reading): Reading =>
        Object.fromEntries(columnsOf(a, b).map((c) => [c.def.id, r[c.def.id]]));
      // Cards and the CLI's report show every figure of one run.
      expect(cards(a)).toEqual(ea);
      expect(cliFigures(a)).toEqual(ea);
      // The compare table in the app and on the command line: both runs, every figure.
      expect(compareRows(a, b)).toEqual([ea, eb]);
      expect(cliCompare(a, b)).toEqual([ea, eb]);
      // The roadmap's KPIs: the view's table, the Markdown and HTML reports, the slides.
      const roadmap = [onlyRoadmap(ea), onlyRoadmap(eb)];
      expect(trajectoryTable(a, b)).toEqual(roadmap);
      expect(markdownRows(a, b)).toEqual(roadmap);
      expect(htmlRows(a, b)).toEqual(roadmap);
      expect(slideRows(a, b)).toEqual(roadmap);
      // The verdict slide's cost in large type: the same text as every table's monthly cost.
      expect(verdictCosts(a, b)).toEqual([ea.monthlyCost, eb.monthlyCost]);
    }),
    { numRuns: 40, seed: 14 },
  );
  // 40 pairs of runs rendered on every surface: most of a minute on a loaded machine.
}, 180_000);

test('property: the worst-moment slide states the charts’ values at the worst bucket', () => {
  fc.assert(
    fc.property(resultArb, (a) => {
      const moment = worstMoment(a.series, a.warmupS);
      const slide = slides(a, a).find((s) => s.id === 'peak')!;
      const lede = text(
        dom(renderToStaticMarkup(<>{slide.body('screen')}</>)).querySelector(
          '[data-testid="worst-moment"]',
        ),
      );
      if (!moment) {
        expect(lede).toBe('(missing)');
        return;
      }
      const k = moment.bucket;
      expect(moment).toEqual(bucketFigures(a.series, k));
      const finished = a.series.finished[k]!;
      expect(lede).toContain(
        `${formatCount(finished)} request${finished === 1 ? '' : 's'} finished`,
      );
      expect(lede).toContain(`${formatPercent(a.series.errorRate[k]!)} failed`);
      expect(lede).toContain(
        `${formatPercent(a.series.succeededWithinTarget[k]! / a.series.finished[k]!)} were answered successfully within ${formatMs(project.slo.latencyTargetMs)}`,
      );
      const p99 = a.series.succeededP99Ms[k];
      if (p99 !== null && p99 !== undefined)
        expect(lede).toContain(`waited longer than ${formatMs(p99)} (p99)`);
    }),
    { numRuns: 60, seed: 9 },
  );
  // The figure ids the roadmap shows exist, so the mapping above checks something.
  expect(KPI_COLUMNS.map((c) => figure(c.def.id).id)).toEqual([
    'successRate',
    'errorRate',
    'p99',
    'peakUtilization',
    'peakBacklog',
    'monthlyCost',
  ]);
});
