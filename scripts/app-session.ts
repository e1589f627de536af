// For scripts that drive the built app in Chromium (the UI benchmark, the screenshots): build,
// serve with `vite preview`, launch Debian's Chromium, open a model through a share link.
import { readFileSync } from 'node:fs';
import LZString from 'lz-string';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../test/e2e/chromium';
import { build, preview, type PreviewServer } from 'vite';

export interface AppSession {
  browser: Browser;
  url: string;
  open(
    file: string,
    options?: {
      colorScheme?: 'light' | 'dark';
      width?: number;
      height?: number;
      initScript?: string;
      /** The address's query, e.g. `?workers=1` (the worker pool's size switch). */
      query?: string;
    },
  ): Promise<Page>;
  close(): Promise<void>;
}

export async function startAppSession({ skipBuild = false } = {}): Promise<AppSession> {
  if (!skipBuild) await build({ logLevel: 'warn', configFile: 'vite.config.ts' });
  const server: PreviewServer = await preview({
    preview: { port: 0, strictPort: false, open: false },
    logLevel: 'warn',
  });
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error('vite preview did not report a local URL');
  const browser = await launchChromium();
  return {
    browser,
    url,
    async open(file, options = {}) {
      const context = await browser.newContext({
        viewport: { width: options.width ?? 1440, height: options.height ?? 900 },
        colorScheme: options.colorScheme ?? 'light',
      });
      if (options.initScript) await context.addInitScript({ content: options.initScript });
      const page = await context.newPage();
      const hash = `#project=${LZString.compressToEncodedURIComponent(readFileSync(file, 'utf8'))}`;
      await page.goto(new URL(`/${options.query ?? ''}${hash}`, url).toString());
      return page;
    },
    async close() {
      await browser.close();
      await server.close();
    },
  };
}
