// The first hour's defects (#19), each kept fixed the way a user meets it in the browser.
import { readFile } from 'node:fs/promises';
import { compressToEncodedURIComponent } from 'lz-string';
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { EXAMPLES } from '../../models/examples/index';
import { KPI_COLUMNS } from '../../models/roadmap/format-kpi';
import { serializeProject } from '../../models/serialize';
import type { Project } from '../../models/types';
import { launchBrowser, openApp } from './browser';
import {
  centreOf,
  dragBetween,
  edge,
  node,
  openProjectFile,
  projectCommand,
  withoutFilePickers,
} from './editor-helpers';
import { shortPeak } from './short-peak';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

async function fresh(
  viewport = { width: 1440, height: 900 },
): Promise<{ page: Page; close: () => Promise<void> }> {
  const { context, page } = await openApp(browser, '/', { viewport });
  await node(page, 'portal').waitFor();
  return { page, close: () => context.close() };
}

test('p50 above p99 is refused naming the right bound; fixing p99 clears the stale p50 field', async () => {
  const { page, close } = await fresh();
  await node(page, 'portal').click();
  const serviceTime = page.getByRole('group', { name: /^Service time/ });
  const p50 = serviceTime.getByRole('textbox', { name: 'p50' });
  const p99 = serviceTime.getByRole('textbox', { name: 'p99' });
  expect([await p50.inputValue(), await p99.inputValue()]).toEqual(['8', '40']);

  await p50.fill('60');
  await p50.press('Enter');
  await expect(serviceTime.getByRole('alert').textContent()).resolves.toBe(
    'p50 must be ≤ p99 (40 ms); not applied.',
  );
  expect(await p50.getAttribute('aria-invalid')).toBe('true');

  // The other direction names p50.
  await p99.fill('5');
  await p99.press('Enter');
  await expect(
    serviceTime.getByRole('alert').filter({ hasText: /^p99/ }).textContent(),
  ).resolves.toBe('p99 must be ≥ p50 (8 ms); not applied.');

  // Fixing p99 applies it, and the p50 field shows the model again without its error.
  await p99.fill('400');
  await p99.press('Enter');
  await expect.poll(() => serviceTime.getByRole('alert').count()).toBe(0);
  expect(await p50.getAttribute('aria-invalid')).toBeNull();
  expect([await p50.inputValue(), await p99.inputValue()]).toEqual(['8', '400']);
  await close();
});

test('a database cannot call a service: the drag is refused with why, and the error leaves with the view', async () => {
  const { page, close } = await fresh();
  const edges = await page.locator('.react-flow__edge').count();
  const from = await centreOf(
    page,
    '[data-testid="rf__node-accounts-db"] .react-flow__handle.source',
  );
  const to = await centreOf(page, '[data-testid="rf__node-portal"] .react-flow__handle.target');
  await dragBetween(page, from, to);
  const status = page.getByTestId('status');
  await expect(status.textContent()).resolves.toBe(
    'A database answers calls but makes none, so it cannot call a service; it may publish to a queue or topic.',
  );
  expect(await status.getAttribute('class')).toContain('is-visible');
  expect(await page.locator('.react-flow__edge').count()).toBe(edges);

  // An error is about the view it happened in: another view does not inherit it.
  await page.getByTestId('view-simulate').click();
  await expect.poll(() => status.getAttribute('class')).not.toContain('is-visible');
  await page.getByTestId('view-edit').click();
  expect(await status.getAttribute('class')).not.toContain('is-visible');
  await close();
});

test('the React Flow attribution is shown on the canvas and covers neither the zoom controls nor the minimap', async () => {
  const { page, close } = await fresh({ width: 1280, height: 800 });
  const attribution = page.locator('.react-flow__attribution');
  expect(await attribution.getByRole('link', { name: 'React Flow' }).isVisible()).toBe(true);
  const a = (await attribution.boundingBox())!;
  for (const other of ['.react-flow__controls', '.react-flow__minimap']) {
    const b = (await page.locator(other).boundingBox())!;
    const overlaps =
      a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
    expect(overlaps, other).toBe(false);
  }
  await close();
});

test('at 1280, 1440 and 1920 px the Transform menu opens inside the window, every item whole, and no page is wider than the window', async () => {
  const { page, close } = await fresh({ width: 1280, height: 800 });
  await page.getByRole('button', { name: 'Project' }).click();
  await page.getByRole('menuitem', { name: 'Examples…' }).click();
  await page.getByRole('button', { name: /Open example Order placement/ }).click();
  await node(page, 'order-service').waitFor();
  const pageWidth = () =>
    page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  for (const width of [1280, 1440, 1920]) {
    await page.setViewportSize({ width, height: 800 });
    await page.getByTestId('view-edit').click();
    expect(await pageWidth(), `${width}`).toBeLessThanOrEqual(0);

    await node(page, 'order-service').click();
    await page.getByRole('button', { name: 'Transform' }).click();
    const menu = page.getByRole('menu', { name: 'Transform' });
    await menu.waitFor();
    const box = (await menu.boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width, `${width}`).toBeLessThanOrEqual(width);
    expect(box.y + box.height).toBeLessThanOrEqual(800);
    const clipped = await menu
      .getByRole('menuitem')
      .evaluateAll((items) =>
        items.filter((i) => i.scrollWidth > i.clientWidth).map((i) => i.textContent),
      );
    expect(clipped, `${width}`).toEqual([]);
    expect(await menu.getByRole('menuitem', { name: 'Fan out through a topic' }).isVisible()).toBe(
      true,
    );
    expect(await pageWidth(), `${width}`).toBeLessThanOrEqual(0);
    for (const view of ['simulate', 'compare', 'roadmap']) {
      await page.keyboard.press('Escape');
      await page.getByTestId(`view-${view}`).click();
      expect(await pageWidth(), `${width} ${view}`).toBeLessThanOrEqual(0);
    }
  }
  await close();
});

test('a synchronous call cycle is marked on the canvas and named by node names', async () => {
  const { page, close } = await fresh();
  await page.getByRole('button', { name: 'Project' }).click();
  await page.getByRole('menuitem', { name: 'New blank project' }).click();
  await page.getByRole('button', { name: 'Add service' }).click();
  await page.getByRole('button', { name: 'Add service' }).click();
  await node(page, 'service-2').waitFor();
  const handle = (id: string, end: 'source' | 'target') =>
    centreOf(page, `[data-testid="rf__node-${id}"] .react-flow__handle.${end}`);
  await dragBetween(page, await handle('service', 'source'), await handle('service-2', 'target'));
  await edge(page, 'service-service-2').waitFor();
  const marked = (locator: ReturnType<typeof node>) =>
    locator
      .locator('.has-problem')
      .count()
      .then((n) => n > 0);
  expect(await marked(node(page, 'service'))).toBe(false);

  await dragBetween(page, await handle('service-2', 'source'), await handle('service', 'target'));
  await edge(page, 'service-2-service').waitFor();
  for (const n of ['service', 'service-2']) expect(await marked(node(page, n)), n).toBe(true);
  for (const e of ['service-service-2', 'service-2-service'])
    expect(await marked(edge(page, e)), e).toBe(true);

  // The project's warning says it with the names the user sees.
  const names = await Promise.all(
    ['service', 'service-2'].map((id) => node(page, id).locator('.model-node-name').textContent()),
  );
  await page.locator('.react-flow__pane').click({ position: { x: 20, y: 20 } });
  await expect(page.getByTestId('inspector-problems').textContent()).resolves.toContain(
    `synchronous call cycle ${names[0]} → ${names[1]} → ${names[0]}`,
  );

  // Undo the second call: the marks go.
  await page.getByRole('button', { name: 'Undo' }).click();
  await edge(page, 'service-2-service').waitFor({ state: 'detached' });
  for (const n of ['service', 'service-2']) expect(await marked(node(page, n)), n).toBe(false);
  await close();
});

test('the canvas SVG export: the background covers the image, every node lies on it, and 13 nodes weigh under 100 kB', async () => {
  const { page, close } = await fresh({ width: 1280, height: 800 });
  await page.getByRole('tab', { name: /^To-be/ }).click();
  await node(page, 'transactions').waitFor();
  // Panned and zoomed away from the origin, as a user leaves it.
  for (let i = 0; i < 3; i++) await page.getByRole('button', { name: 'Zoom In' }).click();
  const downloading = page.waitForEvent('download', { timeout: 90_000 });
  await projectCommand(page, 'Export canvas as SVG');
  const file = await downloading;
  const text = await readFile(await file.path(), 'utf8');
  expect(Buffer.byteLength(text)).toBeLessThan(100_000);

  // Drawn in the page as it is in an image viewer: measure the background and the nodes.
  const geometry = await page.evaluate((svgText) => {
    const holder = document.createElement('div');
    holder.style.cssText = 'position:fixed;left:0;top:0;z-index:9999';
    holder.innerHTML = svgText;
    document.body.append(holder);
    const svg = holder.querySelector('svg')!;
    const box = (el: Element) => {
      const r = el.getBoundingClientRect();
      return { x: r.x, y: r.y, right: r.right, bottom: r.bottom };
    };
    const background = svg.querySelector(':scope > rect');
    return {
      svg: box(svg),
      background: background ? box(background) : null,
      fill: background?.getAttribute('fill') ?? null,
      nodes: [...svg.querySelectorAll('.react-flow__node')].map(box),
    };
  }, text);
  expect(geometry.background).toEqual(geometry.svg);
  expect(geometry.fill).toMatch(/^(#|rgb)/);
  expect(geometry.nodes.length).toBe(13);
  for (const n of geometry.nodes) {
    expect(n.x).toBeGreaterThanOrEqual(geometry.svg.x);
    expect(n.y).toBeGreaterThanOrEqual(geometry.svg.y);
    expect(n.right).toBeLessThanOrEqual(geometry.svg.right);
    expect(n.bottom).toBeLessThanOrEqual(geometry.svg.bottom);
  }
  await close();
});

test('a transformation after hand edits keeps its recorded step on the Roadmap: nothing is left out', async () => {
  const { page, close } = await fresh();
  await page.getByRole('tab', { name: /^To-be/ }).click();
  await node(page, 'transactions').waitFor();
  const ids = () =>
    page
      .locator('.react-flow__node')
      .evaluateAll((els) => els.map((e) => e.getAttribute('data-id') ?? ''));
  const before = await ids();

  // By hand: two new services, each called by the portal (a fan out needs two calls).
  const handle = (id: string, end: 'source' | 'target') =>
    centreOf(page, `[data-testid="rf__node-${id}"] .react-flow__handle.${end}`);
  const added: string[] = [];
  for (let i = 0; i < 2; i++) {
    await page.getByRole('button', { name: 'Add service' }).click();
    await expect.poll(async () => (await ids()).length).toBe(before.length + added.length + 1);
    added.push((await ids()).find((id) => !before.includes(id) && !added.includes(id))!);
    const edges = await page.locator('.react-flow__edge').count();
    await dragBetween(page, await handle('portal', 'source'), await handle(added[i]!, 'target'));
    await expect.poll(() => page.locator('.react-flow__edge').count()).toBe(edges + 1);
  }
  const addedNames = await Promise.all(
    added.map((id) => node(page, id).locator('.model-node-name').textContent()),
  );

  // Then a transformation on the caller, recorded as a roadmap step.
  await node(page, 'portal').click();
  await page.getByRole('button', { name: 'Transform' }).click();
  await page.getByRole('menuitem', { name: 'Fan out through a topic' }).click();
  await expect.poll(() => page.getByTestId('status').textContent()).toMatch(/topic/i);

  await page.getByTestId('view-roadmap').click();
  await page.getByTestId('roadmap-view').waitFor();
  expect(await page.getByText('Saved steps left out').count()).toBe(0);
  const titles = await page
    .locator('.roadmap-step-title')
    .evaluateAll((els) => els.map((e) => (e as HTMLInputElement).value));
  const recorded = page.locator('.roadmap-step', { hasText: 'recorded in the editor' });
  expect(await recorded.count()).toBe(1);
  const recordedTitle = await recorded.locator('.roadmap-step-title').inputValue();
  expect(recordedTitle).toMatch(/^Fan out/);
  expect(titles).toContain(recordedTitle);
  // The step subscribes the new services the hand edits made, so it adds them.
  await recorded.getByRole('button', { name: 'Details' }).click();
  const details = await recorded.locator('.roadmap-step-details').textContent();
  for (const name of addedNames) expect(details).toContain(name);
  await close();
});

test('a reorder while the roadmap simulates restarts it without a failure, and Cancel is no failure either', async () => {
  const project = structuredClone(EXAMPLES.find((e) => e.id === 'client-portal')!.project);
  project.scenarios.unshift(shortPeak());
  const { context, page } = await openApp(
    browser,
    `/#project=${compressToEncodedURIComponent(serializeProject(project))}`,
  );
  await page.getByTestId('view-roadmap').click();
  const titles = () =>
    page
      .locator('.roadmap-step-title')
      .evaluateAll((els) => els.map((e) => (e as HTMLInputElement).value));
  const original = await titles();
  // Every alert the view shows, even one that a later run would take away.
  await page.evaluate(() => {
    const seen: string[] = [];
    (window as unknown as { alerts: string[] }).alerts = seen;
    new MutationObserver(() => {
      for (const a of document.querySelectorAll('[role=alert]'))
        if (a.textContent && !seen.includes(a.textContent)) seen.push(a.textContent);
    }).observe(document.body, { subtree: true, childList: true, characterData: true });
  });
  const alerts = () => page.evaluate(() => (window as unknown as { alerts: string[] }).alerts);
  const running = page.getByRole('status').filter({ hasText: /^Simulating/ });

  await page.getByRole('button', { name: 'Simulate roadmap' }).click();
  await page.getByTestId('trajectory-table').waitFor({ timeout: 90_000 });
  await running.waitFor({ state: 'detached', timeout: 90_000 });

  // Two reorders in a row: the second restarts the simulation the first started.
  await page.getByRole('button', { name: 'Move step 2 up' }).click();
  await running.waitFor();
  await page.getByRole('button', { name: 'Move step 2 up' }).click();
  expect(await titles()).toEqual(original);
  // The restarted run shows its progress until it ends, with the rows of the final order.
  expect(await running.isVisible()).toBe(true);
  await running.waitFor({ state: 'detached', timeout: 90_000 });
  const rows = await page.getByTestId('trajectory-table').locator('tbody tr').count();
  expect(rows).toBe(original.length + 1);
  expect(await alerts()).toEqual([]);

  // The user's own Cancel ends the run quietly too.
  await page.getByRole('button', { name: 'Move step 2 up' }).click();
  await running.waitFor();
  await page.getByRole('button', { name: 'Cancel' }).click();
  await running.waitFor({ state: 'detached' });
  expect(await alerts()).toEqual([]);
  expect(await page.getByRole('button', { name: 'Simulate roadmap' }).isEnabled()).toBe(true);
  await context.close();
});

/** The Client portal with the short peak first; `edit` changes it before it opens. */
async function portalWithShortPeak(
  edit: (project: Project) => void = () => undefined,
  options: Parameters<typeof openApp>[2] = {},
): Promise<{ page: Page; close: () => Promise<void> }> {
  const project = structuredClone(EXAMPLES.find((e) => e.id === 'client-portal')!.project);
  project.scenarios.unshift(shortPeak());
  edit(project);
  const { context, page } = await openApp(
    browser,
    `/#project=${compressToEncodedURIComponent(serializeProject(project))}`,
    options,
  );
  return { page, close: () => context.close() };
}

for (const colorScheme of ['light', 'dark'] as const) {
  test(`Roadmap in ${colorScheme} mode: the chart download buttons show their icon, the lines take the theme's colours, the table stays in its column`, async () => {
    // The short peak at a quarter: the colours and the layout are the point, not the figures.
    const quarter = (project: Project) => (project.scenarios[0] = shortPeak(0.25));
    const { page, close } = await portalWithShortPeak(quarter, {
      colorScheme,
      viewport: { width: 1280, height: 800 },
    });
    await page.getByTestId('view-roadmap').click();
    await page.getByRole('button', { name: 'Simulate roadmap' }).click();
    await page.getByTestId('trajectory-table').waitFor({ timeout: 90_000 });

    const buttons = page.locator('.roadmap-chart-wrap').getByRole('button', { name: /^Download/ });
    expect(await buttons.count()).toBe(KPI_COLUMNS.length);
    for (const icon of await buttons.locator('svg').all()) {
      const box = (await icon.boundingBox())!;
      expect(box.width).toBeGreaterThanOrEqual(12);
    }
    // Each line is drawn in the theme's series colour, as every other chart in the app.
    const colours = await page.locator('.roadmap-chart').evaluateAll((charts) =>
      charts.map((c) => {
        const line = getComputedStyle(c.querySelector('polyline')!).stroke;
        const probe = document.createElement('span');
        probe.style.color = (c as HTMLElement).style.color;
        document.body.append(probe);
        const theme = getComputedStyle(probe).color;
        probe.remove();
        return { line, theme, text: getComputedStyle(c.querySelector('.tick')!).fill };
      }),
    );
    for (const c of colours) expect(c.line).toBe(c.theme);
    expect(new Set(colours.map((c) => c.line)).size).toBe(KPI_COLUMNS.length);
    if (colorScheme === 'dark') {
      // Light lines and labels on the dark page: the lightest channel is high.
      for (const c of colours) {
        const channels = (c.line.match(/\d+/g) ?? []).slice(0, 3).map(Number);
        expect(Math.max(...channels), c.line).toBeGreaterThan(150);
      }
    }
    const scroll = (await page.locator('.roadmap-table-scroll').boundingBox())!;
    expect(scroll.x + scroll.width).toBeLessThanOrEqual(1280);
    expect(
      await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth),
    ).toBeLessThanOrEqual(0);
    await close();
  });
}

test('short faults: each label in the scenario preview lies inside the chart, after or before its bar', async () => {
  const { page, close } = await portalWithShortPeak(
    (p) =>
      (p.scenarios[0]!.faults = [
        { type: 'outage', node: 'identity-validation', startS: 60, endS: 66 },
        { type: 'slowdown', node: 'balance-verification', startS: 170, endS: 178, factor: 3 },
      ]),
    { viewport: { width: 1280, height: 800 } },
  );
  await page.getByTestId('view-simulate').click();
  const chart = page.locator('figure.chart', { hasText: 'Offered load' });
  await chart.locator('.fault text').first().waitFor();
  const svg = (await chart.locator('svg[role=img]').boundingBox())!;
  const labels = await chart.locator('.fault').evaluateAll((lanes) =>
    lanes.map((g) => {
      const r = g.querySelector('rect')!.getBoundingClientRect();
      const t = g.querySelector('text')!.getBoundingClientRect();
      return {
        text: g.querySelector('text')!.textContent,
        rect: [r.left, r.right],
        label: [t.left, t.right],
      };
    }),
  );
  expect(labels.map((l) => l.text)).toEqual([
    'Identity validation down',
    'Balance verification 3× slower',
  ]);
  for (const l of labels) {
    expect(l.label[0]!).toBeGreaterThanOrEqual(svg.x);
    expect(l.label[1]!).toBeLessThanOrEqual(svg.x + svg.width);
    // Not over its own bar: a bar this short cannot hold it.
    expect(l.label[0]! >= l.rect[1]! || l.label[1]! <= l.rect[0]!, l.text!).toBe(true);
  }
  await close();
});

test('a long node name wraps in the inspector heading (two lines at most, the whole name in its title); counts are singular for one', async () => {
  const { page, close } = await fresh({ width: 1280, height: 800 });
  await projectCommand(page, 'New blank project');
  const inspector = page.getByTestId('inspector');
  await expect
    .poll(() => inspector.textContent())
    .toContain('1 variant · 0 scenarios · 0 recorded roadmap steps');
  expect(await inspector.textContent()).toContain('0 nodes · 0 edges.');
  await page.getByRole('button', { name: 'Add service' }).click();
  await node(page, 'service').waitFor();
  await page.locator('.react-flow__pane').click({ position: { x: 20, y: 20 } });
  await expect.poll(() => inspector.textContent()).toContain('1 node · 0 edges.');

  await node(page, 'service').click();
  const long = `payment-authorisation-gateway-${'x'.repeat(90)}`;
  const name = page.getByRole('textbox', { name: 'Name', exact: true });
  await name.fill(long);
  await name.press('Enter');
  const heading = page.getByTestId('inspector').getByRole('heading', { level: 2 });
  await expect.poll(() => heading.getAttribute('title')).toBe(`Service: ${long}`);
  const fits = await heading.evaluate((h) => ({
    wide: h.scrollWidth <= h.clientWidth,
    lines:
      h.getBoundingClientRect().height /
      (parseFloat(getComputedStyle(h).lineHeight) ||
        1.2 * parseFloat(getComputedStyle(h).fontSize)),
  }));
  expect(fits.wide).toBe(true);
  expect(fits.lines).toBeLessThanOrEqual(2.05);
  await close();
});

const zoomOf = (page: Page): Promise<number> =>
  page
    .locator('.react-flow__viewport')
    .evaluate((v) => new DOMMatrix(getComputedStyle(v).transform).a);

test('a new blank project opens at 100 % whatever the zoom before; zoomed out, a handle is grabbed beside its dot', async () => {
  const { page, close } = await fresh();
  for (let i = 0; i < 3; i++) await page.getByRole('button', { name: 'Zoom Out' }).click();
  await expect.poll(() => zoomOf(page)).toBeLessThan(0.6);
  await projectCommand(page, 'New blank project');
  await expect.poll(() => zoomOf(page)).toBe(1);

  await page.getByRole('button', { name: 'Add service' }).click();
  await page.getByRole('button', { name: 'Add service' }).click();
  await node(page, 'service-2').waitFor();
  for (let i = 0; i < 4; i++) await page.getByRole('button', { name: 'Zoom Out' }).click();
  await expect.poll(() => zoomOf(page)).toBeLessThan(0.6);
  // The dot is 10 × zoom px wide; a press 6 px beside its centre still starts a connection.
  const source = await centreOf(
    page,
    '[data-testid="rf__node-service"] .react-flow__handle.source',
  );
  const target = await centreOf(
    page,
    '[data-testid="rf__node-service-2"] .react-flow__handle.target',
  );
  const dot = (await page
    .locator('[data-testid="rf__node-service"] .react-flow__handle.source')
    .boundingBox())!;
  expect(dot.width).toBeLessThan(6);
  await dragBetween(page, { x: source.x + 6, y: source.y }, target);
  await edge(page, 'service-service-2').waitFor();
  await close();
});

test('a new queue from a transformation lands on screen beside the nodes it joins, its lines under no other node', async () => {
  const { page, close } = await fresh({ width: 1280, height: 800 });
  // Zoomed in: the call from Balance verification to Statement generation, with the database
  // both call drawn below it, fills the screen.
  await edge(page, 'balance-statement').click({ force: true });
  await expect.poll(() => page.getByRole('button', { name: 'Transform' }).isEnabled()).toBe(true);
  for (let i = 0; i < 3; i++) await page.getByRole('button', { name: 'Zoom In' }).click();
  await page.getByRole('button', { name: 'Transform' }).click();
  await page.getByRole('menuitem', { name: 'Decouple through a queue' }).click();
  const queue = node(page, 'statement-generation-queue');
  await queue.waitFor();

  const boxes = await page.locator('.react-flow__node').evaluateAll((els) =>
    els.map((e) => {
      const r = e.getBoundingClientRect();
      return { id: e.getAttribute('data-id')!, x: r.x, y: r.y, w: r.width, h: r.height };
    }),
  );
  const pane = (await page.locator('.react-flow').boundingBox())!;
  await expect
    .poll(async () => {
      const q = (await queue.boundingBox())!;
      return (
        q.x >= pane.x &&
        q.y >= pane.y &&
        q.x + q.width <= pane.x + pane.width &&
        q.y + q.height <= pane.y + pane.height
      );
    })
    .toBe(true);
  const byId = new Map(boxes.map((b) => [b.id, b]));
  const q = byId.get('statement-generation-queue')!;
  const centre = (b: typeof q) => ({ x: b.x + b.w / 2, y: b.y + b.h / 2 });
  for (const other of boxes) {
    if (other.id === q.id) continue;
    const apart =
      q.x + q.w <= other.x ||
      other.x + other.w <= q.x ||
      q.y + q.h <= other.y ||
      other.y + other.h <= q.y;
    expect(apart, other.id).toBe(true);
  }
  // Sampled along each line from the queue to the nodes it joins: no point inside a third node.
  for (const end of ['balance-verification', 'statement-generation']) {
    const a = centre(q);
    const b = centre(byId.get(end)!);
    for (let t = 0.05; t < 0.95; t += 0.01) {
      const p = { x: a.x + (b.x - a.x) * t, y: a.y + (b.y - a.y) * t };
      const under = boxes.find(
        (o) =>
          o.id !== q.id &&
          o.id !== end &&
          p.x > o.x &&
          p.x < o.x + o.w &&
          p.y > o.y &&
          p.y < o.y + o.h,
      );
      expect(under?.id, `${end} at ${t.toFixed(2)}`).toBeUndefined();
    }
  }
  await close();
});

test('auto-layout keeps a six-node chain in one row, in its order', async () => {
  const project = structuredClone(EXAMPLES.find((e) => e.id === 'client-portal')!.project);
  const as = project.variants[0]!;
  const ids = [
    'customers',
    'portal',
    'identity-validation',
    'balance-verification',
    'statement-generation',
  ];
  // Five of the as-is's nodes and a sixth service, in a zig-zag, called one after the other.
  as.nodes = as.nodes.filter((n) => ids.includes(n.id));
  const extra = {
    ...as.nodes.find((n) => n.id === 'statement-generation')!,
    id: 'archive',
    name: 'Archive',
  };
  as.nodes.push(extra);
  as.nodes.forEach((n, i) => (n.position = { x: i * 60, y: (i % 2) * 240 }));
  const chain = [...ids, 'archive'];
  as.edges = as.edges.filter(
    (e) => chain.includes(e.from) && chain.includes(e.to) && e.to !== 'accounts-db',
  );
  as.edges.push({
    ...as.edges.find((e) => e.kind === 'call' && e.from === 'portal')!,
    id: 'statement-archive',
    from: 'statement-generation',
    to: 'archive',
  });
  project.variants = [as];
  project.roadmap = undefined;
  const { context, page } = await openApp(
    browser,
    `/#project=${compressToEncodedURIComponent(serializeProject(project))}`,
    { viewport: { width: 1280, height: 800 } },
  );
  await node(page, 'archive').waitFor();
  expect(await page.locator('.react-flow__edge').count()).toBe(5);
  await page.getByRole('button', { name: 'Auto-layout' }).click();
  const tops = () => Promise.all(chain.map(async (id) => (await node(page, id).boundingBox())!));
  // Auto-layout and the redraw can take longer than poll's default 1 s on a busy machine.
  await expect
    .poll(async () => new Set((await tops()).map((b) => Math.round(b.y + b.height / 2))).size, {
      timeout: 15_000,
    })
    .toBe(1);
  const xs = (await tops()).map((b) => b.x);
  expect(xs).toEqual([...xs].sort((a, b) => a - b));
  await context.close();
});

test('Open on a trace file says to import it; a file with several problems lists each at its JSON path', async () => {
  const { page, close } = await fresh({ width: 1280, height: 800 });
  await withoutFilePickers(page.context());
  await page.reload();
  await node(page, 'portal').waitFor();
  const otlp = {
    resourceSpans: [
      {
        resource: { attributes: [{ key: 'service.name', value: { stringValue: 'checkout' } }] },
        scopeSpans: [{ spans: [{ traceId: 'a1', spanId: 'b1', name: 'GET /cart', kind: 2 }] }],
      },
    ],
  };
  await openProjectFile(page, { name: 'traces.json', text: JSON.stringify(otlp) });
  const report = page.getByRole('alertdialog', { name: 'Could not open traces.json' });
  await report.waitFor();
  const said = await report.locator('li').allTextContents();
  expect(said).toHaveLength(1);
  expect(said[0]).toContain(
    'this is a trace file (OpenTelemetry OTLP JSON), not a Spillway project',
  );
  expect(said[0]).toContain('“Import traces…” in the Project menu');
  await report.getByRole('button', { name: 'OK' }).click();
  // The menu has that command.
  await page.getByRole('button', { name: 'Project' }).click();
  expect(await page.getByRole('menuitem', { name: 'Import traces…' }).isVisible()).toBe(true);
  await page.keyboard.press('Escape');

  // No version, and a service with -2 replicas: both said, each where it is.
  const project = structuredClone(EXAMPLES.find((e) => e.id === 'client-portal')!.project);
  const doc = JSON.parse(serializeProject(project)) as Record<string, unknown>;
  delete doc.version;
  const nodes = (doc.variants as { nodes: Record<string, unknown>[] }[])[0]!.nodes;
  const i = nodes.findIndex((n) => n.id === 'portal');
  nodes[i]!.replicas = -2;
  await openProjectFile(page, { name: 'broken.json', text: JSON.stringify(doc) });
  const broken = page.getByRole('alertdialog', { name: 'Could not open broken.json' });
  await broken.waitFor();
  const lines = await broken.locator('li').allTextContents();
  expect(lines[0]).toMatch(/^version: is required/);
  expect(lines.some((l) => l.startsWith(`variants[0].nodes[${i}].replicas:`))).toBe(true);
  expect(await page.getByTestId('status').textContent()).toContain(`${lines.length} problems`);
  await close();
});
