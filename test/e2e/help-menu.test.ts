// The Help menu, the shortcut sheet ("?") and the command palette (Ctrl+K), keyboard only (#19).
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, openApp } from './browser';
import { node } from './editor-helpers';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const focusedName = (page: Page) =>
  page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? null);

for (const colorScheme of ['light', 'dark'] as const) {
  test(`keyboard only (${colorScheme}): ? shows the shortcuts, Ctrl+K finds and runs a command, Escape closes`, async () => {
    const { context, page } = await openApp(browser, '/', {
      viewport: { width: 1280, height: 800 },
      colorScheme,
    });
    await node(page, 'portal').waitFor();
    const before = await node(page, 'portal').boundingBox();

    // "?" opens the sheet: the registry's shortcuts by group, as the menus show them.
    await page.keyboard.press('?');
    const sheet = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
    await sheet.waitFor();
    const history = sheet.getByRole('region', { name: 'History' });
    expect(await history.locator('.shortcut-row').first().innerText()).toMatch(/^Undo\s+Ctrl\+Z$/);
    expect(await sheet.getByText('Command palette…').count()).toBe(1);
    await page.screenshot({ path: `test-results/help-shortcuts-${colorScheme}.png` });
    await page.keyboard.press('Escape');
    await sheet.waitFor({ state: 'detached' });

    // Ctrl+K: the search field has the focus; typing narrows the list; Enter runs the command.
    await page.keyboard.press('Control+k');
    const palette = page.getByRole('dialog', { name: 'Command palette' });
    await palette.waitFor();
    expect(await focusedName(page)).toBe('Search commands');
    const options = palette.getByRole('listbox', { name: 'Commands' }).getByRole('option');
    expect(await options.count()).toBeGreaterThan(10);
    await page.keyboard.type('layout');
    expect(await options.allInnerTexts()).toEqual(['Auto-layout\nShift+L']);
    await page.screenshot({ path: `test-results/help-palette-${colorScheme}.png` });
    await page.keyboard.press('Enter');
    await palette.waitFor({ state: 'detached' });
    // ELK is loaded on first use: allow it the time.
    await expect
      .poll(() => page.getByTestId('status').textContent(), { timeout: 20_000 })
      .toBe('Arranged left to right (undo puts the nodes back).');
    await expect
      .poll(() => node(page, 'portal').boundingBox(), { timeout: 5_000 })
      .not.toEqual(before);

    // Arrows move the choice; a search that finds nothing says so; Escape closes.
    await page.keyboard.press('Control+k');
    await palette.waitFor();
    await page.keyboard.type('guide');
    const selected = palette.locator('[role=option][aria-selected=true]');
    expect(await selected.innerText()).toBe('Guide: The editor');
    await page.keyboard.press('ArrowDown');
    expect(await selected.innerText()).toBe('Guide: Simulate, results, replay and compare');
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('ArrowUp');
    expect(await selected.innerText()).toBe('Guide: Architecture');
    await page.keyboard.press('Backspace');
    await page.keyboard.type(' zzz');
    expect(await options.count()).toBe(0);
    expect(await palette.getByRole('status').innerText()).toBe(
      'No command matches “guid zzz” here.',
    );
    await page.keyboard.press('Escape');
    await palette.waitFor({ state: 'detached' });
    await context.close();
  });
}

test('the Help menu opens a guide from docs/, read in the app, and the palette opens the same', async () => {
  const { context, page } = await openApp(browser, '/', { viewport: { width: 1280, height: 800 } });
  await node(page, 'portal').waitFor();
  await page.getByRole('button', { name: 'Help' }).focus();
  await page.keyboard.press('Enter');
  const menu = page.getByRole('menu', { name: 'Help' });
  await menu.waitFor();
  const items = await menu.getByRole('menuitem').allInnerTexts();
  expect(items.slice(0, 2)).toEqual(['Keyboard shortcuts\n?', 'Command palette…\nCtrl+K']);
  expect(items).toContain('Guide: The editor');
  await page.screenshot({ path: 'test-results/help-menu-light.png' });
  await menu.getByRole('menuitem', { name: 'Guide: The editor' }).focus();
  await page.keyboard.press('Enter');
  const guide = page.getByRole('dialog', { name: 'The editor' });
  await guide.waitFor();
  await expect
    .poll(() => guide.getByLabel('The editor, text').innerText())
    .toMatch(/^# The editor\n/);
  await page.screenshot({ path: 'test-results/help-guide-light.png' });
  await page.keyboard.press('Escape');
  await guide.waitFor({ state: 'detached' });
  await context.close();
});
