// The colour theme follows the system until the user picks one, which a reload remembers (#19).
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

/** The page's background and a node's surface, as drawn. */
const colours = (page: Page) =>
  page.evaluate(() => ({
    page: getComputedStyle(document.body).backgroundColor,
    node: getComputedStyle(document.querySelector('.model-node')!).backgroundColor,
  }));

const LIGHT = { page: 'rgb(246, 247, 249)', node: 'rgb(255, 255, 255)' };
const DARK = { page: 'rgb(20, 23, 28)', node: 'rgb(27, 31, 38)' };

test('a dark system shows dark; Light is chosen from the keyboard, kept after a reload, and System follows the system again', async () => {
  const { context, page } = await openApp(browser, '/', {
    viewport: { width: 1280, height: 800 },
    colorScheme: 'dark',
  });
  await node(page, 'portal').waitFor();
  const select = page.getByRole('combobox', { name: 'Colour theme' });
  expect(await select.inputValue()).toBe('system');
  expect(await colours(page)).toEqual(DARK);

  await select.focus();
  await select.selectOption('light');
  await expect.poll(() => colours(page)).toEqual(LIGHT);
  await page.screenshot({ path: 'test-results/theme-light-on-dark-system.png' });

  await page.reload();
  await node(page, 'portal').waitFor();
  expect(await select.inputValue()).toBe('light');
  expect(await colours(page)).toEqual(LIGHT);

  // The system turning light then dark again changes nothing while Light is chosen…
  await page.emulateMedia({ colorScheme: 'light' });
  await page.emulateMedia({ colorScheme: 'dark' });
  expect(await colours(page)).toEqual(LIGHT);
  // …and, following the system again, the page turns with it.
  await select.selectOption('system');
  await expect.poll(() => colours(page)).toEqual(DARK);
  await page.emulateMedia({ colorScheme: 'light' });
  await expect.poll(() => colours(page)).toEqual(LIGHT);
  await context.close();
});

test('the command palette turns the theme dark on a light system', async () => {
  const { context, page } = await openApp(browser, '/', {
    viewport: { width: 1280, height: 800 },
    colorScheme: 'light',
  });
  await node(page, 'portal').waitFor();
  expect(await colours(page)).toEqual(LIGHT);
  await page.keyboard.press('Control+k');
  await page.getByRole('dialog', { name: 'Command palette' }).waitFor();
  await page.keyboard.type('theme dark');
  await page.keyboard.press('Enter');
  await expect.poll(() => colours(page)).toEqual(DARK);
  expect(await page.getByRole('combobox', { name: 'Colour theme' }).inputValue()).toBe('dark');
  // React Flow draws in the chosen mode too (its attribution and controls), not the system's.
  expect(await page.locator('.react-flow').getAttribute('class')).toContain('dark');
  // The header still fits at 1280 px with the theme choice in it.
  const project = (await page.getByRole('button', { name: 'Project' }).boundingBox())!;
  expect(project.x + project.width).toBeLessThanOrEqual(1280);
  expect(
    await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth),
  ).toBeLessThanOrEqual(0);
  await page.screenshot({ path: 'test-results/theme-dark-on-light-system.png' });
  await context.close();
});
