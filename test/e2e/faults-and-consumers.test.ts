// Consumers that scale with their service, and faults on nodes only one variant has, as a user
// meets them: the inspector's total, the fault editor's note, the results' note.
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser } from './browser';
import { edge, node } from './editor-helpers';
import { openModel } from './simulate-helpers';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const total = (page: Page) => page.getByTestId('inspector-consumer-total').textContent();

test('the inspector shows a subscription’s consumer workers in all, and they follow the replicas', async () => {
  const { context, page } = await openModel(browser);
  await page.getByRole('tab', { name: /^To-be/ }).click();
  await edge(page, 'statement-requests-statement').click({ force: true });
  await expect(total(page)).resolves.toBe('4 replicas × 8: 32 consumer workers in all.');
  // Scale the consuming service from 4 to 6 replicas: its consumers scale with it.
  await node(page, 'statement-generation').click();
  const replicas = page.getByRole('textbox', { name: /^Replicas/ });
  await replicas.fill('6');
  await replicas.press('Enter');
  await edge(page, 'statement-requests-statement').click({ force: true });
  await expect(total(page)).resolves.toBe('6 replicas × 8: 48 consumer workers in all.');
  // A cap on the total (a topic's partitions): 48 would exceed it.
  const cap = page.getByRole('textbox', { name: /^Max consumers/ });
  await cap.fill('40');
  await cap.press('Enter');
  await expect(total(page)).resolves.toBe(
    '6 replicas × 8 = 48, capped at 40: 40 consumer workers in all.',
  );
  await context.close();
});

test('a fault on the to-be’s queue: the editor says the as-is runs without it, the as-is results say so', async () => {
  const { context, page } = await openModel(browser);
  await page.getByTestId('view-simulate').click();
  await page.getByLabel('Scenario', { exact: true }).selectOption('normal-day');
  await page.getByRole('button', { name: 'Add fault' }).click();
  const fault = page.getByRole('group', { name: 'Fault 1' });
  const nodeSelect = fault.getByLabel('Node');
  const option = nodeSelect.locator('option', { hasText: 'only in' }).first();
  await expect(option.textContent()).resolves.toMatch(/\(only in To-be/);
  await nodeSelect.selectOption('statement-requests');
  await expect(fault.getByTestId('fault-coverage').textContent()).resolves.toMatch(
    /^Only To-be: queues and a notification topic has Statement requests; the other variants run without this fault/,
  );
  await page.getByLabel('Both variants').check();
  await page.getByRole('button', { name: 'Run simulation' }).click();
  await page.getByRole('tab', { name: 'As-is' }).last().click();
  const note = page.getByTestId('skipped-faults');
  await note.waitFor({ timeout: 120_000 });
  await expect(note.textContent()).resolves.toContain('the outage of Statement requests (fault 1)');
  await context.close();
});
