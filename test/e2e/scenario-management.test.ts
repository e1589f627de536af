// Scenario management (#19): new, duplicate, rename and delete scenarios from the Simulate view's
// buttons and from the command palette, with in-app dialogs; undo; the last one is kept; other
// scenarios' results and the rest of the project are untouched. Light and dark at 1280x800.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import type { Project } from '../../models/types';
import { launchBrowser } from './browser';
import { autosaved } from './editor-helpers';
import { CLIENT_PORTAL, openModel } from './simulate-helpers';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const picker = (page: Page) => page.locator('.scenario-editor select[aria-label="Scenario"]');
const shownName = (page: Page) =>
  picker(page).evaluate((s: HTMLSelectElement) => s.selectedOptions[0]?.textContent ?? '');
const names = (page: Page) =>
  picker(page).evaluate((s: HTMLSelectElement) => [...s.options].map((o) => o.textContent));
const status = (page: Page) => page.getByTestId('status').textContent();

async function paletteRun(page: Page, search: string): Promise<void> {
  await page.keyboard.press('Control+k');
  const palette = page.getByRole('dialog', { name: 'Command palette' });
  await palette.waitFor();
  await page.keyboard.type(search);
  await page.keyboard.press('Enter');
  await palette.waitFor({ state: 'detached' });
}

async function deleteShown(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Delete scenario…' }).click();
  const confirm = page.getByRole('alertdialog', { name: 'Delete scenario' });
  await confirm.waitFor();
  await page.keyboard.press('Enter');
  await confirm.waitFor({ state: 'detached' });
}

const ORIGINAL = ['Normal day', 'Quarterly peak', 'Statement generator slows down in the peak'];

for (const colorScheme of ['light', 'dark'] as const) {
  test(`new, duplicate, rename and delete scenarios with undo (${colorScheme})`, async () => {
    const { context, page } = await openModel(browser);
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.emulateMedia({ colorScheme });
    await page.getByTestId('view-simulate').click();
    expect(await shownName(page)).toBe('Normal day');
    const actions = page.getByRole('group', { name: 'Scenario actions' });
    expect(await actions.getByRole('button').allInnerTexts()).toEqual([
      'New scenario',
      'Duplicate scenario',
      'Rename scenario…',
      'Delete scenario…',
    ]);

    // Duplicate: the copy is added at the end and shown.
    await actions.getByRole('button', { name: 'Duplicate scenario' }).click();
    expect(await shownName(page)).toBe('Normal day (copy)');
    expect(await status(page)).toBe('Created “Normal day (copy)” from “Normal day”.');
    await page.screenshot({ path: `test-results/scenario-actions-${colorScheme}.png` });

    // Rename from the palette: the field holds the name, a taken name is refused with why.
    await paletteRun(page, 'rename scenario');
    const rename = page.getByRole('dialog', { name: 'Rename scenario' });
    await rename.waitFor();
    const field = rename.getByLabel('New name for “Normal day (copy)”');
    expect(await field.inputValue()).toBe('Normal day (copy)');
    await page.keyboard.type('Quarterly peak'); // replaces the selected name
    await page.keyboard.press('Enter');
    expect(await rename.getByRole('alert').innerText()).toBe(
      'Another scenario is already called “Quarterly peak”.',
    );
    expect(await field.getAttribute('aria-invalid')).toBe('true');
    await page.screenshot({ path: `test-results/scenario-rename-${colorScheme}.png` });
    await field.fill('Quiet Tuesday');
    await page.keyboard.press('Enter');
    await rename.waitFor({ state: 'detached' });
    expect(await shownName(page)).toBe('Quiet Tuesday');
    expect(await status(page)).toBe('Renamed “Normal day (copy)” to “Quiet Tuesday”.');

    // Delete asks in the page (no browser confirm()); Cancel keeps it, Enter deletes it.
    page.on('dialog', () => {
      throw new Error('a native browser dialog was opened');
    });
    await actions.getByRole('button', { name: 'Delete scenario…' }).click();
    const confirm = page.getByRole('alertdialog', { name: 'Delete scenario' });
    await confirm.waitFor();
    expect(await confirm.innerText()).toContain(
      'Delete the scenario “Quiet Tuesday”? Variants, the roadmap and the objectives stay as they are.',
    );
    await page.screenshot({ path: `test-results/scenario-delete-${colorScheme}.png` });
    await confirm.getByRole('button', { name: 'Cancel' }).click();
    expect(await names(page)).toEqual([...ORIGINAL, 'Quiet Tuesday']);
    await deleteShown(page);
    // The deleted one was last: its left neighbour is shown.
    expect(await names(page)).toEqual(ORIGINAL);
    expect(await shownName(page)).toBe('Statement generator slows down in the peak');
    expect(await status(page)).toBe('Deleted “Quiet Tuesday”. Undo brings it back.');

    // Undo brings it back, with its name.
    await page.locator('body').click({ position: { x: 1, y: 790 } });
    await page.keyboard.press('Control+z');
    expect(await names(page)).toEqual([...ORIGINAL, 'Quiet Tuesday']);

    // New scenario from another view: it opens in Simulate, a one-minute load on every client.
    await page.getByTestId('view-compare').click();
    await paletteRun(page, 'new scenario');
    await page.getByTestId('simulate-view').waitFor();
    expect(await shownName(page)).toBe('New scenario');
    expect(await page.getByLabel('Duration').inputValue()).toBe('60');

    // Delete down to one: the last is refused, saying why, and no dialog opens.
    for (let left = 5; left > 1; left--) await deleteShown(page);
    expect(await names(page)).toHaveLength(1);
    await actions.getByRole('button', { name: 'Delete scenario…' }).click();
    expect(await status(page)).toMatch(
      /^“.+” is the only scenario: a project keeps at least one to simulate\. Add another first\.$/,
    );
    expect(await page.getByRole('alertdialog').count()).toBe(0);

    // Nothing but scenarios changed in the saved project.
    const saved = JSON.parse((await autosaved(page))!) as Project;
    const file = JSON.parse(readFileSync(CLIENT_PORTAL, 'utf8')) as Project;
    expect(saved.variants).toEqual(file.variants);
    expect(saved.slo).toEqual(file.slo);
    expect(saved.scenarios).toHaveLength(1);
    await context.close();
  });
}

test('deleting a scenario keeps the results of the others, still valid', async () => {
  const { context, page } = await openModel(browser);
  await page.getByTestId('view-simulate').click();
  await page.getByRole('button', { name: 'Run simulation' }).click();
  const results = page.getByTestId('results');
  const headline = results.getByRole('list', { name: 'In short' });
  await results.waitFor({ timeout: 90_000 });
  const before = await headline.innerText();
  expect(await results.getByRole('heading', { level: 2 }).innerText()).toContain('Normal day');
  // Delete another scenario (Quarterly peak), then come back to Normal day.
  await picker(page).selectOption({ label: 'Quarterly peak' });
  await deleteShown(page);
  expect(await shownName(page)).toBe('Statement generator slows down in the peak');
  await picker(page).selectOption({ label: 'Normal day' });
  await results.waitFor();
  expect(await headline.innerText()).toBe(before);
  expect(await page.locator('.results-stale').count()).toBe(0);
  await context.close();
});
