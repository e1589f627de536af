// Project files and share links, as a user handles them.
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Browser } from 'playwright-core';
import { compressToEncodedURIComponent } from 'lz-string';
import { baseURL, launchBrowser } from './browser';
import {
  autosaved,
  node,
  openProjectFile,
  projectCommand,
  saveProjectFile,
  withoutFilePickers,
} from './editor-helpers';
import { CURRENT_VERSION } from '../../models/schema/project';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

async function start() {
  const context = await browser.newContext({
    reducedMotion: 'reduce',
    viewport: { width: 1440, height: 900 },
    acceptDownloads: true,
  });
  await withoutFilePickers(context);
  const page = await context.newPage();
  await page.goto(baseURL());
  await node(page, 'portal').waitFor();
  return { context, page };
}

test('save to a file and open it again unchanged', async () => {
  const { context, page } = await start();
  const saved = await saveProjectFile(page);
  expect(saved.download.suggestedFilename()).toBe('client-portal-financial-services.spillway.json');
  expect(JSON.parse(saved.text)).toMatchObject({
    format: 'spillway',
    version: CURRENT_VERSION,
    name: 'Client portal (financial services)',
  });

  // Change the work: delete a node with the keyboard.
  await node(page, 'statement-generation').click();
  await page.keyboard.press('Delete');
  await node(page, 'statement-generation').waitFor({ state: 'detached' });

  await openProjectFile(page, {
    name: 'client-portal-financial-services.spillway.json',
    text: saved.text,
  });
  await node(page, 'statement-generation').waitFor();
  await expect(page.getByTestId('status').textContent()).resolves.toContain(
    'Opened client-portal-financial-services.spillway.json',
  );
  const again = await saveProjectFile(page);
  expect(again.text).toBe(saved.text);
  await context.close();
});

test('open a broken file: the validator’s messages are listed and the previous work is intact', async () => {
  const { context, page } = await start();
  await page.getByRole('button', { name: 'Add service' }).click();
  await node(page, 'service').waitFor();
  const before = await autosaved(page);

  const broken = JSON.stringify({
    format: 'spillway',
    version: CURRENT_VERSION,
    name: '',
    variants: [
      { id: 'bad id', name: 'X', nodes: [{ id: 'a', name: 'A', kind: 'service', concurrency: 0 }] },
    ],
  });
  await openProjectFile(page, { name: 'broken.json', text: broken });
  const dialog = page.getByRole('alertdialog', { name: 'Could not open broken.json' });
  await dialog.waitFor();
  const lines = await dialog.getByRole('listitem').allTextContents();
  expect(lines.some((l) => l.startsWith('name:'))).toBe(true);
  expect(lines.some((l) => l.startsWith('variants[0].id:'))).toBe(true);
  expect(lines.some((l) => l.startsWith('variants[0].nodes[0].concurrency:'))).toBe(true);
  await dialog.getByRole('button', { name: 'OK' }).click();
  await dialog.waitFor({ state: 'detached' });

  // Nothing changed: the added service is still there and the autosave is the same.
  expect(await node(page, 'service').isVisible()).toBe(true);
  expect(await autosaved(page)).toBe(before);

  // Not JSON at all.
  await openProjectFile(page, { name: 'notes.json', text: 'hello' });
  await page
    .getByRole('alertdialog', { name: 'Could not open notes.json' })
    .getByText(/malformed JSON/)
    .waitFor();
  await context.close();
});

test('a share link opened in a fresh browser context gives the same project', async () => {
  const { context, page } = await start();
  await page.getByRole('button', { name: 'Add topic' }).click();
  await node(page, 'topic').waitFor();
  await page.getByRole('button', { name: 'Project' }).click();
  await page.getByRole('menuitem', { name: 'Share link…' }).click();
  // Compressed in the background: the label gives the length once the link is there.
  await page.getByRole('textbox', { name: /^Link \([\d,]+ characters\)/ }).waitFor();
  const link = await page.getByRole('textbox', { name: /^Link/ }).inputValue();
  // DEFLATE in base64url: the Client portal and a topic in under 5,000 characters (lz-string: ~8,500).
  expect(link).toMatch(/#project-z=[A-Za-z0-9_-]+$/);
  expect(link.length).toBeLessThan(5_000);
  await expect(page.getByTestId('share-length-note').count()).resolves.toBe(0);
  const original = await autosaved(page);
  await context.close();

  const other = await browser.newContext({
    reducedMotion: 'reduce',
    viewport: { width: 1440, height: 900 },
  });
  const p2 = await other.newPage();
  await p2.goto(link);
  await node(p2, 'topic').waitFor();
  expect(await autosaved(p2)).toBe(original);
  // The hash is consumed, so a reload shows the (autosaved) work rather than re-opening the link.
  expect(new URL(p2.url()).hash).toBe('');
  await other.close();
});

test('a link past 8,000 characters says it may be cut on the way, and still opens', async () => {
  const { context, page } = await start();
  const project = JSON.parse((await saveProjectFile(page)).text) as {
    name: string;
    variants: { nodes: { id: string; description?: string }[] }[];
  };
  // Descriptions that do not compress (a fixed pseudo-random sequence of hex digits).
  let seed = 7;
  const noise = (n: number) =>
    Array.from({ length: n }, () => ((seed = (seed * 48271) % 2147483647) % 16).toString(16)).join(
      '',
    );
  project.name = 'Long link';
  for (const n of project.variants[0]!.nodes) n.description = noise(1500);
  await page.goto('about:blank');
  await page.goto(`${baseURL()}#project=${compressToEncodedURIComponent(JSON.stringify(project))}`);
  await page.waitForFunction(
    () =>
      (document.querySelector('input[aria-label="Project name"]') as HTMLInputElement | null)
        ?.value === 'Long link',
  );
  await projectCommand(page, 'Share link…');
  const note = page.getByTestId('share-length-note');
  await note.waitFor();
  await expect(note.textContent()).resolves.toContain('may be cut when sent by chat or e-mail');
  const link = await page.getByRole('textbox', { name: /^Link/ }).inputValue();
  expect(link.length).toBeGreaterThan(8_000);
  await context.close();

  const other = await browser.newContext({
    reducedMotion: 'reduce',
    viewport: { width: 1440, height: 900 },
  });
  const p2 = await other.newPage();
  await p2.goto(link);
  await p2.waitForFunction(
    () =>
      (document.querySelector('input[aria-label="Project name"]') as HTMLInputElement | null)
        ?.value === 'Long link',
  );
  await other.close();
});

test('a project file dropped on the window opens', async () => {
  const { context, page } = await start();
  const saved = await saveProjectFile(page);
  const other = JSON.parse(saved.text) as { name: string };
  other.name = 'Dropped project';
  // What the browser does when a file is dropped: a drop event whose DataTransfer holds the file.
  await page.evaluate((text) => {
    const data = new DataTransfer();
    data.items.add(new File([text], 'dropped.json', { type: 'application/json' }));
    window.dispatchEvent(new DragEvent('dragover', { dataTransfer: data, cancelable: true }));
    window.dispatchEvent(new DragEvent('drop', { dataTransfer: data, cancelable: true }));
  }, JSON.stringify(other));
  await page.waitForFunction(
    () =>
      (document.querySelector('input[aria-label="Project name"]') as HTMLInputElement | null)
        ?.value === 'Dropped project',
  );
  await expect(page.getByTestId('status').textContent()).resolves.toContain('Opened dropped.json');
  await context.close();
});

test('bad share links: a clear message, the work kept, and a reload that is not blank', async () => {
  const { context, page } = await start();
  await page.getByRole('button', { name: 'Add topic' }).click();
  await node(page, 'topic').waitFor();
  const before = await autosaved(page);
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  const deep = compressToEncodedURIComponent('['.repeat(5000));
  const links = [
    'z', // lz-string itself throws on this one
    deep, // 5 000 open brackets: the syntax locator used to overflow the stack
    'garbage!*%',
    `${compressToEncodedURIComponent('x')}${'A'.repeat(500_000)}`,
  ];
  for (const link of links) {
    // A new load, as when the link is opened (a hash change alone does not restart the app).
    await page.goto('about:blank');
    await page.goto(`${baseURL()}#project=${link}`);
    const report = page.getByRole('alertdialog', { name: 'Could not open the shared link' });
    await report.waitFor();
    await report.getByRole('button', { name: 'OK' }).click();
    await node(page, 'topic').waitFor();
    expect(new URL(page.url()).hash).toBe('');
    expect(await autosaved(page)).toBe(before);
    await page.reload();
    await node(page, 'topic').waitFor();
  }
  expect(errors).toEqual([]);
  await context.close();
});

test("a good share link keeps the user's own project: undo and the Project menu bring it back", async () => {
  const { context, page } = await start();
  await page.getByRole('button', { name: 'Add topic' }).click();
  await node(page, 'topic').waitFor();
  const own = await autosaved(page);
  const shared = JSON.parse((await saveProjectFile(page)).text) as {
    name: string;
    variants: { nodes: { id: string }[] }[];
  };
  shared.name = 'Shared project';
  for (const v of shared.variants) v.nodes = v.nodes.filter((n) => n.id !== 'topic');
  const link = compressToEncodedURIComponent(JSON.stringify(shared));
  const projectName = () =>
    page.evaluate(
      () => (document.querySelector('input[aria-label="Project name"]') as HTMLInputElement).value,
    );

  await page.goto('about:blank');
  await page.goto(`${baseURL()}#project=${link}`);
  await page.waitForFunction(
    () =>
      (document.querySelector('input[aria-label="Project name"]') as HTMLInputElement | null)
        ?.value === 'Shared project',
  );
  await expect(page.getByTestId('status').textContent()).resolves.toContain('is kept');
  expect(await node(page, 'topic').count()).toBe(0);
  // Undo is the first way back.
  await page.getByRole('button', { name: 'Undo' }).click();
  await node(page, 'topic').waitFor();
  expect(await projectName()).not.toBe('Shared project');
  expect(await autosaved(page)).toBe(own);

  // The second survives a reload: open the link again, reload, and reopen from the menu.
  await page.goto('about:blank');
  await page.goto(`${baseURL()}#project=${link}`);
  await page.waitForFunction(
    () =>
      (document.querySelector('input[aria-label="Project name"]') as HTMLInputElement | null)
        ?.value === 'Shared project',
  );
  await page.reload();
  await page.waitForFunction(
    () =>
      (document.querySelector('input[aria-label="Project name"]') as HTMLInputElement | null)
        ?.value === 'Shared project',
  );
  await projectCommand(page, 'Reopen my project from before the link');
  await node(page, 'topic').waitFor();
  expect(await autosaved(page)).toBe(own);
  await context.close();
});
