// The HTML report is one self-contained file: opened in Chromium with every request but the
// document refused, it asks for nothing and draws its charts and diagrams.
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Browser } from 'playwright-core';
import { EXAMPLES } from '../../models/examples/index';
import { roadmapHtml } from '../../models/roadmap/export-html';
import { KPI_COLUMNS } from '../../models/roadmap/format-kpi';
import { planRoadmap } from '../../models/roadmap/plan';
import { simulateRoadmap } from '../../models/roadmap/simulate-roadmap';
import type { Project } from '../../models/types';
import { simulate } from '../../simulator/simulate';
import { formatResult } from '../../simulator/cli/report';
import { launchBrowser } from './browser';

const REPORT_URL = 'http://report.invalid/roadmap.html';

/** The client portal with a shorter quarterly peak (same shape, less simulated time) to keep the test quick. */
function shortPeak(): Project {
  const project = structuredClone(EXAMPLES.find((e) => e.id === 'client-portal')!.project);
  project.scenarios = [
    {
      id: 'short-peak',
      name: 'Quarterly peak (short)',
      description: 'Five times the usual rate for ninety seconds.',
      durationS: 240,
      warmupS: 20,
      seed: 1,
      replications: 1,
      load: [
        {
          client: 'customers',
          shape: { type: 'spike', baseRps: 60, peakRps: 300, startS: 60, rampS: 20, holdS: 90 },
        },
      ],
      faults: [],
    },
  ];
  // The to-be's statement queue on 4 partitions, 40 % of the keys on the hottest: the report
  // gains the hottest partition's column.
  const queue = project.variants
    .find((v) => v.id === 'to-be')!
    .nodes.find((n) => n.id === 'statement-requests')!;
  Object.assign(queue, { partitions: 4, hotPartitionShare: 0.4 });
  return project;
}

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

test('the HTML report renders completely with the network disabled', async () => {
  const project = shortPeak();
  const plan = planRoadmap(project, 'as-is', 'to-be');
  const points = await simulateRoadmap(project, plan, 'short-peak', simulate);
  const html = roadmapHtml({
    project,
    plan,
    kpis: points.map((p) => p.kpis),
    scenario: { id: 'short-peak' },
  });

  const context = await browser.newContext({
    reducedMotion: 'reduce',
    viewport: { width: 1280, height: 900 },
  });
  const attempted: string[] = [];
  const problems: string[] = [];
  await context.route('**/*', (route) => {
    if (route.request().url() === REPORT_URL)
      return route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html });
    attempted.push(route.request().url());
    return route.abort();
  });
  const page = await context.newPage();
  page.on('console', (m) => (m.type() === 'error' ? problems.push(m.text()) : undefined));
  page.on('pageerror', (e) => problems.push(e.message));
  page.on('requestfailed', (r) => attempted.push(r.url()));
  await page.goto(REPORT_URL, { waitUntil: 'load' });

  expect(attempted).toEqual([]);
  expect(problems).toEqual([]);
  expect(await page.title()).toBe('Migration roadmap: Client portal (financial services)');

  // Every chart has its line drawn with a real size; every diagram has its nodes and edges.
  const charts = await page.$$eval('svg.chart', (svgs) =>
    svgs.map((s) => {
      const line = s.querySelector('polyline') as SVGGraphicsElement | null;
      const box = line?.getBBox();
      return {
        width: box?.width ?? 0,
        points: s.querySelectorAll('circle').length,
        shown: s.getBoundingClientRect().height,
      };
    }),
  );
  // One trajectory chart per roadmap KPI, the hottest partition's included.
  expect(charts).toHaveLength(KPI_COLUMNS.length + 1);
  for (const c of charts) {
    expect(c.points).toBe(plan.steps.length + 1);
    expect(c.width).toBeGreaterThan(100);
    expect(c.shown).toBeGreaterThan(100);
  }
  const diagrams = await page.$$eval('svg.diagram', (svgs) =>
    svgs.map((s) => ({
      nodes: s.querySelectorAll('g.node').length,
      edges: s.querySelectorAll('path.edge').length,
      shown: s.getBoundingClientRect().width,
    })),
  );
  expect(diagrams).toHaveLength(2 + plan.steps.length);
  expect(diagrams[0]).toMatchObject({
    nodes: project.variants[0]!.nodes.length,
    edges: project.variants[0]!.edges.length,
  });
  for (const d of diagrams) expect(d.shown).toBeGreaterThan(300);
  const steps = await page.$$eval('article.step h3', (hs) => hs.map((h) => h.textContent));
  expect(steps).toEqual(plan.steps.map((s) => s.title));

  // The table: the hottest partition's column right after the peak backlog, the target's
  // value as the CLI's report writes it for the to-be, and the table within its section.
  const table = page.locator('.kpi-table');
  const heads = await table.locator('thead th').allTextContents();
  expect(heads.indexOf('Hottest partition')).toBe(heads.indexOf('Peak backlog') + 1);
  const cells = await table.locator('td[data-kpi="hottestPartition"]').allTextContents();
  const cliHottest = formatResult(simulate(project, { variant: 'to-be', scenario: 'short-peak' }))
    .split('\n')
    .find((l) => l.startsWith('Hottest partition'))!
    .split(/ {2,}/)[1];
  expect([cells[0], cells.at(-1)]).toEqual(['no queues', cliHottest]);
  const fits = await table.evaluate((t) => {
    const section = t.closest('section')!.getBoundingClientRect();
    return t.getBoundingClientRect().right <= section.right + 0.5;
  });
  expect(fits).toBe(true);

  await page.screenshot({ path: '/tmp/roadmap-report.png', fullPage: false });
  await page.screenshot({ path: '/tmp/roadmap-report-full.png', fullPage: true });
  const pdf = await page.pdf({ format: 'A4', printBackground: true });
  expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
  expect(attempted).toEqual([]);
  await context.close();
});
