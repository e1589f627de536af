// A cache as a user puts one in: Transform > Put a cache in front of the accounts database, the
// hit ratio in the inspector, the step in the roadmap, a cold start chosen in the fault editor (offered for the cache
// only), and a run whose chart marks the restart.
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser, openApp } from './browser';
import { node } from './editor-helpers';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

test('Put a cache in front of the accounts database, set its hit ratio, replay a cold start', async () => {
  const { context, page } = await openApp(browser);
  await node(page, 'accounts-db').waitFor();
  // In the to-be, so that the change is recorded as a roadmap step.
  await page.getByRole('tab', { name: /^To-be/ }).click();
  await node(page, 'statement-requests').waitFor();
  await node(page, 'accounts-db').click();
  await page.getByRole('button', { name: 'Transform' }).click();
  await page.getByRole('menuitem', { name: 'Put a cache in front' }).click();

  const cache = node(page, 'accounts-db-cache');
  await cache.waitFor();
  expect(await cache.textContent()).toContain('Accounts database cache');
  // Both callers of the database now call the cache; the cache alone calls the database.
  const calls = (label: string) => page.locator(`[aria-label="${label}"]`).count();
  await expect(calls('call from Balance verification to Accounts database cache')).resolves.toBe(1);
  await expect(calls('call from Statement generation to Accounts database cache')).resolves.toBe(1);
  await expect(calls('call from Accounts database cache to Accounts database')).resolves.toBe(1);

  await cache.click();
  const hit = page.getByTestId('inspector-hitRatio');
  await expect(hit.inputValue()).resolves.toBe('0.9');
  await hit.fill('1.5');
  await hit.press('Enter');
  await page.getByText(/Hit ratio must be/).waitFor({ timeout: 5_000 });
  await hit.fill('0.8');
  await hit.press('Enter');
  await expect(hit.inputValue()).resolves.toBe('0.8');
  await page.screenshot({ path: '/tmp/cache-inspector.png' });

  // Recorded as a roadmap step, under the transformation's title (a cache drawn by hand would
  // come out as add-node and change-edge steps). The status line is not read: the "wider than
  // the screen" hint may replace it.
  await page.getByTestId('view-roadmap').click();
  await page.getByTestId('roadmap-view').waitFor();
  const recorded = page.locator('.roadmap-step', { hasText: 'recorded in the editor' });
  await expect.poll(() => recorded.count()).toBe(1);
  const title = await recorded
    .locator('.roadmap-step-title')
    .evaluate((e) => (e as HTMLInputElement).value);
  expect(title).toBe('Put a cache in front of Accounts database');

  await page.getByTestId('view-simulate').click();
  await page.getByLabel('Scenario', { exact: true }).selectOption('normal-day');
  await page.getByLabel('Duration').fill('120');
  await page.getByLabel('Duration').press('Enter');
  await page.getByRole('button', { name: 'Add fault' }).click();
  const fault = page.getByRole('group', { name: 'Fault 1' });
  const kind = fault.getByLabel('Kind');
  await fault.getByLabel('Node').selectOption('accounts-db');
  expect(await kind.locator('option').allTextContents()).not.toContain(
    'Cold start (cache restart)',
  );
  await fault.getByLabel('Node').selectOption('accounts-db-cache');
  expect(await kind.locator('option').allTextContents()).toContain('Cold start (cache restart)');
  await kind.selectOption('coldStart');
  await page.getByRole('button', { name: 'Run simulation' }).click();
  await page.getByTestId('results').waitFor({ timeout: 90_000 });
  await expect(page.getByTestId('results').textContent()).resolves.toContain(
    'Accounts database cache restarts cold',
  );
  await page.screenshot({ path: '/tmp/cache-results.png', fullPage: true });
  await context.close();
});
