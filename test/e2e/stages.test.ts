// A service that calls a, then b, then c ten times three at a time (issue 15, defect 6), as a
// user meets it: import its traces, see the stages on the canvas and in the inspector, run it
// and read a p50 close to the traces'; then edit the stages and watch the latency follow.
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { baseURL, launchBrowser } from './browser';
import { node, projectCommand, withoutFilePickers } from './editor-helpers';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const FIXTURE = join(__dirname, '../fixtures/traces/corpus/mixed-fan-out/traces.otlp.json');

/** The median duration of the fixture's root spans (its eight requests), in ms. */
async function traceP50(): Promise<number> {
  const doc = JSON.parse(await readFile(FIXTURE, 'utf8')) as {
    resourceSpans: {
      scopeSpans: {
        spans: { parentSpanId?: string; startTimeUnixNano: string; endTimeUnixNano: string }[];
      }[];
    }[];
  };
  const roots = doc.resourceSpans
    .flatMap((r) => r.scopeSpans.flatMap((s) => s.spans))
    .filter((s) => !s.parentSpanId)
    .map((s) => Number(BigInt(s.endTimeUnixNano) - BigInt(s.startTimeUnixNano)) / 1e6)
    .sort((a, b) => a - b);
  return (roots[3]! + roots[4]!) / 2;
}

/** Runs the simulation and reads the p50 card once it shows a new run's (not `before`'s). */
async function runP50(page: Page, before?: number): Promise<number> {
  await page.getByTestId('view-simulate').click();
  await page.getByRole('button', { name: 'Run simulation' }).click();
  await page.getByTestId('results').waitFor({ timeout: 60_000 });
  const card = page.locator('.kpi-card[data-kpi=p50]').first();
  const read = async () => Number(await card.getAttribute('data-value'));
  await expect.poll(read, { timeout: 60_000 }).not.toBe(before);
  const value = await read();
  await page.getByTestId('view-edit').click();
  return value;
}

const label = (page: Page, id: string) => page.getByTestId(`edge-label-${id}`).textContent();

type Rect = { x: number; y: number; width: number; height: number };
const overlap = (a: Rect, b: Rect): boolean =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

/** No edge label's box on the screen meets a node's box or another label's. */
async function expectLabelsClearOfNodes(page: Page): Promise<void> {
  const boxes = async (selector: string): Promise<[string, Rect][]> =>
    page.locator(selector).evaluateAll((els) =>
      els.map((el) => {
        const r = el.getBoundingClientRect();
        const name = el.getAttribute('data-testid') ?? el.getAttribute('data-id') ?? '';
        return [name, { x: r.x, y: r.y, width: r.width, height: r.height }] as [string, Rect];
      }),
    );
  const labels = await boxes('.edge-label');
  const nodes = await boxes('.react-flow__node');
  expect(labels.length).toBeGreaterThanOrEqual(3);
  expect(nodes.length).toBeGreaterThanOrEqual(5);
  const hidden = labels.flatMap(([l, a], i) => [
    ...nodes.filter(([, b]) => overlap(a, b)).map(([n]) => `${l} under ${n}`),
    ...labels
      .slice(i + 1)
      .filter(([, b]) => overlap(a, b))
      .map(([m]) => `${l} meets ${m}`),
  ]);
  expect(hidden).toEqual([]);
}

test('imported stages show on the canvas and in the inspector, simulate like the traces, and edits move the latency', async () => {
  const context = await browser.newContext({
    reducedMotion: 'reduce',
    viewport: { width: 1440, height: 900 },
  });
  await withoutFilePickers(context);
  const page = await context.newPage();
  await page.goto(baseURL());
  await node(page, 'portal').waitFor();

  const choosing = page.waitForEvent('filechooser');
  await projectCommand(page, 'Import traces…');
  await (
    await choosing
  ).setFiles({
    name: 'checkout.otlp.json',
    mimeType: 'application/json',
    buffer: await readFile(FIXTURE),
  });
  const summary = page.getByTestId('import-traces-summary');
  await summary.waitFor({ timeout: 60_000 });
  await expect(summary.textContent()).resolves.toContain(
    'service checkout: calls in 3 stages (a | b | c ×10, 3 at a time)',
  );
  await page.getByRole('button', { name: 'Open as new project' }).click();
  await node(page, 'checkout').waitFor();

  // The canvas says where each call runs.
  await expect(label(page, 'call-checkout-a')).resolves.toContain('stage 1');
  await expect(label(page, 'call-checkout-b')).resolves.toContain('stage 2');
  await expect(label(page, 'call-checkout-c')).resolves.toContain('stage 3, 3 at a time');
  // Every label is readable: none lies under a node (c's, at its curve's middle, was under b)
  // or on another label.
  await expectLabelsClearOfNodes(page);
  await page
    .locator('.react-flow')
    .screenshot({ path: join(tmpdir(), 'spillway-stages-labels.png') });

  // The inspector shows the stages in order, with c's limit.
  await node(page, 'checkout').click();
  await expect(page.getByTestId('inspector-callMode').inputValue()).resolves.toBe('stages');
  await expect(page.getByTestId('stage-3').textContent()).resolves.toContain('Call to c');
  const limit = page.getByTestId('stage-limit-call-checkout-c');
  await expect(limit.inputValue()).resolves.toBe('3');
  await page.screenshot({ path: join(tmpdir(), 'spillway-stages-imported.png') });
  await page
    .getByRole('region', { name: 'Stages' })
    .screenshot({ path: join(tmpdir(), 'spillway-stages-section.png') });

  // The model's p50 is the traces' (within 5 %), not all-parallel's or all-sequential's.
  const traces = await traceP50();
  const imported = await runP50(page);
  expect(Math.abs(imported / traces - 1), `${imported} vs ${traces}`).toBeLessThan(0.05);

  // A limit above the count is refused with the reason; the model keeps 3.
  await node(page, 'checkout').click();
  await limit.fill('11');
  await limit.press('Enter');
  await expect(page.locator('.inspector').textContent()).resolves.toContain(
    'At a time must be ≤ 10; not applied.',
  );
  await expect(label(page, 'call-checkout-c')).resolves.toContain('3 at a time');

  // All of c at once: a stage as long as one call.
  await limit.fill('');
  await limit.press('Enter');
  await expect(label(page, 'call-checkout-c')).resolves.not.toContain('at a time');
  const allAtOnce = await runP50(page, imported);
  // c's ten calls at once meet its 8 workers (the import's default): two rounds of ~112 ms, not four.
  expect(allAtOnce).toBeLessThan(imported - 150);

  // b alongside a: its 90 ms hide under a's 160.
  await node(page, 'checkout').click();
  await page.getByTestId('stage-of-call-checkout-b').selectOption('0');
  await expect(label(page, 'call-checkout-b')).resolves.toContain('stage 1');
  await expect(label(page, 'call-checkout-c')).resolves.toContain('stage 2');
  const bWithA = await runP50(page, allAtOnce);
  expect(bWithA).toBeLessThan(allAtOnce - 60); // b took ~90 ms of its own stage
  await node(page, 'checkout').click();
  await page.screenshot({ path: join(tmpdir(), 'spillway-stages-edited.png') });
  await context.close();
});
