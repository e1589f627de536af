// Traces, AsyncAPI and Mermaid from the Project menu (and a dropped trace file), as a user does it.
import { mkdtemp, readFile, rm, truncate, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Browser, FileChooser, Page } from 'playwright-core';
import { baseURL, launchBrowser } from './browser';
import { node, projectCommand, withoutFilePickers } from './editor-helpers';
import { generateShopSpans } from '../fixtures/traces/generate-spans';
import { collect, jaegerChunks } from '../fixtures/traces/write-formats';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const fixture = (name: string) => readFile(join(__dirname, '../fixtures/traces', name));

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

async function importTraces(page: Page, name: string, buffer: Buffer): Promise<void> {
  const choosing = page.waitForEvent('filechooser');
  await projectCommand(page, 'Import traces…');
  await (await choosing).setFiles({ name, mimeType: 'application/json', buffer });
}

async function download(page: Page, label: string): Promise<{ name: string; text: string }> {
  const downloading = page.waitForEvent('download');
  await projectCommand(page, label);
  const d = await downloading;
  return { name: d.suggestedFilename(), text: await readFile(await d.path(), 'utf8') };
}

test('import traces: progress, the summary, then the model opens as a new project', async () => {
  const { context, page } = await start();
  // Record every value the progress bar shows.
  await page.evaluate(() => {
    const seen: number[] = [];
    (window as unknown as { progressSeen: number[] }).progressSeen = seen;
    new MutationObserver(() => {
      const bar = document.querySelector<HTMLProgressElement>(
        '[data-testid=import-traces-progress]',
      );
      if (bar) seen.push(bar.value);
    }).observe(document.body, { subtree: true, childList: true, attributes: true });
  });
  const big = collect(
    jaegerChunks(
      [0, 1, 2, 3].map((i) =>
        generateShopSpans({
          traces: 500,
          seed: 70 + i,
          startMs: Date.UTC(2026, 0, 1) + i * 10_000,
        }),
      ),
    ),
  );
  await importTraces(page, 'shop.jaeger.json', Buffer.from(big));
  const summary = page.getByTestId('import-traces-summary');
  await summary.waitFor({ timeout: 60_000 });
  await expect(summary.textContent()).resolves.toMatch(
    /^Imported \d+ spans in 2000 traces \(Jaeger JSON\)/,
  );
  await expect(summary.textContent()).resolves.toContain('call pricing → tax');
  const seen = await page.evaluate(
    () => (window as unknown as { progressSeen: number[] }).progressSeen,
  );
  expect(seen.some((v) => v > 0 && v < 1)).toBe(true);

  await page.getByRole('button', { name: 'Open as new project' }).click();
  await node(page, 'inventory-db').waitFor();
  await node(page, 'order-events').waitFor();
  await expect(node(page, 'portal').count()).resolves.toBe(0);
  await expect(page.getByTestId('status').textContent()).resolves.toContain(
    'Imported shop.jaeger.json',
  );
  await context.close();
});

test('cancel leaves the work as it was', async () => {
  const { context, page } = await start();
  const big = collect(jaegerChunks([generateShopSpans({ traces: 1500, seed: 90 })]));
  await importTraces(page, 'cancelled.json', Buffer.from(big));
  const dialog = page.getByTestId('import-traces-dialog');
  await dialog.waitFor();
  // Whether it is still reading or already done, Cancel adopts nothing.
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await dialog.waitFor({ state: 'detached' });
  await node(page, 'portal').waitFor();
  await expect(node(page, 'gateway').count()).resolves.toBe(0);
  await context.close();
});

test('a dropped trace file is imported; a truncated one is reported and changes nothing', async () => {
  const { context, page } = await start();
  const drop = async (name: string, text: string) => {
    const dt = await page.evaluateHandle(
      ([n, t]) => {
        const d = new DataTransfer();
        d.items.add(new File([t], n, { type: 'application/json' }));
        return d;
      },
      [name, text] as const,
    );
    await page.dispatchEvent('main', 'drop', { dataTransfer: dt });
  };
  const text = (await fixture('shop.zipkin.json')).toString('utf8');
  await drop('cut.json', text.slice(0, 20_000));
  const error = page.getByTestId('import-traces-error');
  await error.waitFor();
  await expect(error.textContent()).resolves.toMatch(/ends early \(truncated\?\)/);
  await page.getByRole('button', { name: 'OK' }).click();
  await node(page, 'portal').waitFor();

  await drop('shop.zipkin.json', text);
  await page.getByTestId('import-traces-summary').waitFor();
  await expect(page.getByTestId('import-traces-summary').textContent()).resolves.toContain(
    'Zipkin v2 JSON',
  );
  await page.getByRole('button', { name: 'Open as new project' }).click();
  await node(page, 'notifier').waitFor();
  await context.close();
});

test('a trace file past a limit is refused with the limit and the count; the work is kept', async () => {
  const { context, page } = await start();
  const dir = await mkdtemp(join(tmpdir(), 'spillway-e2e-'));
  try {
    // 1 GB and a byte on paper (a sparse file): refused before a byte is read.
    const big = join(dir, 'huge.json');
    await writeFile(big, '');
    await truncate(big, 1_000_000_001);
    const error = page.getByTestId('import-traces-error');
    for (const [choose, message] of [
      [
        (c: FileChooser) => c.setFiles(big),
        'the file is 1,000,000,001 bytes, more than the 1,000,000,000 a trace import takes',
      ],
      [
        (c: FileChooser) =>
          c.setFiles({
            name: 'deep.json',
            mimeType: 'application/json',
            buffer: Buffer.from(`{"x":${'['.repeat(5000)}`),
          }),
        'arrays and objects are nested more than 1,000 levels deep',
      ],
    ] as const) {
      const choosing = page.waitForEvent('filechooser');
      await projectCommand(page, 'Import traces…');
      await choose(await choosing);
      await error.waitFor();
      await expect(error.textContent()).resolves.toContain(message);
      await page.getByRole('button', { name: 'OK' }).click();
      await error.waitFor({ state: 'detached' });
      await node(page, 'portal').waitFor();
      await expect(page.getByRole('textbox', { name: 'Project name' }).inputValue()).resolves.toBe(
        'Client portal (financial services)',
      );
    }
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
  await context.close();
});

test('export Mermaid and AsyncAPI of the shown variant', async () => {
  const { context, page } = await start();
  const mermaid = await download(page, 'Export Mermaid');
  expect(mermaid.name).toMatch(/\.mmd$/);
  expect(mermaid.text).toMatch(/^flowchart LR\n/);
  await page.getByRole('tab', { name: /to-be/i }).first().click();
  const asyncapi = await download(page, 'Export AsyncAPI');
  expect(asyncapi.name).toMatch(/-to-be\.asyncapi\.yaml$/);
  expect(asyncapi.text).toMatch(/^asyncapi: 3\.0\.0\n/);
  expect(asyncapi.text).toContain('action: send');
  await context.close();
});

test('import AsyncAPI: a preview of what it adds, Cancel changes nothing, Add brings the new nodes into view, undo takes them back', async () => {
  const { context, page } = await start();
  await page.getByRole('tab', { name: /to-be/i }).first().click();
  const before = await page.locator('.react-flow__node').count();
  // Two applications receive from one channel: a topic; the servers say Kafka.
  const text = [
    'asyncapi: 3.0.0',
    'info: { title: Loyalty, version: 1.0.0 }',
    'servers: { events: { host: "kafka:9092", protocol: kafka } }',
    'channels: { points: { address: loyalty.points } }',
    'operations:',
    '  earn: { action: receive, channel: { $ref: "#/channels/points" }, tags: [ { name: Points ledger } ] }',
    '  notify: { action: receive, channel: { $ref: "#/channels/points" }, tags: [ { name: Points mailer } ] }',
  ].join('\n');
  const importDoc = async (): Promise<void> => {
    const choosing = page.waitForEvent('filechooser');
    await projectCommand(page, 'Import AsyncAPI…');
    await (
      await choosing
    ).setFiles({ name: 'loyalty.yaml', mimeType: 'application/yaml', buffer: Buffer.from(text) });
  };

  await importDoc();
  const preview = page.getByRole('alertdialog', { name: /Import loyalty\.yaml into/ });
  await preview.waitFor();
  await expect(preview.textContent()).resolves.toContain('It adds 3 nodes and 2 edges');
  const lines = await preview.getByRole('list', { name: 'What will change' }).innerText();
  expect(lines).toContain(
    'channel points: added topic points (kafka from servers.events.protocol)',
  );
  expect(lines).toContain('service Points ledger: added service Points-ledger');
  await preview.getByRole('button', { name: 'Cancel' }).click();
  await preview.waitFor({ state: 'detached' });
  expect(await page.locator('.react-flow__node').count()).toBe(before);

  await importDoc();
  await preview.getByRole('button', { name: /^Add to / }).click();
  await expect(page.getByRole('status').first().textContent()).resolves.toMatch(
    /Merged loyalty\.yaml into .*: 3 nodes and 2 edges added/,
  );
  const pane = (await page.locator('.react-flow').boundingBox())!;
  for (const id of ['points', 'Points-ledger', 'Points-mailer']) {
    const box = (await node(page, id).boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(pane.x);
    expect(box.y).toBeGreaterThanOrEqual(pane.y);
    expect(box.x + box.width).toBeLessThanOrEqual(pane.x + pane.width);
    expect(box.y + box.height).toBeLessThanOrEqual(pane.y + pane.height);
  }
  await page.keyboard.press('Control+z');
  await node(page, 'points').waitFor({ state: 'detached' });
  expect(await page.locator('.react-flow__node').count()).toBe(before);
  await context.close();
});
