// The autosave (IndexedDB) as a user meets it: big projects, a tab closed right after an edit,
// earlier versions, a full disk, and an autosave left in localStorage by an earlier version.
import { afterAll, beforeAll, expect, test } from 'vitest';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { execFileSync } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { baseURL, launchBrowser } from './browser';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium';
import {
  autosaved,
  node,
  projectCommand,
  storedAutosave,
  withoutFilePickers,
} from './editor-helpers';

let browser: Browser;
let dir: string;
beforeAll(async () => {
  browser = await launchBrowser();
  dir = await mkdtemp(join(tmpdir(), 'spillway-autosave-'));
});
afterAll(async () => {
  await browser?.close();
  await rm(dir, { recursive: true, force: true });
});

async function start(
  context?: BrowserContext,
  beforeLoad?: (page: Page) => Promise<void>,
): Promise<{ page: Page; errors: string[] }> {
  const ctx =
    context ??
    (await browser.newContext({ reducedMotion: 'reduce', viewport: { width: 1440, height: 900 } }));
  await withoutFilePickers(ctx);
  const page = await ctx.newPage();
  await beforeLoad?.(page);
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(baseURL());
  await page.locator('.react-flow__node').first().waitFor();
  return { page, errors };
}

const projectName = (page: Page) =>
  page.getByRole('textbox', { name: 'Project name' }).inputValue();

/** The Client portal example with 300 more services, each with a long description: over 5 MB. */
async function bigProjectFile(): Promise<string> {
  const project = JSON.parse(
    await readFile(new URL('../../models/examples/client-portal.json', import.meta.url), 'utf8'),
  ) as { name: string; variants: { nodes: unknown[] }[] };
  project.name = 'Big project';
  const paragraph = 'Settles card payments with the acquiring bank and writes the ledger entries. ';
  for (let i = 0; i < 300; i++)
    project.variants[0]!.nodes.push({
      id: `settlement-${i}`,
      name: `Settlement ${i}`,
      kind: 'service',
      position: { x: 2000 + (i % 20) * 220, y: (Math.floor(i / 20) - 8) * 140 },
      description: paragraph.repeat(Math.floor(19_000 / paragraph.length)),
    });
  const path = join(dir, 'big.spillway.json');
  await writeFile(path, JSON.stringify(project));
  return path;
}

async function openFile(page: Page, path: string): Promise<void> {
  const choosing = page.waitForEvent('filechooser');
  await projectCommand(page, 'Open file…');
  await (await choosing).setFiles(path);
}

/**
 * Closes the tab at once, as the user does, and opens the app again in a new tab of the same
 * browser. With runBeforeUnload, close() returns before the page is gone; the app is opened
 * again once it is (a user who reopens it does so later still).
 */
async function closeAndReopen(page: Page): Promise<Page> {
  const closed = page.waitForEvent('close');
  await page.close({ runBeforeUnload: true });
  await closed;
  const again = await page.context().newPage();
  await again.goto(baseURL());
  return again;
}

test('a project over 5 MB is autosaved and comes back after a reload', async () => {
  const { page, errors } = await start();
  await openFile(page, await bigProjectFile());
  await page.waitForFunction(
    () =>
      (document.querySelector('input[aria-label="Project name"]') as HTMLInputElement | null)
        ?.value === 'Big project',
  );
  const text = await autosaved(page);
  expect(text!.length).toBeGreaterThan(5_000_000);
  // localStorage could never hold it (~5 MB for the whole site): nothing is left there.
  expect(await page.evaluate(() => localStorage.getItem('spillway.autosave.v1'))).toBeNull();
  await page.reload();
  await node(page, 'portal').waitFor();
  expect(await projectName(page)).toBe('Big project');
  expect(await autosaved(page)).toBe(text);
  expect(errors).toEqual([]);
  await page.context().close();
}, 120_000);

test('an edit made just before the tab is closed is there when the app is opened again (saved on pagehide)', async () => {
  const { page, errors } = await start();
  await autosaved(page);
  await page.getByRole('button', { name: 'Add queue' }).click();
  await node(page, 'queue').waitFor();
  // Closed at once: the page is hidden and unloaded before the autosave's quiet time has passed,
  // so only the flush on pagehide can have written it.
  const again = await closeAndReopen(page);
  await node(again, 'queue').waitFor();
  expect(errors).toEqual([]);
  await again.context().close();
}, 60_000);

test('an edit IndexedDB had not written when the tab closed comes back from the closing copy; an older copy is not taken', async () => {
  const { page, errors } = await start();
  await page.getByRole('textbox', { name: 'Project name' }).fill('Mine');
  await page.keyboard.press('Enter');
  await expect.poll(() => storedAutosave(page)).toContain('"Mine"');
  const text = (await autosaved(page))!;
  const closingCopy = () => page.evaluate(() => localStorage.getItem('spillway.autosave.closing'));
  // A copy older than the autosave (left by another tab) is dropped, not opened.
  const stale = text.replace('"Mine"', '"Stale copy"');
  await page.evaluate(
    (t) =>
      localStorage.setItem('spillway.autosave.closing', JSON.stringify({ text: t, savedAt: 1 })),
    stale,
  );
  await page.reload();
  await node(page, 'portal').waitFor();
  expect(await projectName(page)).toBe('Mine');
  expect(await closingCopy()).toBeNull();
  // From now on IndexedDB refuses every write, as when the page is gone before its transaction.
  await page.evaluate(() => {
    IDBDatabase.prototype.transaction = () => {
      throw new DOMException('The page is going away', 'AbortError');
    };
  });
  await page.getByRole('button', { name: 'Add queue' }).click();
  await node(page, 'queue').waitFor();
  const again = await closeAndReopen(page);
  await node(again, 'queue').waitFor();
  // Taken into IndexedDB, and the copy removed.
  expect(await autosaved(again)).toContain('"id": "queue"');
  expect(await again.evaluate(() => localStorage.getItem('spillway.autosave.closing'))).toBeNull();
  expect(errors).toEqual([]);
  await again.context().close();
}, 60_000);

/** Chromium with its profile in `profile`, so that what it stores outlives the process. */
function launchWithProfile(profile: string): Promise<BrowserContext> {
  return chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM_PATH,
    args: CHROMIUM_ARGS,
    reducedMotion: 'reduce',
    viewport: { width: 1440, height: 900 },
  });
}

/** Kills (SIGKILL, no unload, no flush) the Chromium processes that use `profile`. */
function killChromium(profile: string): void {
  const ps = execFileSync('ps', ['-eo', 'pid=,args='], { encoding: 'utf8' });
  const pids = ps
    .split('\n')
    .filter((line) => line.includes(`--user-data-dir=${profile}`))
    .map((line) => Number(line.trim().split(/\s+/)[0]));
  expect(pids.length).toBeGreaterThan(0);
  for (const pid of pids) {
    try {
      process.kill(pid, 'SIGKILL');
    } catch {
      // Already gone with its parent.
    }
  }
}

test('an edit made 0.3 s before the browser process is killed is there when it starts again', async () => {
  const profile = await mkdtemp(join(dir, 'profile-'));
  const first = await launchWithProfile(profile);
  const page = first.pages()[0] ?? (await first.newPage());
  await page.goto(baseURL());
  await page.locator('.react-flow__node').first().waitFor();
  await autosaved(page);
  await page.getByRole('button', { name: 'Add queue' }).click();
  await node(page, 'queue').waitFor();
  await page.waitForTimeout(300);
  // As when the machine's power goes or the browser crashes: no pagehide, nothing flushed.
  killChromium(profile);
  await first.close().catch(() => undefined);

  const again = await launchWithProfile(profile);
  const reopened = again.pages()[0] ?? (await again.newPage());
  const errors: string[] = [];
  reopened.on('pageerror', (e) => errors.push(e.message));
  await reopened.goto(baseURL());
  await node(reopened, 'queue').waitFor();
  expect(errors).toEqual([]);
  await again.close();
}, 90_000);

test('Restore the previous version brings back the project a new one replaced, after a reload', async () => {
  const { page, errors } = await start();
  await page.getByRole('button', { name: 'Add topic' }).click();
  await node(page, 'topic').waitFor();
  const own = await autosaved(page);
  expect(await page.getByTestId('autosave-state').textContent()).toBe('Saved');

  await projectCommand(page, 'New blank project');
  await node(page, 'topic').waitFor({ state: 'detached' });
  await autosaved(page);
  await page.reload();
  await page.getByRole('tab').first().waitFor();
  expect(await node(page, 'topic').count()).toBe(0);

  await projectCommand(page, 'Restore the previous version…');
  const dialog = page.getByRole('dialog', { name: 'Restore a previous version' });
  const rows = dialog.getByRole('listitem');
  await rows.first().waitFor();
  expect(await rows.first().textContent()).toContain('Client portal (financial services)');
  expect(await rows.first().textContent()).toContain('nodes');
  await rows
    .first()
    .getByRole('button', { name: /^Restore / })
    .click();
  await node(page, 'topic').waitFor();
  await expect(page.getByTestId('status').textContent()).resolves.toMatch(/^Restored "Client/);
  expect(await autosaved(page)).toBe(own);

  // The blank project it replaced is a version now, and Undo also goes back to it.
  await page.getByRole('button', { name: 'Undo' }).click();
  await node(page, 'topic').waitFor({ state: 'detached' });
  expect(errors).toEqual([]);
  await page.context().close();
}, 90_000);

test('a full disk: the autosave says it failed and how to keep the work; the saved work stays', async () => {
  // Chromium's own quota (DevTools protocol): this site may store about 1 MB, so the example
  // fits and the big project does not. Set before the app opens its database, which is when
  // Chromium reads the quota (navigator.storage.estimate() does not show the override).
  const { page, errors } = await start(undefined, async (p) => {
    const cdp = await p.context().newCDPSession(p);
    await cdp.send('Storage.overrideQuotaForOrigin', {
      origin: new URL(baseURL()).origin,
      quotaSize: 1_000_000,
    });
  });
  await page.getByRole('button', { name: 'Add topic' }).click();
  await node(page, 'topic').waitFor();
  const own = await autosaved(page);
  expect(own).toMatch(/"kind": ?"topic"/);
  await openFile(page, await bigProjectFile());
  const warning = page.getByRole('alert').filter({ hasText: 'Autosave failed' });
  await warning.waitFor();
  expect(await warning.textContent()).toMatch(/no room left.*Save to file… keeps them/);
  expect(await page.getByTestId('autosave-state').textContent()).toBe('Not saved');
  await warning.getByRole('button', { name: 'Save to file…' }).waitFor();
  // What is on disk is still the last project that fitted.
  expect(await storedAutosave(page)).toBe(own);
  expect(errors).toEqual([]);
  await page.context().close();
}, 120_000);

test('an autosave left in localStorage by an earlier version is moved to IndexedDB, nothing lost', async () => {
  const context = await browser.newContext({
    reducedMotion: 'reduce',
    viewport: { width: 1440, height: 900 },
  });
  const legacy = JSON.parse(
    await readFile(new URL('../../models/examples/order-placement.json', import.meta.url), 'utf8'),
  ) as { name: string };
  legacy.name = 'Saved before the move';
  // Written before the app starts, once per tab, as an earlier version of Spillway left it.
  await context.addInitScript((text) => {
    if (sessionStorage.getItem('seeded')) return;
    sessionStorage.setItem('seeded', '1');
    localStorage.setItem('spillway.autosave.v1', text);
  }, JSON.stringify(legacy));
  const { page, errors } = await start(context);
  expect(await projectName(page)).toBe('Saved before the move');
  await page.waitForFunction(() => localStorage.getItem('spillway.autosave.v1') === null);
  expect(JSON.parse((await storedAutosave(page))!).name).toBe('Saved before the move');
  await page.reload();
  await page.locator('.react-flow__node').first().waitFor();
  expect(await projectName(page)).toBe('Saved before the move');
  expect(errors).toEqual([]);
  await context.close();
}, 60_000);
