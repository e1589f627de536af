// The cost of each design as a user sets and reads it: a price edited in the project's
// inspector (a refused one says why, with its field), then Compare shows both variants' cost per
// month, the difference and the node-by-node table, in the dollars the prices give.
import { readFileSync } from 'node:fs';
import LZString from 'lz-string';
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Browser } from 'playwright-core';
import { baseURL, launchBrowser } from './browser';
import { node, saveProjectFile, withoutFilePickers } from './editor-helpers';
import { CLIENT_PORTAL } from './simulate-helpers';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

test('a service replica at $1 an hour: Compare reads each design’s cost per month from it', async () => {
  // The Client portal through a share link, in a page that saves by download.
  const context = await browser.newContext({
    reducedMotion: 'reduce',
    viewport: { width: 1440, height: 900 },
    acceptDownloads: true,
  });
  await withoutFilePickers(context);
  const page = await context.newPage();
  const hash = `#project=${LZString.compressToEncodedURIComponent(readFileSync(CLIENT_PORTAL, 'utf8'))}`;
  await page.goto(new URL(`/${hash}`, baseURL()).toString());
  const fields = page.getByTestId('price-fields');
  await expect(fields.textContent()).resolves.toContain('Illustrative defaults');
  const service = page.getByTestId('price-replica-hour-service');
  await expect(service.inputValue()).resolves.toBe('0.05');
  await service.fill('-1');
  await service.press('Enter');
  await expect(fields.textContent()).resolves.toContain(
    'Service replica must be ≥ 0 (prices.replicaHour.service); not applied.',
  );
  await service.fill('1');
  await service.press('Enter');
  await expect(fields.textContent()).resolves.not.toContain('not applied');
  await expect(fields.textContent()).resolves.toContain('The project’s own prices');
  const saved = JSON.parse((await saveProjectFile(page)).text) as {
    prices: { replicaHour: Record<string, number> };
  };
  expect(saved.prices.replicaHour).toEqual({
    service: 1,
    database: 0.2,
    external: 0,
    cache: 0.1,
  });

  // The accounts database's own price: $0.50 a replica-hour instead of the table's $0.20.
  await node(page, 'accounts-db').click();
  const own = page.getByTestId('node-price');
  await expect(own.getAttribute('placeholder')).resolves.toBe('the table’s $0.20');
  await own.fill('0.5');
  await own.press('Enter');
  await page.screenshot({ path: '/tmp/cost-node-price.png' });

  await page.getByTestId('view-compare').click();
  await page.getByLabel('Baseline').selectOption('as-is');
  await page.getByLabel('Compared with').selectOption('to-be');
  await page.getByLabel('Scenario').selectOption('normal-day');
  await page.getByRole('button', { name: 'Run simulation' }).click();
  const row = page.locator('.compare-table tr[data-kpi=monthlyCost]');
  await row.waitFor({ timeout: 120_000 });
  // As-is: 14 service replicas × 730 h × $1 + 1 database replica × 730 h × $0.50.
  await expect(row.getByTestId('compare-a').textContent()).resolves.toBe('$10,585.00');
  expect(Number(await row.getAttribute('data-a'))).toBeCloseTo(10_585, 6);
  // To-be: 18 service replicas, the same database, and its queues' and topic's requests.
  const b = Number(await row.getAttribute('data-b'));
  expect(b).toBeGreaterThan(18 * 730 + 365);
  const cost = page.getByTestId('compare-cost');
  await expect(cost.locator('tr[data-node=email-notifier]').textContent()).resolves.toBe(
    'E-mail notifications—$1,460.00+$1,460.00',
  );
  await expect(cost.locator('tr[data-node=portal] td').allTextContents()).resolves.toEqual([
    '$2,920.00',
    '$2,920.00',
    '±$0.00',
  ]);
  await expect(cost.locator('tr[data-node=accounts-db] td').allTextContents()).resolves.toEqual([
    '$365.00',
    '$365.00',
    '±$0.00',
  ]);
  const total = await cost.getByTestId('compare-cost-total').locator('td').allTextContents();
  expect(total[0]).toBe('$10,585.00');
  expect(total[1]).toBe(await row.getByTestId('compare-b').textContent());
  expect(total[2]).toMatch(/^\+\$\d,\d{3}\.\d\d$/);
  await cost.scrollIntoViewIfNeeded();
  await page.screenshot({ path: '/tmp/cost-compare.png' });
  await context.close();
});
