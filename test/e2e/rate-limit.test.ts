// Rate limits as a user sets them: a token bucket on a service in the inspector, a run that
// shows the refused calls as their own failure kind, and a caller's quota saved with the file.
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Browser } from 'playwright-core';
import { baseURL, launchBrowser } from './browser';
import { edge, node, saveProjectFile, withoutFilePickers } from './editor-helpers';
import { openModel } from './simulate-helpers';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

test('a rate limit of 40 calls/s on the portal refuses about a third of a normal day, shown as its own kind', async () => {
  const { context, page } = await openModel(browser);
  await node(page, 'portal').click();
  await page.getByRole('checkbox', { name: 'Refuse calls beyond a rate (token bucket)' }).check();
  const rate = page.getByRole('textbox', { name: /^Rate/ });
  await rate.fill('40');
  await rate.press('Enter');
  await expect(rate.inputValue()).resolves.toBe('40');

  await page.getByTestId('view-simulate').click();
  await page.getByLabel('Scenario', { exact: true }).selectOption('normal-day');
  await page.getByLabel('Duration').fill('120');
  await page.getByLabel('Duration').press('Enter');
  await page.getByRole('button', { name: 'Run simulation' }).click();
  await page.getByTestId('results').waitFor({ timeout: 60_000 });

  const kind = page.locator('.error-breakdown li[data-kind="rateLimited"]').first();
  const label = await kind.locator('.error-label').textContent();
  // The day runs at 55–60 requests a second in its first two minutes: 40/s get through, the
  // rest (about 30 %) are refused.
  expect(label).toMatch(/^Rate limited: [\d,]+ \((2\d|3\d)(\.\d)? % of requests\)$/);
  await expect(
    page.getByRole('list', { name: 'In short' }).first().textContent(),
  ).resolves.toContain('were refused by a rate limit');
  await context.close();
});

test("a caller's quota on a call edge is saved with the project and switched off again", async () => {
  const context = await browser.newContext({
    reducedMotion: 'reduce',
    viewport: { width: 1440, height: 900 },
    acceptDownloads: true,
  });
  await withoutFilePickers(context);
  const page = await context.newPage();
  await page.goto(baseURL()); // the Client portal example
  await node(page, 'portal').waitFor();
  await edge(page, 'portal-identity').click({ force: true });
  const quota = page.getByRole('checkbox', { name: "Limit this caller's calls (a quota)" });
  await quota.check();
  const burst = page.getByRole('textbox', { name: /^Burst/ });
  await burst.fill('2.5');
  await burst.press('Enter');
  await page.getByText('Burst must be a whole number; not applied.').waitFor({ timeout: 5_000 });
  await burst.fill('5');
  await burst.press('Enter');
  const saved = JSON.parse((await saveProjectFile(page)).text) as {
    version: number;
    variants: { edges: { id: string; rateLimit?: unknown }[] }[];
  };
  expect(saved.version).toBe(5);
  expect(saved.variants[0]!.edges.find((e) => e.id === 'portal-identity')!.rateLimit).toEqual({
    rps: 100,
    burst: 5,
  });
  await quota.uncheck();
  const again = JSON.parse((await saveProjectFile(page)).text) as typeof saved;
  expect(again.variants[0]!.edges.find((e) => e.id === 'portal-identity')!.rateLimit).toBe(
    undefined,
  );
  await context.close();
});
