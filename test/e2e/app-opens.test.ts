import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser, openApp } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

test('the app opens', async () => {
  const { context, page } = await openApp(browser);
  await expect(page.getByRole('heading', { name: 'Spillway' }).textContent()).resolves.toBe('Spillway');
  await context.close();
});
