// "Orchestrate through command queues" as a user applies it from the Transform menu: on a copy of
// a choreographed as-is, the event's publish becomes an orchestrator that commands each former
// subscriber through a queue of its own, recorded as a roadmap step; and on the order-placement
// example's Choreography, the new nodes land where they overlap nothing.
import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, openApp } from './browser';
import { edge, node } from './editor-helpers';
import { openModel } from './simulate-helpers';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const svc = (id: string, name: string, x: number, y: number) => ({
  id,
  name,
  kind: 'service',
  position: { x, y },
  serviceTimeMs: { type: 'constant', value: 2 },
});

/** Orders publishes OrderPlaced; Payments and Stock react to it (a choreography). */
function choreographyFile(): string {
  const file = join(tmpdir(), `spillway-orchestrate-${process.pid}.json`);
  writeFileSync(
    file,
    JSON.stringify({
      format: 'spillway',
      version: 5,
      name: 'Order choreography',
      variants: [
        {
          id: 'as-is',
          name: 'Choreography',
          nodes: [
            { id: 'shop', name: 'Shop', kind: 'client', position: { x: 0, y: 100 } },
            svc('orders', 'Orders', 250, 100),
            { id: 'placed', name: 'OrderPlaced', kind: 'topic', position: { x: 500, y: 100 } },
            svc('payments', 'Payments', 800, 0),
            svc('stock', 'Stock', 800, 200),
          ],
          edges: [
            { id: 'shop-orders', kind: 'call', from: 'shop', to: 'orders' },
            {
              id: 'orders-placed',
              kind: 'publish',
              from: 'orders',
              to: 'placed',
              message: 'OrderPlaced',
            },
            { id: 'placed-payments', kind: 'consume', from: 'placed', to: 'payments' },
            { id: 'placed-stock', kind: 'consume', from: 'placed', to: 'stock' },
          ],
        },
      ],
      scenarios: [
        {
          id: 's',
          name: 'A minute',
          durationS: 60,
          warmupS: 0,
          load: [{ client: 'shop', shape: { type: 'constant', rps: 50 } }],
        },
      ],
    }),
  );
  return file;
}

async function selectEdge(page: Page, id: string): Promise<void> {
  const label = page.getByTestId(`edge-label-${id}`);
  if (await label.count()) await label.click();
  else await edge(page, id).click({ force: true });
}

const ORCHESTRATE = 'Orchestrate through command queues';

async function transform(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Transform' }).click();
  await page.getByRole('menuitem', { name: ORCHESTRATE }).click();
}

/** Whether the Transform menu offers the orchestration for the selection (then closes the menu). */
async function offered(page: Page): Promise<boolean> {
  const menu = page.getByRole('button', { name: 'Transform' });
  if (await menu.isDisabled()) return false; // nothing applies to the selection
  await menu.click();
  const enabled = await page.getByRole('menuitem', { name: ORCHESTRATE }).isEnabled();
  await page.keyboard.press('Escape');
  return enabled;
}

/** Pairs of drawn nodes whose boxes overlap. */
async function overlappingNodes(page: Page): Promise<string[]> {
  const boxes = await page
    .locator('.react-flow__node')
    .evaluateAll((els) =>
      els.map((e) => ({ id: e.getAttribute('data-id'), r: e.getBoundingClientRect() })),
    );
  const out: string[] = [];
  for (const [i, a] of boxes.entries())
    for (const b of boxes.slice(i + 1)) {
      const { r: p } = a;
      const { r: q } = b;
      if (p.left < q.right && q.left < p.right && p.top < q.bottom && q.top < p.bottom)
        out.push(`${a.id} × ${b.id}`);
    }
  return out;
}

test('Orchestrate through command queues from the Transform menu: the orchestrator, a command queue per participant, the step in the roadmap', async () => {
  const { context, page } = await openModel(browser, choreographyFile());
  await node(page, 'orders').waitFor();
  await page.getByRole('button', { name: 'Duplicate variant' }).click();
  await page.getByRole('tab', { name: 'To-be' }).waitFor();

  // Not offered on a call, nor on a subscription: only on the publish of an event.
  await selectEdge(page, 'shop-orders');
  expect(await offered(page)).toBe(false);
  await selectEdge(page, 'orders-placed');
  expect(await offered(page)).toBe(true);

  await transform(page);
  await node(page, 'orders-orchestrator').waitFor();
  expect(await node(page, 'orders-orchestrator').textContent()).toContain('Orders orchestrator');
  for (const [queue, name] of [
    ['payments-commands', 'Payments commands'],
    ['stock-commands', 'Stock commands'],
  ])
    expect(await node(page, queue!).textContent()).toContain(name);
  // The subscribers now take their commands from their queues; the orchestrator takes the event.
  expect(await edge(page, 'placed-payments').count()).toBe(0);
  expect(await edge(page, 'placed-orders-orchestrator').count()).toBe(1);
  expect(await edge(page, 'payments-commands-payments').count()).toBe(1);
  await expect(page.getByTestId('status').textContent()).resolves.toContain(
    'recorded as a roadmap step',
  );
  expect(await overlappingNodes(page)).toEqual([]);
  await page.getByRole('button', { name: 'Zoom to fit' }).click();
  await page.screenshot({ path: '/tmp/orchestrate-canvas.png' });

  // Once orchestrated, the event has one consumer: the command is no longer offered.
  await selectEdge(page, 'orders-placed');
  expect(await offered(page)).toBe(false);

  await page.getByTestId('view-roadmap').click();
  await page.getByTestId('roadmap-view').waitFor();
  const recorded = page.locator('.roadmap-step', { hasText: 'recorded in the editor' });
  await expect.poll(() => recorded.count()).toBe(1);
  const titles = await recorded
    .locator('.roadmap-step-title')
    .evaluateAll((els) => els.map((e) => (e as HTMLInputElement).value));
  expect(titles).toEqual(['Orchestrate OrderPlaced through command queues']);
  expect(await page.getByText('Saved steps left out').count()).toBe(0);
  await page.screenshot({ path: '/tmp/orchestrate-roadmap.png' });
  await context.close();
}, 120_000);

test('on the order-placement example’s Choreography, the orchestrator and its queues overlap no node', async () => {
  const { context, page } = await openApp(browser);
  await page.getByRole('button', { name: 'Project' }).click();
  await page.getByRole('menuitem', { name: 'Examples…' }).click();
  await page.getByRole('button', { name: /Open example Order placement/ }).click();
  await node(page, 'order-service').waitFor();
  await page.getByRole('tab', { name: /^Choreography/ }).click();
  await node(page, 'order-placed').waitFor();

  await selectEdge(page, 'order-placed-publish');
  await transform(page);
  await node(page, 'order-service-orchestrator').waitFor();
  await node(page, 'payment-service-commands').waitFor();
  await node(page, 'inventory-service-commands').waitFor();
  expect(await overlappingNodes(page)).toEqual([]);
  await page.getByRole('button', { name: 'Zoom to fit' }).click();
  await page.screenshot({ path: '/tmp/orchestrate-order-placement.png' });
  await page.locator('.react-flow__pane').hover();
  for (let i = 0; i < 3; i++)
    await page
      .getByRole('button', { name: 'Zoom in' })
      .click()
      .catch(() => undefined);
  await page.screenshot({ path: '/tmp/orchestrate-order-placement-zoom.png' });
  await context.close();
}, 120_000);
