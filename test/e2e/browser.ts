// What every browser test needs: Chromium, the served app's URL, a fresh page on it.
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { inject } from 'vitest';
import { launchChromium } from './chromium';

export function launchBrowser(): Promise<Browser> {
  return launchChromium();
}

export function baseURL(): string {
  return inject('baseURL');
}

/**
 * A fresh context (no autosave from another test) with a page at the app's start URL. Every test
 * context asks for reduced motion: the canvas then keeps message edges' dashes still, which
 * otherwise repaint every frame (about 40 % of a core per page in software rendering).
 */
export async function openApp(
  browser: Browser,
  path = '/',
  options: Parameters<Browser['newContext']>[0] = {},
): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({
    reducedMotion: 'reduce',
    viewport: { width: 1440, height: 900 },
    ...options,
  });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(new URL(path, baseURL()).toString());
  return { context, page };
}
