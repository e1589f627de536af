// Every way a project enters the app (Open file, a dropped file, a paste) meets hostile input the
// way a share link does: a message that says where and why, and the user's work stays.
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { baseURL, launchBrowser } from './browser';
import { autosaved, node, projectCommand, withoutFilePickers } from './editor-helpers';

let browser: Browser;
let dir: string;
beforeAll(async () => {
  browser = await launchBrowser();
  dir = await mkdtemp(join(tmpdir(), 'spillway-entry-'));
});
afterAll(async () => {
  await browser?.close();
  await rm(dir, { recursive: true, force: true });
});

/** A hostile payload, built inside the page (so tens of megabytes never cross the wire twice). */
interface Payload {
  label: string;
  kind: 'deep' | 'long-name' | 'garbage' | 'too-large';
  /** What the report must say. */
  expect: RegExp;
}

const PAYLOADS: Payload[] = [
  {
    label: 'nested 5 000 levels deep',
    kind: 'deep',
    expect: /^notes(\[0\]){63}: nested deeper than 64 levels/,
  },
  {
    label: 'a 10 MB project name',
    kind: 'long-name',
    expect: /^name: must have at most 500 characters, got 10000000/,
  },
  { label: 'garbage bytes', kind: 'garbage', expect: /malformed JSON at line 1, column 1/ },
  { label: 'a 60 MB file', kind: 'too-large', expect: /MB.*up to 50 MB/ },
];

/** The text of a payload (runs in the page and in Node: no closures). */
function payloadText(kind: Payload['kind']): string {
  const project = (name: string, extra: unknown = null) =>
    JSON.stringify({
      format: 'spillway',
      version: 2,
      name,
      variants: [{ id: 'v', name: 'V', nodes: [], edges: [] }],
      scenarios: [],
      ...(extra === null ? {} : { notes: extra }),
    });
  switch (kind) {
    case 'deep':
      // Written out: JSON.stringify itself overflows the stack on a value this deep.
      return `${project('Deep').slice(0, -1)},"notes":${'['.repeat(5000)}${']'.repeat(5000)}}`;
    case 'long-name':
      return project('A'.repeat(10_000_000));
    case 'garbage':
      return '\u0000\u00ff\u0001PK\u0003\u0004 not a project at all';
    case 'too-large':
      return project('Big', 'x'.repeat(60_000_000));
  }
}

async function start(): Promise<{ page: Page; errors: string[]; close: () => Promise<void> }> {
  const context = await browser.newContext({
    reducedMotion: 'reduce',
    viewport: { width: 1440, height: 900 },
  });
  await withoutFilePickers(context);
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(baseURL());
  await node(page, 'portal').waitFor();
  // The user's own work: one node more than the example.
  await page.getByRole('button', { name: 'Add topic' }).click();
  await node(page, 'topic').waitFor();
  return { page, errors, close: () => context.close() };
}

/** The report is shown with a line matching `pattern`; OK closes it and the work is as it was. */
async function expectRefused(
  page: Page,
  title: string | RegExp,
  pattern: RegExp,
  before: string | null,
): Promise<void> {
  const report = page.getByRole('alertdialog', { name: title });
  await report.waitFor({ timeout: 60_000 });
  const lines = await report.getByRole('listitem').allTextContents();
  expect(
    lines.some((l) => pattern.test(l)),
    lines.join('\n').slice(0, 500),
  ).toBe(true);
  // A line never repeats a huge value back at the user.
  expect(Math.max(...lines.map((l) => l.length))).toBeLessThan(1000);
  await report.getByRole('button', { name: 'OK' }).click();
  await report.waitFor({ state: 'detached' });
  await expect(page.getByTestId('status').textContent()).resolves.toMatch(/work is unchanged/);
  expect(await node(page, 'topic').isVisible()).toBe(true);
  expect(await autosaved(page)).toBe(before);
}

test('Open file… with hostile files: a report that says where and why, the work kept', async () => {
  const { page, errors, close } = await start();
  const before = await autosaved(page);
  for (const p of PAYLOADS) {
    const path = join(dir, `${p.kind}.json`);
    await writeFile(path, payloadText(p.kind));
    const choosing = page.waitForEvent('filechooser');
    await projectCommand(page, 'Open file…');
    await (await choosing).setFiles(path);
    await expectRefused(page, `Could not open ${p.kind}.json`, p.expect, before);
  }
  expect(errors).toEqual([]);
  await close();
}, 180_000);

test('hostile files dropped on the window: a report that says where and why, the work kept', async () => {
  const { page, errors, close } = await start();
  const before = await autosaved(page);
  for (const p of PAYLOADS) {
    await page.evaluate(
      ({ kind, source }) => {
        const text = (0, eval)(`(${source})`)(kind) as string;
        const data = new DataTransfer();
        data.items.add(new File([text], `${kind}.json`, { type: 'application/json' }));
        window.dispatchEvent(new DragEvent('dragover', { dataTransfer: data, cancelable: true }));
        window.dispatchEvent(new DragEvent('drop', { dataTransfer: data, cancelable: true }));
      },
      { kind: p.kind, source: payloadText.toString() },
    );
    await expectRefused(page, `Could not open ${p.kind}.json`, p.expect, before);
  }
  expect(errors).toEqual([]);
  await close();
}, 180_000);

/** Pastes `text` as the browser does on Ctrl+V: a paste event carrying the clipboard's text. */
async function pasteText(page: Page, make: { kind?: Payload['kind']; text?: string }) {
  await page.locator('.react-flow__pane').click({ position: { x: 40, y: 40 } });
  await page.evaluate(
    ({ kind, text, source }) => {
      const value = kind ? ((0, eval)(`(${source})`)(kind) as string) : (text as string);
      const data = new DataTransfer();
      data.setData('text/plain', value);
      document.dispatchEvent(
        new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }),
      );
    },
    { kind: make.kind, text: make.text, source: payloadText.toString() },
  );
}

test('hostile project JSON pasted on the canvas: a report that says where and why, the work kept', async () => {
  const { page, errors, close } = await start();
  const before = await autosaved(page);
  for (const p of PAYLOADS) {
    // Garbage that is not JSON at all is simply not a Spillway paste (checked below).
    if (p.kind === 'garbage') continue;
    await pasteText(page, { kind: p.kind });
    const pattern = p.kind === 'too-large' ? /up to 50000000 characters/ : p.expect;
    await expectRefused(page, 'Could not paste', pattern, before);
  }
  // Plain text: nothing to paste, said on the status line; nothing changes.
  await pasteText(page, { text: 'hello \u0000 world' });
  await expect(page.getByTestId('status').textContent()).resolves.toMatch(/Nothing to paste/);
  expect(await autosaved(page)).toBe(before);

  // Broken JSON that claims to be Spillway nodes: located, and refused.
  await pasteText(page, { text: '{"spillwayClip": 1, "nodes": [' });
  await expectRefused(page, 'Could not paste', /malformed JSON at line 1, column 31/, before);

  // Spillway nodes that fail the schema: the path of the bad field.
  const clip = {
    spillwayClip: 1,
    nodes: [
      {
        id: 'x',
        name: 'X',
        kind: 'service',
        position: { x: 0, y: 0 },
        concurrency: -1,
      },
    ],
    edges: [],
  };
  await pasteText(page, { text: JSON.stringify(clip) });
  await expectRefused(page, 'Could not paste', /^nodes\[0\]\.concurrency: /, before);
  expect(errors).toEqual([]);
  await close();
}, 180_000);

test('a valid project pasted on the canvas opens as an undoable step', async () => {
  const { page, errors, close } = await start();
  const own = await autosaved(page);
  const pasted = JSON.parse(own!) as { name: string; variants: { nodes: { id: string }[] }[] };
  pasted.name = 'Pasted project';
  for (const v of pasted.variants) v.nodes = v.nodes.filter((n) => n.id !== 'topic');
  await pasteText(page, { text: JSON.stringify(pasted) });
  await page.waitForFunction(
    () =>
      (document.querySelector('input[aria-label="Project name"]') as HTMLInputElement | null)
        ?.value === 'Pasted project',
  );
  await expect(page.getByTestId('status').textContent()).resolves.toContain(
    'Opened the pasted project',
  );
  expect(await node(page, 'topic').count()).toBe(0);
  await page.getByRole('button', { name: 'Undo' }).click();
  await node(page, 'topic').waitFor();
  expect(errors).toEqual([]);
  await close();
}, 120_000);
