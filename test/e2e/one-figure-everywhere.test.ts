// One figure, one number: on the Client portal under one scenario and seed, the success rate,
// error rate, p99 of successful requests and peak backlog read the same on the Simulate cards,
// the Compare table, the Roadmap table, the Present slide and the exported HTML report, and the
// shares add up to every request; the objectives' verdicts and the monthly cost read the same in
// Compare and on the verdict slide.
import { readFileSync } from 'node:fs';
import { compressToEncodedURIComponent } from 'lz-string';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { EXAMPLES } from '../../models/examples/index';
import { KPI_COLUMNS } from '../../models/roadmap/format-kpi';
import { STEP_KPI_FIGURES, type StepKpiKey } from '../../models/roadmap/step-kpis';
import { serializeProject } from '../../models/serialize';
import type { Project } from '../../models/types';
import { baseURL, launchBrowser } from './browser';
import { shortPeak } from './short-peak';

/** The Client portal with one short quarterly peak: every view picks this scenario and seed. */
function portal(): Project {
  const project = structuredClone(EXAMPLES.find((e) => e.id === 'client-portal')!.project);
  project.scenarios = [shortPeak()];
  return project;
}

/** The four figures a stakeholder quotes, by their roadmap keys (the slides and reports use these). */
const QUOTED: readonly StepKpiKey[] = ['successRate', 'errorRate', 'p99Ms', 'peakBacklog'];
type Texts = Record<StepKpiKey, string>;

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** The Simulate view's card texts of the variant whose results tab is selected. */
async function cardTexts(page: Page): Promise<Texts> {
  const texts = {} as Texts;
  for (const key of QUOTED)
    texts[key] = (await page
      .locator(`.kpi-card[data-kpi="${STEP_KPI_FIGURES[key]}"] [data-testid="kpi-text"]`)
      .textContent())!;
  return texts;
}

/** The shares of every request, from the cards' exact values: they must make up the whole. */
async function cardShares(page: Page): Promise<number> {
  const value = async (id: string): Promise<number> =>
    Number(await page.locator(`.kpi-card[data-kpi="${id}"]`).getAttribute('data-value'));
  return (
    (await value('successRate')) + (await value('errorRate')) + (await value('unfinishedRate'))
  );
}

async function compareTexts(page: Page, cell: 'compare-a' | 'compare-b'): Promise<Texts> {
  const texts = {} as Texts;
  for (const key of QUOTED)
    texts[key] = (await page
      .locator(`.compare-table tr[data-kpi="${STEP_KPI_FIGURES[key]}"] [data-testid="${cell}"]`)
      .textContent())!;
  return texts;
}

/** A row of a roadmap-style table (the view's and the HTML report's): cells by data-kpi. */
function rowTexts(cells: Record<string, string>): Texts {
  return Object.fromEntries(QUOTED.map((k) => [k, cells[k]])) as Texts;
}

async function trajectoryRows(page: Page): Promise<Record<string, string>[]> {
  return page
    .getByTestId('trajectory-table')
    .locator('tbody tr')
    .evaluateAll((rows) =>
      rows.map((r) =>
        Object.fromEntries(
          [...r.querySelectorAll('td[data-kpi]')].map((c) => [
            c.getAttribute('data-kpi')!,
            c.textContent ?? '',
          ]),
        ),
      ),
    );
}

async function slideTexts(page: Page, column: 1 | 2): Promise<Texts> {
  const texts = {} as Texts;
  for (const key of QUOTED)
    texts[key] = (await page
      .getByTestId('slide-compare-table')
      .locator(`tr[data-kpi="${key}"] td`)
      .nth(column - 1)
      .textContent())!;
  return texts;
}

test('the quoted figures read the same on Simulate, Compare, Roadmap, Present and the HTML report', async () => {
  const project = portal();
  const context = await browser.newContext({
    reducedMotion: 'reduce',
    viewport: { width: 1440, height: 900 },
  });
  const page = await context.newPage();
  await page.goto(
    `${baseURL()}#project=${compressToEncodedURIComponent(serializeProject(project))}`,
  );

  // Simulate: both variants, then each one's cards.
  await page.getByTestId('view-simulate').click();
  await page.getByLabel('Both variants').check();
  await page.getByRole('button', { name: 'Run simulation' }).click();
  const tabs = page.getByRole('tablist', { name: 'Results of variant' });
  await tabs.waitFor({ timeout: 90_000 });
  await tabs.getByRole('tab', { name: project.variants[0]!.name }).click();
  await page.getByTestId('results').waitFor();
  const simulateAsIs = await cardTexts(page);
  expect(await cardShares(page)).toBeCloseTo(1, 12);
  await tabs.getByRole('tab', { name: project.variants[1]!.name }).click();
  await expect
    .poll(async () => (await cardTexts(page)).p99Ms, { timeout: 30_000 })
    .not.toBe(simulateAsIs.p99Ms);
  const simulateToBe = await cardTexts(page);
  expect(await cardShares(page)).toBeCloseTo(1, 12);
  // The as-is turns requests away at the peak; the to-be does not (or the test proves little).
  expect(simulateAsIs.errorRate).not.toBe(simulateToBe.errorRate);
  for (const texts of [simulateAsIs, simulateToBe]) {
    expect(texts.successRate).toMatch(/^[\d.]+ %$/);
    expect(texts.p99Ms).toMatch(/^[\d,.]+ (ms|s)$/);
  }
  expect(simulateAsIs.peakBacklog).toBe('no queues');
  expect(simulateToBe.peakBacklog).toMatch(/^[\d,]+$/);

  // Compare: the same two runs side by side (Compare reuses the runs Simulate made).
  await page.getByTestId('view-compare').click();
  await page.getByLabel('Baseline', { exact: true }).selectOption('as-is');
  await page.getByLabel('Compared with', { exact: true }).selectOption('to-be');
  await page.locator('.compare-table').waitFor({ timeout: 90_000 });
  expect(await compareTexts(page, 'compare-a')).toEqual(simulateAsIs);
  expect(await compareTexts(page, 'compare-b')).toEqual(simulateToBe);
  // The objectives' verdicts (row by row, as-is then to-be) and the monthly costs, for the slides.
  const compareVerdicts = await page
    .getByTestId('slo-table')
    .locator('tbody tr')
    .evaluateAll((rows) =>
      rows.map((r) => [...r.querySelectorAll('.slo-verdict')].map((v) => v.textContent)),
    );
  const compareCosts = [
    await page
      .locator('.compare-table tr[data-kpi="monthlyCost"] [data-testid="compare-a"]')
      .textContent(),
    await page
      .locator('.compare-table tr[data-kpi="monthlyCost"] [data-testid="compare-b"]')
      .textContent(),
  ];
  await page.screenshot({ path: '/tmp/one-figure-compare.png', fullPage: true });

  // Roadmap: the starting point is the as-is; after the last step the model is the to-be.
  await page.getByTestId('view-roadmap').click();
  await page.getByRole('button', { name: 'Simulate roadmap' }).click();
  await page.getByTestId('trajectory-table').waitFor({ timeout: 120_000 });
  const rows = await trajectoryRows(page);
  expect(rowTexts(rows[0]!)).toEqual(simulateAsIs);
  expect(rowTexts(rows.at(-1)!)).toEqual(simulateToBe);

  // The exported HTML report: the same table cells, as a stakeholder receives them.
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export HTML' }).click();
  const html = readFileSync(await (await downloading).path(), 'utf8');
  const reportRows = [...html.matchAll(/<tr>((?:(?!<\/tr>)[\s\S])*data-kpi[\s\S]*?)<\/tr>/g)].map(
    (m) =>
      Object.fromEntries(
        [...m[1]!.matchAll(/<td class="num" data-kpi="(\w+)">([^<]*)<\/td>/g)].map((c) => [
          c[1]!,
          c[2]!.replaceAll('&amp;', '&'),
        ]),
      ),
  );
  const reportTable = reportRows.filter((r) => Object.keys(r).length === KPI_COLUMNS.length);
  expect(reportTable.length).toBe(rows.length);
  expect(rowTexts(reportTable[0]!)).toEqual(simulateAsIs);
  expect(rowTexts(reportTable.at(-1)!)).toEqual(simulateToBe);

  // Present: the side-by-side slide.
  await page.getByTestId('view-present').click();
  await page.getByTestId('slide-today').waitFor();
  for (let i = 0; i < 8 && (await page.getByTestId('slide-compare').count()) === 0; i++)
    await page.keyboard.press('ArrowRight');
  await page.getByTestId('slide-compare-table').waitFor({ timeout: 90_000 });
  expect(await slideTexts(page, 1)).toEqual(simulateAsIs);
  expect(await slideTexts(page, 2)).toEqual(simulateToBe);
  // The verdict slide: the same words per objective and the same costs, in large type.
  await page.keyboard.press('ArrowRight');
  const verdicts = page.getByTestId('slide-verdicts');
  await verdicts.waitFor();
  expect(
    await verdicts
      .locator('tbody tr[data-objective]')
      .evaluateAll((rows) =>
        rows.map((r) =>
          [...r.querySelectorAll('[data-testid="slide-verdict-word"]')].map((v) => v.textContent),
        ),
      ),
  ).toEqual(compareVerdicts);
  expect(await verdicts.getByTestId('slide-verdict-cost').allTextContents()).toEqual(compareCosts);
  await page.screenshot({ path: '/tmp/one-figure-slide.png' });
  await context.close();
});
