// Compare's capacity chart in a real browser: both variants swept in the worker with progress,
// the breaking points marked and said in words, equal to the CLI's `spillway sweep` to the rps;
// Cancel half-way stops the sweep and leaves the project as it was.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import type { LoadSweep } from '../../simulator/sweep/load-sweep';
import { launchBrowser } from './browser';
import { autosaved } from './editor-helpers';
import { CLIENT_PORTAL, openModel } from './simulate-helpers';
import { shortenedFile } from '../helpers/shorten';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const run = promisify(execFile);
// The breaking points are compared with the CLI's on the same file: a shortened quarterly peak
// (a fifth of the timeline, the same spike) keeps the sweep quick on both sides.
const MODEL = shortenedFile(CLIENT_PORTAL, 0.2);
const GRID = { from: '0.25', to: '2', steps: '3', replications: '2' };

async function cliSweep(variant: string): Promise<LoadSweep> {
  const { stdout } = await run(
    process.execPath,
    [
      'bin/spillway.mjs',
      'sweep',
      MODEL,
      '--variant',
      variant,
      '--scenario',
      'quarterly-peak',
      '--from',
      GRID.from,
      '--to',
      GRID.to,
      '--steps',
      GRID.steps,
      '--replications',
      GRID.replications,
      '--json',
    ],
    { maxBuffer: 16 * 1024 * 1024 },
  );
  return JSON.parse(stdout) as LoadSweep;
}

async function openCapacity(page: Page): Promise<void> {
  await page.getByTestId('view-compare').click();
  await page.getByLabel('Scenario').selectOption('quarterly-peak');
  const section = page.getByRole('region', { name: 'Capacity' });
  await section.getByLabel('From ×').fill(GRID.from);
  await section.getByLabel('To ×').fill(GRID.to);
  await section.getByLabel('Steps').fill(GRID.steps);
  await section.getByLabel('Replications').fill(GRID.replications);
  await section.getByLabel('Replications').press('Tab');
}

test('Client portal, quarterly peak: both sweeps run in the worker and the chart marks where each breaks, as the CLI finds', async () => {
  const expected = Promise.all([cliSweep('as-is'), cliSweep('to-be')]);
  const { context, page } = await openModel(browser, MODEL);
  await openCapacity(page);
  await page.getByRole('button', { name: 'Run capacity sweep' }).click();
  const bar = page.getByRole('progressbar', { name: 'Capacity sweep progress' });
  await bar.waitFor();
  await expect
    .poll(() =>
      page.getByText(/Sweeping As-is: synchronous chain and To-be: .* side by side/).count(),
    )
    .toBeGreaterThan(0);
  const headline = page.getByTestId('capacity-headline');
  await headline.waitFor({ timeout: 240_000 });
  const [asIs, toBe] = await expected;
  const rps = (s: LoadSweep): number =>
    (s.breakingPoint.holds ?? s.breakingPoint.missed)!.offeredRps;
  // The markers sit at the CLI's breaking points, one per variant, on each of the three charts.
  const markers = await page
    .locator('.capacity-chart')
    .first()
    .locator('.capacity-marker')
    .evaluateAll((gs) =>
      gs.map((g) => [g.getAttribute('data-marker'), Number(g.getAttribute('data-rps'))]),
    );
  expect(markers).toEqual([
    ['as-is', rps(asIs)],
    ['to-be', rps(toBe)],
  ]);
  expect(await page.locator('.capacity-chart').count()).toBe(3);
  const text = (await headline.textContent()) ?? '';
  const verdict = '(breaks at|holds to|misses the objectives from) [\\d,.]+ rps';
  expect(text).toMatch(
    new RegExp(
      `^As-is: synchronous chain ${verdict}, To-be: queues and a notification topic ${verdict}\\.$`,
    ),
  );
  expect(text).toContain(`${Math.round(rps(asIs)).toLocaleString('en-US')} rps`);
  // The details carry the confidence in words.
  await expect
    .poll(() => page.locator('.capacity-details li[data-variant=as-is]').textContent())
    .toMatch(/% confidence/);
  await page.locator('.capacity').screenshot({ path: '/tmp/capacity-chart.png' });
  await context.close();
}, 300_000);

test('Cancel half-way stops the sweep at once; the project is untouched and no chart appears', async () => {
  const { context, page } = await openModel(browser);
  // What autosave wrote (IndexedDB): it writes every change of the project.
  const saved = (): Promise<string | null> => autosaved(page);
  await openCapacity(page);
  const before = await saved();
  expect(before).not.toBeNull();
  await page.getByRole('button', { name: 'Run capacity sweep' }).click();
  const bar = page.getByRole('progressbar', { name: 'Capacity sweep progress' });
  await expect
    .poll(async () => Number(await bar.getAttribute('aria-valuenow')), { timeout: 60_000 })
    .toBeGreaterThan(0);
  await page.getByRole('button', { name: 'Cancel sweep' }).click();
  await page.getByText('Sweep cancelled.').waitFor({ timeout: 5_000 });
  expect(await bar.count()).toBe(0);
  expect(await page.getByTestId('capacity-headline').count()).toBe(0);
  expect(await page.getByRole('button', { name: 'Run capacity sweep' }).isEnabled()).toBe(true);
  // Nothing was edited: autosave writes every change of the project, and it wrote none.
  expect(await saved()).toEqual(before);
  await context.close();
}, 120_000);
