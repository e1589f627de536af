// The worker pool in the browser: "run both variants", the Client portal's roadmap and the
// capacity sweep give the same figures with one worker (?workers=1, the serial run) as with the
// default pool (and the roadmap with more workers than cores); the progress covers the whole
// batch; Cancel half-way through the roadmap terminates every worker at once and leaves the
// project as it was.
import { compressToEncodedURIComponent } from 'lz-string';
import type { Browser, Page, Worker } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { EXAMPLES } from '../../models/examples/index';
import { serializeProject } from '../../models/serialize';
import type { Project } from '../../models/types';
import { openApp, launchBrowser } from './browser';
import { autosaved } from './editor-helpers';
import { shortPeak } from './short-peak';
import { withShortScenarios } from '../helpers/shorten';
import { prestartedWorkers, watchProgress } from './simulate-helpers';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/**
 * The Client portal with the short peak (three simulated minutes) added to its scenarios, its
 * own scenarios shortened by `factor` (1: as they are).
 */
function portal(factor = 1): Project {
  const example = structuredClone(EXAMPLES.find((e) => e.id === 'client-portal')!.project);
  const project = factor === 1 ? example : withShortScenarios(example, factor);
  project.scenarios.unshift(shortPeak(factor));
  return project;
}

/** The app on the project, with the pool size switch when `workers` is given. */
function openPortal(workers?: number, factor = 1): ReturnType<typeof openApp> {
  const query = workers === undefined ? '' : `?workers=${workers}`;
  return openApp(
    browser,
    `/${query}#project=${compressToEncodedURIComponent(serializeProject(portal(factor)))}`,
  );
}

/** The default pool size in this browser (pool-size.ts): one per core, 2 to 8. */
const defaultPool = (page: Page): Promise<number> =>
  page.evaluate(() => Math.min(8, Math.max(2, navigator.hardwareConcurrency || 2)));

async function compareFigures(page: Page): Promise<string[][]> {
  return page
    .locator('.compare-table tbody tr')
    .evaluateAll((rows) =>
      rows.map((r) => [
        r.getAttribute('data-kpi') ?? '',
        r.getAttribute('data-a') ?? '',
        r.getAttribute('data-b') ?? '',
      ]),
    );
}

async function trajectoryRows(page: Page): Promise<string[][]> {
  return page
    .getByTestId('trajectory-table')
    .locator('tbody tr')
    .evaluateAll((rows) =>
      rows.map((r) => [...r.querySelectorAll('td')].map((c) => c.textContent ?? '')),
    );
}

/** Records every text the roadmap's status line shows from now on (read with seenTexts). */
async function statusTexts(page: Page): Promise<void> {
  await page.evaluate(() => {
    const seen: string[] = [];
    (window as unknown as { statusTexts: string[] }).statusTexts = seen;
    new MutationObserver(() => {
      for (const s of document.querySelectorAll('.roadmap-toolbar [role=status]'))
        if (s.textContent && seen.at(-1) !== s.textContent) seen.push(s.textContent);
    }).observe(document.body, { subtree: true, childList: true, characterData: true });
  });
}
const seenTexts = (page: Page): Promise<string[]> =>
  page.evaluate(() => (window as unknown as { statusTexts: string[] }).statusTexts);

test('run both variants: one worker or the pool, the same figures; the progress covers both runs', async () => {
  const figures: string[][][] = [];
  for (const workers of [1, undefined]) {
    // The quarterly peak at half length: long enough to see the progress move.
    const { context, page } = await openPortal(workers, 0.5);
    const size = workers ?? (await defaultPool(page));
    await page.getByTestId('view-compare').click();
    await page.getByLabel('Baseline').selectOption('as-is');
    await page.getByLabel('Compared with').selectOption('to-be');
    await page.getByLabel('Scenario').selectOption('quarterly-peak');
    const progress = watchProgress(page);
    await page.getByRole('button', { name: 'Run simulation' }).click();
    // Both runs at once on a pool, one after the other with one worker.
    await page.waitForFunction(
      () => Number(document.querySelector('[role=progressbar]')?.getAttribute('data-fraction')) > 0,
    );
    expect(page.workers()).toHaveLength(Math.min(size, 2));
    const status = await page.locator('.run-status').first().textContent();
    expect(status).toMatch(/^Simulating As-is.* and To-be.* \([01] of 2 runs done\): /);
    const fractions = await progress;
    for (let i = 1; i < fractions.length; i++)
      expect(fractions[i]).toBeGreaterThanOrEqual(fractions[i - 1]!);
    expect(Math.max(...fractions)).toBeGreaterThan(0.5);
    await page.locator('.compare-table').waitFor();
    figures.push(await compareFigures(page));
    await context.close();
  }
  expect(figures[0]!.length).toBeGreaterThan(10);
  expect(figures[1]).toEqual(figures[0]);
}, 180_000);

test('the Client portal roadmap: the same trajectory with 1, the default and 3 workers; progress over every system', async () => {
  const tables: string[][][] = [];
  for (const workers of [1, undefined, 3]) {
    // The short peak at half length: the trajectory's equality is the point, not its figures.
    const { context, page } = await openPortal(workers, 0.5);
    const size = workers ?? (await defaultPool(page));
    await page.getByTestId('view-roadmap').click();
    await page.getByLabel('Scenario').selectOption('short-peak');
    await statusTexts(page);
    await page.getByRole('button', { name: 'Simulate roadmap' }).click();
    await page.getByTestId('trajectory-table').waitFor({ timeout: 120_000 });
    tables.push(await trajectoryRows(page));
    const texts = await seenTexts(page);
    const systems = tables.at(-1)!.length;
    const side = size > 1 ? `, ${Math.min(size, systems)} at a time` : '';
    const progress = texts.filter((t) => t.startsWith(`Simulating ${systems} systems${side}: `));
    // The status counts the systems done over the whole batch, forward only.
    expect(progress.length).toBeGreaterThanOrEqual(2);
    const percents = progress.map((t) => Number(/, (\d+) %/.exec(t)![1]));
    for (let i = 1; i < percents.length; i++)
      expect(percents[i]).toBeGreaterThanOrEqual(percents[i - 1]!);
    expect(Math.max(...percents)).toBeGreaterThan(50);
    if (workers === undefined) await page.screenshot({ path: '/tmp/worker-pool-roadmap.png' });
    await context.close();
  }
  expect(tables[0]!.length).toBeGreaterThan(3);
  expect(tables[1]).toEqual(tables[0]);
  expect(tables[2]).toEqual(tables[0]);
}, 240_000);

test('Cancel half-way through the roadmap stops every worker at once; no more progress, the project as it was', async () => {
  const { context, page } = await openPortal();
  const size = await defaultPool(page);
  const before = await autosaved(page);
  expect(before).not.toBeNull();
  await page.getByTestId('view-roadmap').click();
  // The full quarterly peak: fifteen simulated minutes per system.
  await page.getByLabel('Scenario').selectOption('quarterly-peak');
  await page.getByRole('button', { name: 'Simulate roadmap' }).click();
  const status = page.locator('.roadmap-toolbar [role=status]');
  await expect
    .poll(async () => Number(/, (\d+) %/.exec((await status.textContent()) ?? '')?.[1] ?? 0), {
      timeout: 60_000,
    })
    .toBeGreaterThan(0);
  const workers: Worker[] = page.workers();
  expect(workers).toHaveLength(size);
  await page.screenshot({ path: '/tmp/worker-pool-roadmap-running.png' });
  await page.getByRole('button', { name: 'Cancel' }).click();
  await status.waitFor({ state: 'detached', timeout: 5_000 });
  // Every worker is terminated, not merely ignored: none answers any more.
  for (const w of workers) await expect(w.evaluate(() => 'alive')).rejects.toThrow();
  expect(page.workers()).toHaveLength(0);
  // No progress comes back afterwards, no trajectory, no message; the project is unchanged.
  await page.waitForTimeout(1_500);
  expect(await status.count()).toBe(0);
  expect(await page.getByTestId('trajectory-table').count()).toBe(0);
  expect(await page.getByTestId('roadmap-message').count()).toBe(0);
  expect(await autosaved(page)).toEqual(before);
  // The next run starts fresh workers and completes.
  await page.getByLabel('Scenario').selectOption('short-peak');
  await page.getByRole('button', { name: 'Simulate roadmap' }).click();
  await page.getByTestId('trajectory-table').waitFor({ timeout: 120_000 });
  await context.close();
}, 180_000);

test('the capacity sweeps of both variants run side by side, each in a worker of its own, their runs on every worker of the pool: the same chart as with one', async () => {
  const charts: { headline: string; markers: string[][] }[] = [];
  for (const workers of [1, undefined]) {
    const { context, page } = await openPortal(workers, 0.5);
    const size = workers ?? (await defaultPool(page));
    await page.getByTestId('view-compare').click();
    const idle = await prestartedWorkers(page, size);
    await page.getByLabel('Scenario').selectOption('short-peak');
    const section = page.getByRole('region', { name: 'Capacity' });
    await section.getByLabel('From ×').fill('0.5');
    await section.getByLabel('To ×').fill('2');
    await section.getByLabel('Steps').fill('3');
    await section.getByLabel('Replications').fill('2');
    await section.getByLabel('Replications').press('Tab');
    await page.getByRole('button', { name: 'Run capacity sweep' }).click();
    // The two variants' sweeps side by side, each in a worker of its own, and the pool's workers.
    // (Besides the runs' workers, started idle when Compare opened.)
    await expect
      .poll(() => page.workers().length, { timeout: 60_000 })
      .toBe(size + 2 + idle.length);
    const headline = page.getByTestId('capacity-headline');
    await headline.waitFor({ timeout: 240_000 });
    charts.push({
      headline: (await headline.textContent()) ?? '',
      markers: await page
        .locator('.capacity-chart')
        .first()
        .locator('.capacity-marker')
        .evaluateAll((gs) =>
          gs.map((g) => [g.getAttribute('data-marker') ?? '', g.getAttribute('data-rps') ?? '']),
        ),
    });
    await context.close();
  }
  expect(charts[0]!.markers).toHaveLength(2);
  expect(charts[1]).toEqual(charts[0]);
}, 600_000);
