// The first hour (#19, onboarding): a new user meets a Getting started card in the inspector; its
// four steps (draw, transform, simulate, compare) tick themselves as they are done, "Show me"
// leads to each place, and once dismissed it stays away until Help › Getting started.
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { baseURL, launchBrowser, openApp } from './browser';
import { node } from './editor-helpers';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const card = (page: Page) => page.getByRole('region', { name: 'Getting started' });
/** The steps ticked so far, by title. */
const ticked = (page: Page) => card(page).locator('.start-done strong').allInnerTexts();

async function deselect(page: Page): Promise<void> {
  await page.locator('.react-flow__pane').click({ position: { x: 30, y: 400 } });
  await card(page).waitFor();
}

test('a new user: the four steps tick as they are done, Show me leads there, Dismiss keeps it away', async () => {
  const { context, page } = await openApp(browser);
  await node(page, 'portal').waitFor();
  await card(page).waitFor();
  await expect(card(page).textContent()).resolves.toContain('0 of 4 done');
  expect(await ticked(page)).toEqual([]);

  // Draw: a new service, connected from the keyboard.
  await page.getByRole('button', { name: 'Add service' }).click();
  await page.keyboard.press('Shift+C');
  const connect = page.getByRole('dialog', { name: /^Connect .* to…$/ });
  await connect.waitFor();
  await page.keyboard.type('Identity');
  await page.keyboard.press('Enter');
  await connect.waitFor({ state: 'detached' });
  await deselect(page);
  expect(await ticked(page)).toEqual(['Draw']);

  // Transform: Show me selects a call and puts the focus on the Transform menu.
  await card(page).getByRole('button', { name: 'Show me: Transform' }).click();
  const menu = page.getByTestId('transform-menu');
  await expect.poll(() => menu.evaluate((el) => el === document.activeElement)).toBe(true);
  await menu.click();
  await page.getByRole('menuitem', { name: 'Decouple through a queue' }).click();
  await deselect(page);
  expect(await ticked(page)).toEqual(['Draw', 'Transform']);

  // Simulate and compare: Show me opens Simulate; a short run of both variants ticks both.
  await card(page).getByRole('button', { name: 'Show me: Simulate' }).click();
  await page.getByRole('button', { name: 'Run simulation' }).waitFor();
  await page.getByLabel('Duration').fill('60');
  await page.getByLabel('Both variants').check();
  await page.getByRole('button', { name: 'Run simulation' }).click();
  await page.getByTestId('results').waitFor({ timeout: 90_000 });
  await page.getByRole('button', { name: 'Run simulation' }).waitFor({ timeout: 90_000 });
  await page.getByTestId('view-edit').click();
  await deselect(page);
  expect(await ticked(page)).toEqual(['Draw', 'Transform', 'Simulate', 'Compare']);
  await expect(card(page).textContent()).resolves.toContain('4 of 4 done');

  // Dismissed, it stays away after a reload; Help › Getting started brings it back, ticks kept.
  await card(page).getByRole('button', { name: 'Dismiss' }).click();
  await card(page).waitFor({ state: 'detached' });
  await page.goto(baseURL());
  await node(page, 'portal').waitFor();
  await page
    .getByTestId('inspector')
    .getByRole('heading', { name: 'Project', exact: true })
    .first()
    .waitFor();
  expect(await card(page).count()).toBe(0);
  await page.getByRole('button', { name: 'Help' }).click();
  await page.getByRole('menuitem', { name: 'Getting started' }).click();
  await card(page).waitFor();
  expect(await ticked(page)).toEqual(['Draw', 'Transform', 'Simulate', 'Compare']);
  await context.close();
}, 180_000);

test('Show me: Compare opens the Compare view; Open an example… opens the examples', async () => {
  const { context, page } = await openApp(browser);
  await card(page).waitFor();
  await card(page).getByRole('button', { name: 'Show me: Compare' }).click();
  await page.getByTestId('compare-results').or(page.getByLabel('Compared with')).first().waitFor();
  await page.getByTestId('view-edit').click();
  await card(page).getByRole('button', { name: 'Open an example…' }).click();
  await page.getByRole('dialog', { name: /Examples/ }).waitFor();
  await context.close();
});
