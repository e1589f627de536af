// Keyboard drawing (#19): with a node selected, "Connect to…" (Shift+C) lists the nodes it may
// connect to, with the edge each makes; typing narrows, arrows and Enter choose; the edge is the
// one a drag would draw, undoable. Keyboard only, light and dark at 1280x800.
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

const focusedTestId = (page: Page) =>
  page.evaluate(() => document.activeElement?.getAttribute('data-testid') ?? null);
const focusedName = (page: Page) =>
  page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? null);
const status = (page: Page) => page.getByTestId('status').textContent();

/** Presses Tab until the element with this test id has the focus (the way a keyboard user gets there). */
async function tabTo(page: Page, testId: string): Promise<void> {
  for (let i = 0; i < 120; i++) {
    if ((await focusedTestId(page)) === testId) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached ${testId}`);
}

/** Tabs to a node and selects it with Enter. */
async function selectNode(page: Page, id: string): Promise<void> {
  await tabTo(page, `rf__node-${id}`);
  await page.keyboard.press('Enter');
  await expect.poll(() => node(page, id).getAttribute('class')).toContain('selected');
}

for (const colorScheme of ['light', 'dark'] as const) {
  test(`keyboard only (${colorScheme}): select a node, Shift+C, choose a target, Enter draws the edge`, async () => {
    const { context, page } = await openModel(browser);
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.emulateMedia({ colorScheme });
    await node(page, 'portal').waitFor();

    // Nothing selected: Shift+C opens nothing.
    await page.keyboard.press('Shift+C');
    expect(await page.getByRole('dialog').count()).toBe(0);

    await selectNode(page, 'portal');
    await page.keyboard.press('Shift+C');
    const dialog = page.getByRole('dialog', { name: 'Connect Client portal to…' });
    await dialog.waitFor();
    expect(await focusedName(page)).toBe('Search nodes');
    const options = dialog
      .getByRole('listbox', { name: 'Nodes to connect to' })
      .getByRole('option');
    // Not itself, not the client, not Identity validation (already called): the canvas's rule.
    expect(await options.allInnerTexts()).toEqual([
      'call Accounts database\nDatabase',
      'call Balance verification\nService',
      'call Statement generation\nService',
    ]);
    const selected = dialog.locator('[role=option][aria-selected=true]');
    expect(await selected.innerText()).toContain('call Accounts database');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown'); // wraps to the first
    await page.keyboard.press('ArrowUp'); // and back to the last
    expect(await selected.innerText()).toContain('call Statement generation');
    const combobox = page.getByRole('combobox', { name: 'Search nodes' });
    expect(await combobox.getAttribute('aria-activedescendant')).toBe(
      await selected.getAttribute('id'),
    );
    await page.screenshot({ path: `test-results/connect-to-list-${colorScheme}.png` });
    await page.keyboard.type('bal');
    expect(await options.allInnerTexts()).toEqual(['call Balance verification\nService']);
    await page.screenshot({ path: `test-results/connect-to-${colorScheme}.png` });
    await page.keyboard.press('Enter');
    await dialog.waitFor({ state: 'detached' });

    // The edge a drag would make: a call, named by its ends, selected, announced.
    const drawn = edge(page, 'portal-balance-verification');
    await drawn.waitFor({ state: 'attached' });
    expect(await drawn.getAttribute('aria-label')).toBe(
      'call from Client portal to Balance verification',
    );
    expect(await status(page)).toBe('Added a call from Client portal to Balance verification.');
    await page.screenshot({ path: `test-results/connect-drawn-${colorScheme}.png` });

    // One undo step takes it away.
    await page.keyboard.press('Control+z');
    await drawn.waitFor({ state: 'detached' });

    // A node that can connect to nothing says so.
    await selectNode(page, 'accounts-db');
    await page.keyboard.press('Shift+C');
    const none = page.getByRole('dialog', { name: 'Connect Accounts database to…' });
    await none.waitFor();
    expect(await none.getByRole('status').innerText()).toBe(
      'Accounts database cannot connect to any node of this variant.',
    );
    await page.keyboard.press('Escape');
    await none.waitFor({ state: 'detached' });
    await context.close();
  });
}

test('keyboard only: into a topic is a publish, out of a queue a consume', async () => {
  const { context, page } = await openModel(browser);
  await node(page, 'portal').waitFor();
  await tabTo(page, 'variant-tab-as-is');
  await page.keyboard.press('ArrowRight');
  await node(page, 'transactions').waitFor();

  await selectNode(page, 'portal');
  await page.keyboard.press('Shift+C');
  const dialog = page.getByRole('dialog', { name: 'Connect Client portal to…' });
  await dialog.waitFor();
  await page.keyboard.type('statement ready');
  const options = dialog.getByRole('option');
  expect(await options.allInnerTexts()).toEqual(['publish to Statement ready\nTopic']);
  await page.keyboard.press('Enter');
  const published = edge(page, 'portal-statement-ready');
  await published.waitFor({ state: 'attached' });
  expect(await published.getAttribute('aria-label')).toBe(
    'publish from Client portal to Statement ready',
  );
  expect(await status(page)).toBe('Added a publish from Client portal to Statement ready.');

  await selectNode(page, 'dead-letters');
  await page.keyboard.press('Shift+C');
  const fromQueue = page.getByRole('dialog', { name: 'Connect Dead letters to…' });
  await fromQueue.waitFor();
  const texts = await fromQueue.getByRole('option').allInnerTexts();
  expect(texts.length).toBeGreaterThan(0);
  expect(texts.every((t) => t.startsWith('consumed by '))).toBe(true);
  await page.keyboard.press('Enter');
  await fromQueue.waitFor({ state: 'detached' });
  expect(await status(page)).toMatch(/^Added a consume from Dead letters to .+\.$/);
  await context.close();
});
