// Autoscaling as a user sets it: a service scaled on utilisation in the inspector (a bad bound
// refused under its field), the canvas badge, a run whose replicas chart, replay and CLI agree.
import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser } from './browser';
import { node, saveProjectFile, withoutFilePickers } from './editor-helpers';
import { cliSimulate, openModel } from './simulate-helpers';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

async function setField(page: Page, name: RegExp, value: string): Promise<void> {
  const field = page.getByRole('textbox', { name });
  await field.fill(value);
  await field.press('Enter');
}

test('statement generation scaled on utilisation: the badge, then a run whose chart, replay and CLI read the same replicas', async () => {
  const { context, page } = await openModel(browser);
  // Saving goes through a download (no native picker headless): from the next load on.
  await withoutFilePickers(context);
  await page.reload();
  await node(page, 'statement-generation').click();
  await page.getByRole('checkbox', { name: 'Scale replicas automatically' }).check();
  // It consumes nothing in the as-is: the inspector starts it on utilisation.
  await expect(page.getByTestId('inspector-autoscale-metric').inputValue()).resolves.toBe(
    'utilization',
  );
  await setField(page, /^Max replicas/, '6');
  await setField(page, /^Min replicas/, '1');
  await setField(page, /^Decision every/, '10');
  await setField(page, /^Averaged over/, '10');
  await setField(page, /^Scale-out delay/, '10');
  // A minimum above the maximum is refused under the field, and the model keeps the last value.
  await setField(page, /^Min replicas/, '8');
  await page
    .getByText('Min replicas must not exceed maxReplicas (8 > 6); not applied.')
    .waitFor({ timeout: 5_000 });
  await setField(page, /^Min replicas/, '1');
  const badge = page.getByTestId('node-statement-generation-autoscale');
  await expect(badge.textContent()).resolves.toBe('1–6 replicas (auto)');
  await page.screenshot({ path: join(tmpdir(), 'spillway-autoscale-canvas.png') });

  await page.getByTestId('view-simulate').click();
  await page.getByLabel('Scenario', { exact: true }).selectOption('normal-day');
  await page.getByLabel('Duration').fill('120');
  await page.getByLabel('Duration').press('Enter');
  const seed = Number(await page.getByRole('textbox', { name: /^Seed/ }).inputValue());
  await page.getByRole('button', { name: 'Run simulation' }).click();
  await page.getByTestId('results').waitFor({ timeout: 60_000 });

  const chart = page.locator('figure.chart').filter({ hasText: 'Replicas per autoscaled node' });
  await chart.scrollIntoViewIfNeeded();
  await expect(chart.locator('.chart-legend').textContent()).resolves.toContain(
    'Statement generation',
  );
  await page.screenshot({ path: join(tmpdir(), 'spillway-autoscale-results.png'), fullPage: true });
  const plot = chart.locator('svg[role="img"]');
  await plot.focus();
  await plot.press('ArrowLeft'); // the last bucket
  const row = await chart.locator('.chart-tooltip-row').first().textContent();
  const match = /^Statement generation: (\d+)$/.exec(row ?? '');
  expect(match, row ?? '').not.toBeNull();
  const last = Number(match![1]);
  // From 1 replica of 8 workers, at 55–60 statements a second of about 0.2 s each: it scales out.
  expect(last).toBeGreaterThan(1);
  expect(last).toBeLessThanOrEqual(6);

  const slider = page.getByRole('slider', { name: 'Replay time' }).first();
  await slider.focus();
  await slider.press('End');
  await expect(
    page.getByTestId('replay-node-statement-generation').getAttribute('data-replicas'),
  ).resolves.toBe(String(last));

  // The CLI, on the very file, reads the same count in the same bucket.
  const file = join(tmpdir(), `spillway-autoscale-${process.pid}.json`);
  writeFileSync(file, (await saveProjectFile(page)).text);
  const cli = await cliSimulate('as-is', 'normal-day', seed, 1, file);
  const series = cli.series.replicas!['statement-generation']!;
  expect(series.at(-1)).toBe(last);
  expect(cli.nodes['statement-generation']!.replicas!.max).toBeGreaterThan(1);
  await context.close();
});
