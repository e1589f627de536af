// Results survive a reload (#19): a run's results are kept with the autosave in IndexedDB and
// shown again after a reload, valid while the model is unchanged and marked stale once it changed.
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser } from './browser';
import { autosaved } from './editor-helpers';
import { openModel } from './simulate-helpers';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** The keys of the results kept in IndexedDB ("variant scenario"). */
const keptRuns = (page: Page) =>
  page.evaluate(
    () =>
      new Promise<string[]>((resolve, reject) => {
        const open = indexedDB.open('spillway');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const get = open.result.transaction('autosave').objectStore('autosave').get('results');
          get.onerror = () => reject(get.error);
          get.onsuccess = () => {
            open.result.close();
            const kept = (get.result ?? {}) as Record<string, unknown>;
            resolve(Object.keys(kept).map((k) => k.replace('\u0000', ' ')));
          };
        };
      }),
  );

test('a run is shown again after a reload, valid, and stale once its scenario changed', async () => {
  const { context, page } = await openModel(browser);
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.getByTestId('view-simulate').click();
  await page.getByRole('button', { name: 'Run simulation' }).click();
  const results = page.getByTestId('results');
  const headline = results.getByRole('list', { name: 'In short' });
  await results.waitFor({ timeout: 90_000 });
  const before = await headline.innerText();
  await expect.poll(() => keptRuns(page), { timeout: 10_000 }).toEqual(['as-is normal-day']);
  await autosaved(page);

  // Reload: the same results, not stale.
  await page.reload();
  await page.getByTestId('view-simulate').click();
  await results.waitFor();
  expect(await headline.innerText()).toBe(before);
  expect(await results.getByRole('heading', { level: 2 }).innerText()).toContain('Normal day');
  expect(await page.locator('.results-stale').count()).toBe(0);
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    await page.screenshot({ path: `test-results/results-reloaded-${colorScheme}.png` });
  }

  // A new seed changes what the run was made of: stale now, and still stale after a reload.
  const seed = page.getByLabel('Seed');
  await seed.fill('7');
  await seed.press('Enter');
  const stale = page.locator('.results-stale', { hasText: 'out of date' });
  await stale.waitFor();
  await autosaved(page);
  await page.reload();
  await page.getByTestId('view-simulate').click();
  await results.waitFor();
  expect(await headline.innerText()).toBe(before);
  await stale.waitFor();
  await context.close();
});
