// The Roadmap view as a stakeholder meeting uses it: open the Client portal, open the roadmap,
// simulate it, reorder, export; the numbers are the CLI's for the same seed.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { compressToEncodedURIComponent } from 'lz-string';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { EXAMPLES } from '../../models/examples/index';
import { KPI_COLUMNS, kpiText, sloText } from '../../models/roadmap/format-kpi';
import { planRoadmap } from '../../models/roadmap/plan';
import { simulateRoadmap } from '../../models/roadmap/simulate-roadmap';
import { SUGGEST_CRITERION, suggestOrder } from '../../models/roadmap/suggest-order';
import { serializeProject } from '../../models/serialize';
import type { Project } from '../../models/types';
import { main } from '../../simulator/cli/main';
import { simulate } from '../../simulator/simulate';
import { baseURL, launchBrowser } from './browser';
import { shortPeak } from './short-peak';
import { saveProjectFile, withoutFilePickers } from './editor-helpers';

/**
 * The Client portal with a shorter quarterly peak first in its scenarios, to keep the run quick
 * (`factor` shortens it again: the roadmap is simulated twice in the browser and four times here).
 */
function portal(factor = 1): Project {
  const project = structuredClone(EXAMPLES.find((e) => e.id === 'client-portal')!.project);
  project.scenarios.unshift(shortPeak(factor));
  return project;
}

const dir = mkdtempSync(join(tmpdir(), 'spillway-roadmap-view-'));

async function cliRoadmap(project: Project | string, format: string): Promise<string> {
  const file = join(dir, `p-${format}.json`);
  writeFileSync(file, typeof project === 'string' ? project : serializeProject(project));
  let out = '';
  const code = await main(['roadmap', file, '--format', format], {
    out: (t) => (out += t),
    err: () => undefined,
  });
  expect(code).toBe(0);
  return out;
}

async function tableRows(page: Page): Promise<string[][]> {
  return page
    .getByTestId('trajectory-table')
    .locator('tbody tr')
    .evaluateAll((rows) =>
      rows.map((r) => [...r.querySelectorAll('td')].map((c) => c.textContent ?? '')),
    );
}

async function download(page: Page, button: string): Promise<string> {
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: button }).click();
  return readFileSync(await (await downloading).path(), 'utf8');
}

let browser: Browser;

/** A fresh context (reduced motion) with `project` opened through a share link. */
async function openProject(
  project: Project,
  viewport = { width: 1440, height: 900 },
): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ reducedMotion: 'reduce', viewport });
  const page = await context.newPage();
  await page.goto(
    `${baseURL()}#project=${compressToEncodedURIComponent(serializeProject(project))}`,
  );
  return { context, page };
}
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

test('open the roadmap, simulate it, reorder, export: the numbers are the CLI’s', async () => {
  const project = portal(0.5);
  const plan = planRoadmap(project, 'as-is', 'to-be');
  const context = await browser.newContext({
    reducedMotion: 'reduce',
    viewport: { width: 1440, height: 900 },
    acceptDownloads: true,
  });
  await withoutFilePickers(context);
  const page = await context.newPage();
  await page.goto(
    `${baseURL()}#project=${compressToEncodedURIComponent(serializeProject(project))}`,
  );
  await page.getByTestId('view-roadmap').click();

  // The steps, in the plan's order.
  const titles = page.locator('.roadmap-step-title');
  await expect
    .poll(() => titles.evaluateAll((els) => els.map((e) => (e as HTMLInputElement).value)))
    .toEqual(plan.steps.map((s) => s.title));

  // A step that uses a queue another step creates cannot go before it: the reason is shown.
  const dlq = plan.steps.findIndex((s) => s.kind === 'add-dead-letter-queue');
  await page.getByTestId(`roadmap-step-${dlq}`).dragTo(page.getByTestId('roadmap-step-0'));
  await expect
    .poll(() => page.getByTestId('roadmap-message').textContent())
    .toMatch(
      /uses the queue “Submitted transactions”, which “Decouple Client portal → Identity validation.*must come after it/,
    );

  // Simulate: one row for today and one per step, equal to the simulator's numbers for the seed.
  await page.getByRole('button', { name: 'Simulate roadmap' }).click();
  await page.getByTestId('trajectory-table').waitFor({ timeout: 90_000 });
  const expected = await simulateRoadmap(project, plan, 'short-peak', simulate);
  const rows = await tableRows(page);
  expect(rows).toHaveLength(plan.steps.length + 1);
  rows.forEach((r, i) => {
    expect(r.slice(1)).toEqual([
      ...KPI_COLUMNS.map((c) => kpiText(expected[i]!.kpis, c)),
      sloText(expected[i]!.kpis),
    ]);
  });
  // Each card tells what its step did.
  const p99 = KPI_COLUMNS.find((c) => c.key === 'p99Ms')!;
  expect(await page.getByTestId('roadmap-effect-0').textContent()).toContain(
    `Latency p99 ${kpiText(expected[0]!.kpis, p99)} → ${kpiText(expected[1]!.kpis, p99)}`,
  );
  await page.screenshot({ path: '/tmp/roadmap-view.png' });

  // Reorder two independent steps by drag: the list and the trajectory are recomputed.
  await page.getByTestId('roadmap-step-1').dragTo(page.getByTestId('roadmap-step-0'));
  const moved = [plan.steps[1]!, plan.steps[0]!, ...plan.steps.slice(2)];
  await expect
    .poll(() => titles.evaluateAll((els) => els.map((e) => (e as HTMLInputElement).value)))
    .toEqual(moved.map((s) => s.title));
  const again = await simulateRoadmap(project, { ...plan, steps: moved }, 'short-peak', simulate);
  await expect
    .poll(async () => (await tableRows(page)).map((r) => r[3]), { timeout: 90_000 })
    .toEqual(again.map((p) => kpiText(p.kpis, p99)));
  expect((await tableRows(page))[1]![0]).toBe(`1. ${moved[0]!.title}`);

  // Exports: the same documents as `spillway roadmap` on the project as the browser saved it.
  const { text: saved } = await saveProjectFile(page);
  const markdown = await download(page, 'Export Markdown');
  expect(markdown).toBe(await cliRoadmap(saved, 'md'));
  for (const s of moved) expect(markdown).toContain(s.title);
  expect(markdown).toContain(`| ${kpiText(again.at(-1)!.kpis, p99)} |`);
  const html = await download(page, 'Export HTML');
  expect(html).toBe(await cliRoadmap(saved, 'html'));
  expect(html).toContain(`<td class="num" data-kpi="p99Ms">${kpiText(again[1]!.kpis, p99)}</td>`);
  await context.close();
});

test('present mode: slides from the project, keys to move, Escape to leave, labels as text', async () => {
  const project = portal();
  const hostile = '<script>window.__pwned = 1</script><b>Statement generation</b>';
  for (const v of project.variants)
    for (const n of v.nodes) if (n.id === 'statement-generation') n.name = hostile;
  const { context, page } = await openProject(project);
  await page.getByTestId('view-present').click();

  const today = page.getByTestId('slide-today');
  await today.waitFor();
  expect(await today.getByRole('heading', { level: 1 }).textContent()).toBe(
    'Today: As-is: synchronous chain',
  );
  expect(await today.textContent()).toContain('<script>window.__pwned = 1</script><b>Statement');
  expect(await page.locator('.present b, .present script').count()).toBe(0);
  expect(
    await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned),
  ).toBeUndefined();
  expect(await page.getByTestId('slide-counter').textContent()).toBe('1 / 9');

  await page.keyboard.press('ArrowRight');
  await page
    .getByTestId('slide-scenario')
    .getByRole('heading', { name: 'The scenario: Quarterly peak (short)' })
    .waitFor();
  await page.keyboard.press(' ');
  const peak = page.getByTestId('slide-peak');
  await peak.locator('svg.diagram').waitFor({ timeout: 90_000 });
  expect(await peak.textContent()).toMatch(/% busy/);
  expect(await peak.getByTestId('worst-moment').textContent()).toMatch(
    /the slowest 1 % of the successful ones waited longer than [\d,.]+ m?s \(p99\)/,
  );
  await page.screenshot({ path: '/tmp/slide-peak.png' });
  // The minute around it, today against the target: two charts, both designs, the moment marked.
  await page.keyboard.press('ArrowRight');
  const minute = page.getByTestId('slide-worst-minute').getByTestId('worst-minute');
  await minute.waitFor({ timeout: 90_000 });
  expect(
    await minute
      .locator('figure.chart')
      .evaluateAll((charts) =>
        charts.map((c) =>
          [...c.querySelectorAll('[data-series]')].map((p) => p.getAttribute('data-series')),
        ),
      ),
  ).toEqual([
    ['as-is', 'to-be'],
    ['as-is', 'to-be'],
  ]);
  expect(await minute.getByText('worst moment').count()).toBe(2);
  await page.screenshot({ path: '/tmp/slide-worst-minute.png' });
  await page.keyboard.press('ArrowRight');
  await page.getByTestId('slide-target').waitFor();
  await page.keyboard.press('ArrowRight');
  await page.getByTestId('slide-compare-table').waitFor({ timeout: 90_000 });
  expect(await page.getByTestId('slide-compare-table').locator('tbody tr').count()).toBe(
    KPI_COLUMNS.length + 1,
  );
  await page.screenshot({ path: '/tmp/slide-compare.png' });
  await page.keyboard.press('ArrowRight');
  await page.getByTestId('slide-verdicts').waitFor();
  await page.keyboard.press('ArrowRight');
  await page
    .getByTestId('slide-trajectory')
    .locator('svg.chart')
    .first()
    .waitFor({ timeout: 90_000 });
  expect(await page.getByTestId('slide-trajectory').locator('svg.chart').count()).toBe(2);
  await page.screenshot({ path: '/tmp/slide-trajectory.png' });
  await page.keyboard.press('ArrowLeft');
  await page.getByTestId('slide-verdicts').waitFor();
  await page.keyboard.press('ArrowLeft');
  await page.getByTestId('slide-compare-table').waitFor();
  await page.keyboard.press('ArrowLeft');
  await page.getByTestId('slide-target').waitFor();
  await page.keyboard.press('End');
  await page.locator('[data-testid="slide-next"]').waitFor();
  expect(await page.getByTestId('slide-counter').textContent()).toBe('9 / 9');

  await page.keyboard.press('Escape');
  await page.getByTestId('view-roadmap-panel').waitFor();
  expect(await page.getByTestId('present').count()).toBe(0);
  await context.close();
});

test('suggest order: the criterion is explained, the order is the greedy one, and it can be accepted', async () => {
  const project = structuredClone(EXAMPLES.find((e) => e.id === 'parcel-tracking')!.project);
  project.scenarios.unshift({
    id: 'short-outage',
    name: 'Billing outage (short)',
    durationS: 120,
    warmupS: 10,
    seed: 2,
    replications: 1,
    load: [{ client: 'scanners', shape: { type: 'constant', rps: 120 } }],
    faults: [{ type: 'outage', node: 'billing', startS: 30, endS: 80 }],
  });
  const plan = planRoadmap(project, 'as-is', 'to-be');
  // Start from a worse order: the diagram update first (it depends on nothing).
  const last = plan.steps.length - 1;
  const start = [plan.steps[last]!, ...plan.steps.slice(0, last)];
  const expected = await suggestOrder(project, { ...plan, steps: start }, 'short-outage', simulate);
  expect(expected.steps.map((s) => s.id)).not.toEqual(start.map((s) => s.id));
  const { context, page } = await openProject(project);
  await page.getByTestId('view-roadmap').click();
  const titles = page.locator('.roadmap-step-title');
  await page.getByTestId(`roadmap-step-${last}`).dragTo(page.getByTestId('roadmap-step-0'));
  await expect
    .poll(() => titles.evaluateAll((els) => els.map((e) => (e as HTMLInputElement).value)))
    .toEqual(start.map((s) => s.title));
  await page.getByRole('button', { name: 'Suggest order' }).click();
  const suggestion = page.getByTestId('roadmap-suggestion');
  await suggestion.waitFor({ timeout: 90_000 });
  expect(await suggestion.textContent()).toContain(SUGGEST_CRITERION);
  expect(await suggestion.locator('ol li').allTextContents()).toEqual(
    expected.steps.map((s) => s.title),
  );
  await suggestion.getByRole('button', { name: 'Accept this order' }).click();
  await expect
    .poll(() => titles.evaluateAll((els) => els.map((e) => (e as HTMLInputElement).value)))
    .toEqual(expected.steps.map((s) => s.title));
  await context.close();
});

test('without a chosen scenario, the roadmap and the slides use the busiest one, not the first', async () => {
  const project = structuredClone(EXAMPLES.find((e) => e.id === 'client-portal')!.project);
  expect(project.scenarios[0]!.id).toBe('normal-day');
  const { context, page } = await openProject(project);
  await page.getByTestId('view-roadmap').click();
  expect(await page.getByRole('combobox', { name: 'Scenario' }).inputValue()).toBe(
    'quarterly-peak',
  );
  await page.getByTestId('view-present').click();
  await page.getByTestId('slide-today').waitFor();
  await page.keyboard.press('ArrowRight');
  await page
    .getByTestId('slide-scenario')
    .getByRole('heading', { name: 'The scenario: Quarterly peak' })
    .waitFor();
  await context.close();
});

test('a long step title wraps and is read whole at a laptop’s width; Enter renames, with no line break', async () => {
  const project = structuredClone(EXAMPLES.find((e) => e.id === 'client-portal')!.project);
  const { context, page } = await openProject(project, { width: 1280, height: 800 });
  await page.getByTestId('view-roadmap').click();
  const title = page.getByRole('textbox', { name: 'Title of step 1', exact: true });
  await title.waitFor();
  // Nothing of the title is hidden: the box is as tall and as wide as its text.
  const hidden = (): Promise<{ lines: number; cutV: boolean; cutH: boolean }> =>
    title.evaluate((el) => {
      const t = el as HTMLTextAreaElement;
      const line = parseFloat(getComputedStyle(t).lineHeight);
      return {
        lines: Math.round((t.clientHeight - 4) / line),
        cutV: t.scrollHeight > t.clientHeight + 1,
        cutH: t.scrollWidth > t.clientWidth + 1,
      };
    });
  const before = await hidden();
  expect(before.cutV || before.cutH).toBe(false);
  expect(before.lines).toBeGreaterThanOrEqual(2);
  await title.click();
  await page.keyboard.press('Control+End');
  await page.keyboard.type(', owned by the payments team');
  await page.keyboard.press('Enter');
  const value = await title.inputValue();
  expect(value).toMatch(/transactions, owned by the payments team$/);
  expect(value).not.toContain('\n');
  expect(await title.evaluate((el) => el === document.activeElement)).toBe(false);
  const after = await hidden();
  expect(after.cutV || after.cutH).toBe(false);
  await context.close();
});
