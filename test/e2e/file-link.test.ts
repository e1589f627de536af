// A short link to a project file hosted elsewhere (`#file=<url>`), as a reader meets it: the
// project opens read-only (the toolbar's editing commands are off with the reason in their
// tooltip, an edit from the keyboard is refused with it), Make a copy makes it the
// reader's own (editable, autosaved, the link gone from the address bar); a link to a missing
// file says why; the Share dialog writes the link for an address. Screenshot: /tmp/file-link.png.
import { readFileSync } from 'node:fs';
import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { READ_ONLY_REFUSAL } from '../../src/store/project-store';
import { baseURL, launchBrowser } from './browser';
import { node, projectCommand } from './editor-helpers';
import { CLIENT_PORTAL } from './simulate-helpers';

const HOST = 'https://files.example.test';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** A host that serves the Client portal file to any site (CORS) and nothing else. */
async function hosting(context: BrowserContext): Promise<void> {
  await context.route(`${HOST}/**`, (route) =>
    route.request().url() === `${HOST}/portal.json`
      ? route.fulfill({
          status: 200,
          contentType: 'application/json',
          headers: { 'access-control-allow-origin': '*' },
          body: readFileSync(CLIENT_PORTAL, 'utf8'),
        })
      : route.fulfill({
          status: 404,
          headers: { 'access-control-allow-origin': '*' },
          body: 'not found',
        }),
  );
}

const linkTo = (file: string): string =>
  `${baseURL()}#file=${encodeURIComponent(`${HOST}/${file}`)}`;

test('a file link opens read-only, refuses edits until Make a copy, then the copy is the reader’s own', async () => {
  const context = await browser.newContext({
    reducedMotion: 'reduce',
    viewport: { width: 1280, height: 800 },
  });
  await hosting(context);
  const page = await context.newPage();
  await page.goto(linkTo('portal.json'));
  const bar = page.getByTestId('read-only-bar');
  await bar.waitFor();
  expect(await bar.textContent()).toContain(`${HOST}/portal.json`);
  await node(page, 'statement-generation').waitFor();
  await page.screenshot({ path: '/tmp/file-link.png' });

  // The toolbar's editing commands are off, saying why; viewing, running and exporting are not.
  await node(page, 'statement-generation').click();
  const tool = (name: string) =>
    name === 'Transform'
      ? page.getByTestId('transform-menu')
      : page
          .getByRole('toolbar', { name: 'Editing tools' })
          .getByRole('button', { name, exact: true });
  for (const name of ['Undo', 'Duplicate', 'Delete', 'Auto-layout', 'Transform']) {
    expect(await tool(name).isDisabled(), name).toBe(true);
    expect(await tool(name).getAttribute('title'), name).toBe(READ_ONLY_REFUSAL);
  }
  expect(await tool('Zoom to fit').isEnabled()).toBe(true);
  expect(await page.getByTestId('view-simulate').isEnabled()).toBe(true);
  await page.getByRole('button', { name: 'Project' }).click();
  for (const name of ['Save to file…', 'Export canvas as PNG', 'Share link…'])
    expect(await page.getByRole('menuitem', { name }).isEnabled(), name).toBe(true);
  await page.keyboard.press('Escape');

  // An edit from the keyboard is refused, with the reason, and changes nothing.
  await page.keyboard.press('Delete');
  await expect.poll(() => page.getByTestId('status').textContent()).toContain(READ_ONLY_REFUSAL);
  expect(await node(page, 'statement-generation').count()).toBe(1);
  // A reload fetches the file again, still read-only (the link stays in the address bar).
  await page.reload();
  await bar.waitFor();

  // Make a copy: editable, the link leaves the address bar, a reload keeps the copy.
  await bar.getByRole('button', { name: 'Make a copy' }).click();
  await bar.waitFor({ state: 'detached' });
  expect(new URL(page.url()).hash).toBe('');
  await node(page, 'statement-generation').click();
  expect(await tool('Delete').isEnabled()).toBe(true);
  await page.keyboard.press('Delete');
  await node(page, 'statement-generation').waitFor({ state: 'detached' });
  await page.waitForTimeout(500);
  await page.reload();
  await node(page, 'portal').waitFor();
  expect(await node(page, 'statement-generation').count()).toBe(0);
  expect(await page.getByTestId('read-only-bar').count()).toBe(0);
  await context.close();
});

test('a link to a missing file says which address answered what; the Share dialog writes file links', async () => {
  const context = await browser.newContext({
    reducedMotion: 'reduce',
    viewport: { width: 1280, height: 800 },
  });
  await hosting(context);
  const page = await context.newPage();
  await page.goto(linkTo('gone.json'));
  const report = page.getByRole('alertdialog', { name: 'Could not open the linked file' });
  await report.waitFor();
  expect(await report.textContent()).toContain(`${HOST}/gone.json answered HTTP 404`);
  await report.getByRole('button').first().click();
  expect(await page.getByTestId('read-only-bar').count()).toBe(0);

  await projectCommand(page, 'Share link…');
  const address = page.getByRole('textbox', { name: 'File address' });
  await address.fill('ftp://files.example.test/portal.json');
  await page.getByText('a link may name an http or https address, not ftp:').waitFor();
  await address.fill(`${HOST}/portal.json`);
  expect(await page.getByTestId('share-file-link').inputValue()).toBe(linkTo('portal.json'));
  await page.screenshot({ path: '/tmp/file-link-share.png' });
  await context.close();
});
