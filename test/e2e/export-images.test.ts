// Image exports: the whole canvas as PNG and SVG from the Project menu, and a results chart as
// SVG (styles inlined, no CSS variables left) and PNG (2x) from the chart's Download menu.
import { copyFile, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Browser, Download, Page } from 'playwright-core';
import { compressToEncodedURIComponent } from 'lz-string';
import { EXAMPLES } from '../../models/examples';
import { serializeProject } from '../../models/serialize';
import { generateLargeModel } from '../../scripts/generate-large-model';
import { baseURL, launchBrowser } from './browser';
import { node, projectCommand } from './editor-helpers';
import { CLIENT_PORTAL, openModel } from './simulate-helpers';
import { shortenedFile } from '../helpers/shorten';

/** The Client portal with its scenarios a fifth as long: the charts' shapes, not their figures, count here. */
const SHORT = shortenedFile(CLIENT_PORTAL, 0.2);

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const AS_IS_NAMES = [
  'Customers',
  'Client portal',
  'Identity validation',
  'Balance verification',
  'Statement generation',
  'Accounts database',
];

/** Width and height from a PNG's IHDR chunk (which must directly follow the signature). */
function pngSize(bytes: Buffer): { width: number; height: number } {
  expect(bytes.subarray(0, 8).equals(PNG_SIGNATURE)).toBe(true);
  expect(bytes.subarray(12, 16).toString('ascii')).toBe('IHDR');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

async function download(
  page: Page,
  trigger: () => Promise<void>,
): Promise<{ download: Download; bytes: Buffer }> {
  // A 300-node canvas is drawn node by node into the SVG: tens of seconds on a loaded machine.
  const downloading = page.waitForEvent('download', { timeout: 90_000 });
  await trigger();
  const d = await downloading;
  // Set EXPORT_IMAGES_DIR to keep the files and look at them.
  if (process.env.EXPORT_IMAGES_DIR)
    await copyFile(await d.path(), join(process.env.EXPORT_IMAGES_DIR, d.suggestedFilename()));
  return { download: d, bytes: await readFile(await d.path()) };
}

/** The colour of one pixel of a PNG, decoded by the browser. */
async function pngPixel(page: Page, bytes: Buffer, x: number, y: number): Promise<number[]> {
  return page.evaluate(
    async ({ b64, x, y }) => {
      const image = new Image();
      image.src = `data:image/png;base64,${b64}`;
      await image.decode();
      const canvas = document.createElement('canvas');
      canvas.width = image.width;
      canvas.height = image.height;
      const context = canvas.getContext('2d')!;
      context.drawImage(image, 0, 0);
      return [...context.getImageData(x, y, 1, 1).data];
    },
    { b64: bytes.toString('base64'), x, y },
  );
}

/** Parses SVG text with the browser's XML parser; returns the parse error, if any, and the text content. */
async function parseSvg(
  page: Page,
  text: string,
): Promise<{ error: string | null; root: string; text: string }> {
  return page.evaluate((svg) => {
    const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
    const error = doc.querySelector('parsererror');
    return {
      error: error ? (error.textContent ?? 'parse error') : null,
      root: doc.documentElement.localName,
      text: doc.documentElement.textContent ?? '',
    };
  }, text);
}

test('the whole canvas exports as PNG and SVG, framed on all nodes, in the dark theme', async () => {
  const { context, page } = await openModel(browser);
  await page.emulateMedia({ colorScheme: 'dark' });
  await node(page, 'portal').waitFor();
  // Zoom in far, so that most of the diagram is off screen: the export must still frame all of it.
  for (let i = 0; i < 6; i++) await page.getByRole('button', { name: 'Zoom In' }).click();

  const png = await download(page, () => projectCommand(page, 'Export canvas as PNG'));
  expect(png.download.suggestedFilename()).toBe('client-portal-financial-services-as-is.png');
  const size = pngSize(png.bytes);
  // Six nodes of about 180 px side by side, at 2x: wider than a screen's worth, but not absurd.
  expect(size.width).toBeGreaterThan(1200);
  expect(size.width).toBeLessThan(8001);
  expect(size.height).toBeGreaterThan(150);
  // The corner is the dark canvas background, not white or transparent.
  const [r, g, b, a] = await pngPixel(page, png.bytes, 2, 2);
  expect(a).toBe(255);
  expect(Math.max(r!, g!, b!)).toBeLessThan(60);

  const svg = await download(page, () => projectCommand(page, 'Export canvas as SVG'));
  expect(svg.download.suggestedFilename()).toBe('client-portal-financial-services-as-is.svg');
  const parsed = await parseSvg(page, svg.bytes.toString('utf8'));
  expect(parsed.error).toBeNull();
  expect(parsed.root).toBe('svg');
  for (const name of AS_IS_NAMES) expect(parsed.text).toContain(name);
  // Edges keep their stroke (html-to-image alone leaves shapes inside an inline SVG unstyled).
  const edgeStroke = await page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
    return doc.querySelector('.react-flow__edge-path')?.getAttribute('style') ?? '';
  }, svg.bytes.toString('utf8'));
  expect(edgeStroke).toMatch(/stroke:\s*rgb\(/);
  // Minimap and zoom controls are not part of the image.
  expect(svg.bytes.toString('utf8')).not.toContain('react-flow__minimap');
  expect(svg.bytes.toString('utf8')).not.toContain('react-flow__controls');
  await context.close();
});

test('a results chart downloads as standalone SVG (axis labels, no CSS variables) and as PNG at 2x', async () => {
  const { context, page } = await openModel(browser, SHORT);
  await page.getByTestId('view-simulate').click();
  await page.getByLabel('Scenario', { exact: true }).selectOption('normal-day');
  await page.getByRole('button', { name: 'Run simulation' }).click();
  const chart = page.locator('figure.chart', {
    has: page.getByText('Latency of successful requests'),
  });
  await chart.locator('svg[role=img]').waitFor({ timeout: 90_000 });
  const ticks = await chart.locator('svg[role=img] .chart-axis text').allTextContents();
  expect(ticks.length).toBeGreaterThan(3);

  const button = page.getByRole('button', {
    name: 'Download Latency of successful requests chart',
  });
  if (process.env.EXPORT_IMAGES_DIR) {
    await button.click();
    await chart.screenshot({ path: join(process.env.EXPORT_IMAGES_DIR, 'chart-menu-open.png') });
    await page.keyboard.press('Escape');
  }
  const svg = await download(page, async () => {
    await button.click();
    await page.getByRole('menuitem', { name: /SVG/ }).click();
  });
  expect(svg.download.suggestedFilename()).toBe(
    'client-portal-financial-services-as-is-latency-of-successful-requests.svg',
  );
  const text = svg.bytes.toString('utf8');
  expect(text).not.toContain('var(--');
  const parsed = await parseSvg(page, text);
  expect(parsed.error).toBeNull();
  expect(parsed.root).toBe('svg');
  expect(parsed.text).toContain('Latency of successful requests');
  for (const tick of ticks) expect(parsed.text).toContain(tick);
  // Interactive overlays are gone; the line is drawn with a real colour.
  expect(text).not.toContain('chart-overlay');
  expect(text).toMatch(/class="chart-line"[^>]*style="[^"]*stroke:\s*rgb\(/);

  // The keyboard reaches the menu too: Enter opens it, arrows move, Enter chooses.
  const png = await download(page, async () => {
    await button.focus();
    await page.keyboard.press('Enter');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
  });
  expect(png.download.suggestedFilename()).toBe(
    'client-portal-financial-services-as-is-latency-of-successful-requests.png',
  );
  const box = (await chart.locator('svg[role=img]').boundingBox())!;
  const size = pngSize(png.bytes);
  // 2x the chart plus its padding, title row and legend.
  expect(size.width).toBeGreaterThanOrEqual(2 * Math.floor(box.width));
  expect(size.width).toBeLessThanOrEqual(2 * Math.ceil(box.width) + 60);
  expect(size.height).toBeGreaterThan(2 * Math.floor(box.height));

  // In the dark theme the heat strip's image is dark too, and its row labels are node names.
  await page.emulateMedia({ colorScheme: 'dark' });
  const heat = page.getByRole('button', { name: 'Download Utilisation per node chart' });
  const heatPng = await download(page, async () => {
    await heat.click();
    await page.getByRole('menuitem', { name: /PNG/ }).click();
  });
  const [r, g, b] = await pngPixel(page, heatPng.bytes, 4, 4);
  expect(Math.max(r!, g!, b!)).toBeLessThan(60);
  const heatSvg = await download(page, async () => {
    await heat.click();
    await page.getByRole('menuitem', { name: /SVG/ }).click();
  });
  const heatParsed = await parseSvg(page, heatSvg.bytes.toString('utf8'));
  expect(heatParsed.error).toBeNull();
  for (const name of ['Client portal', 'Accounts database'])
    expect(heatParsed.text).toContain(name);
  expect(heatSvg.bytes.toString('utf8')).not.toContain('var(--');
  await context.close();
});

test('a roadmap trajectory chart downloads as SVG with its own title and tick labels', async () => {
  // The Client portal with a short scenario first, so that simulating every step is quick.
  const project = structuredClone(EXAMPLES.find((e) => e.id === 'client-portal')!.project);
  project.scenarios.unshift({
    id: 'short-peak',
    name: 'Quarterly peak (short)',
    durationS: 120,
    warmupS: 20,
    seed: 3,
    replications: 1,
    load: [
      {
        client: 'customers',
        shape: { type: 'spike', baseRps: 60, peakRps: 300, startS: 30, rampS: 10, holdS: 40 },
      },
    ],
    faults: [],
  });
  const context = await browser.newContext({
    reducedMotion: 'reduce',
    viewport: { width: 1440, height: 900 },
  });
  const page = await context.newPage();
  await page.goto(
    `${baseURL()}#project=${compressToEncodedURIComponent(serializeProject(project))}`,
  );
  await page.getByTestId('view-roadmap').click();
  await page.getByRole('button', { name: 'Simulate roadmap' }).click();
  await page.getByTestId('trajectory-table').waitFor({ timeout: 90_000 });
  const title = 'Latency p99 after each step';
  const button = page.getByRole('button', { name: `Download ${title} chart` });
  const wrap = page.locator('.roadmap-chart-wrap', { has: button });
  const ticks = await wrap.locator('svg.chart text.tick').allTextContents();
  expect(ticks.length).toBeGreaterThan(2);
  const svg = await download(page, async () => {
    await button.click();
    await page.getByRole('menuitem', { name: /SVG/ }).click();
  });
  const text = svg.bytes.toString('utf8');
  expect(text).not.toContain('var(--');
  const parsed = await parseSvg(page, text);
  expect(parsed.error).toBeNull();
  expect(parsed.text).toContain(title);
  for (const tick of ticks) expect(parsed.text).toContain(tick);
  // The title is the chart's own, written once (not repeated by the export).
  // (the image's <title>, the chart's own <title>, and one visible heading).
  expect(parsed.text.split(title).length - 1).toBe(3);
  await context.close();
});

test('in Compare, a chart’s download names its variant: the to-be backlog chart as SVG', async () => {
  const { context, page } = await openModel(browser, SHORT);
  await page.getByTestId('view-compare').click();
  await page.getByLabel('Baseline').selectOption('as-is');
  await page.getByLabel('Compared with').selectOption('to-be');
  await page.getByLabel('Scenario').selectOption('normal-day');
  await page.getByRole('button', { name: 'Run simulation' }).click();
  const column = page.locator('.compare-column[data-variant=to-be]');
  await column.locator('figure.chart svg[role=img]').first().waitFor({ timeout: 90_000 });
  const variantName = (await column.locator('h4').first().textContent())!;
  // Both columns have a latency chart; their buttons say which variant they download.
  await expect
    .poll(() =>
      page
        .getByRole('button', { name: /^Download Latency of successful requests chart \(/ })
        .count(),
    )
    .toBe(2);
  const backlog = column.locator('figure.chart', { has: page.getByText('Backlog per queue') });
  const legend = await backlog.locator('.chart-legend li').allTextContents();
  expect(legend.length).toBeGreaterThan(0);
  const svg = await download(page, async () => {
    await page
      .getByRole('button', { name: `Download Backlog per queue chart (${variantName})` })
      .click();
    await page.getByRole('menuitem', { name: /SVG/ }).click();
  });
  expect(svg.download.suggestedFilename()).toBe(
    'client-portal-financial-services-to-be-backlog-per-queue.svg',
  );
  const text = svg.bytes.toString('utf8');
  expect(text).not.toContain('var(--');
  const parsed = await parseSvg(page, text);
  expect(parsed.error).toBeNull();
  expect(parsed.text).toContain(`Backlog per queue (count) — ${variantName}`);
  // The legend (HTML in the app) is drawn into the image.
  for (const entry of legend) expect(parsed.text).toContain(entry.trim());
  // ...and fits inside the image: every legend label ends before the right edge.
  const overflow = await page.evaluate(
    ({ svgText, labels }) => {
      const host = document.createElement('div');
      host.innerHTML = svgText;
      document.body.append(host);
      const root = host.querySelector('svg')!;
      const width = Number(root.getAttribute('width'));
      const texts = [...root.querySelectorAll(':scope > text')].filter((t) =>
        labels.includes(t.textContent ?? ''),
      );
      const result = {
        found: texts.length,
        beyond: texts.filter(
          (t) => (t as SVGTextElement).getBBox().x + (t as SVGTextElement).getBBox().width > width,
        ).length,
      };
      host.remove();
      return result;
    },
    { svgText: text, labels: legend.map((l) => l.trim()) },
  );
  expect(overflow).toEqual({ found: legend.length, beyond: 0 });
  await context.close();
});

test('a 300-node canvas, where only the visible nodes are rendered, exports every node and keeps the view', async () => {
  const project = generateLargeModel();
  const context = await browser.newContext({
    reducedMotion: 'reduce',
    viewport: { width: 1440, height: 900 },
  });
  const page = await context.newPage();
  await page.goto(
    `${baseURL()}#project=${compressToEncodedURIComponent(serializeProject(project))}`,
  );
  await node(page, 'n0-0').waitFor();
  for (let i = 0; i < 5; i++) await page.getByRole('button', { name: 'Zoom In' }).click();
  const transform = () =>
    page.locator('.react-flow__viewport').evaluate((e) => (e as HTMLElement).style.transform);
  const before = await transform();
  // Zoomed in, only part of the diagram is in the DOM.
  expect(await page.locator('.react-flow__node').count()).toBeLessThan(300);

  // The click returns once the page is idle again: after the whole diagram was drawn.
  const svg = await download(page, () => projectCommand(page, 'Export canvas as SVG', 90_000));
  const count = await page.evaluate(
    (text) =>
      new DOMParser().parseFromString(text, 'image/svg+xml').querySelectorAll('.react-flow__node')
        .length,
    svg.bytes.toString('utf8'),
  );
  expect(count).toBe(300);
  // Scaled down to fit 4000 px, the diagram (whose top-left node is at 0,0) still has a margin.
  const shift = /translate\((-?[\d.]+)px, (-?[\d.]+)px\) scale\(([\d.]+)\)/.exec(
    svg.bytes.toString('utf8'),
  )!;
  expect(Number(shift[3])).toBeLessThan(1);
  expect(Number(shift[1])).toBeGreaterThan(20);
  expect(Number(shift[2])).toBeGreaterThan(20);
  await expect.poll(transform).toBe(before);
  await context.close();
  // Drawing 300 nodes with their inlined styles takes most of two minutes on a loaded machine.
}, 240_000);
