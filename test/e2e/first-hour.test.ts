// The first hour's defects (#19), each kept fixed the way a user meets it in the browser.
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, openApp } from './browser';
import { centreOf, dragBetween, node } from './editor-helpers';

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

for (const width of [1280, 1440, 1920]) {
  test(`at ${width} px the Transform menu opens inside the window, every item whole, and no page is wider than the window`, async () => {
    const { page, close } = await fresh({ width, height: 800 });
    await page.getByRole('button', { name: 'Project' }).click();
    await page.getByRole('menuitem', { name: 'Examples…' }).click();
    await page.getByRole('button', { name: /Open example Order placement/ }).click();
    await node(page, 'order-service').waitFor();
    const pageWidth = () =>
      page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(await pageWidth()).toBeLessThanOrEqual(0);

    await node(page, 'order-service').click();
    await page.getByRole('button', { name: 'Transform' }).click();
    const menu = page.getByRole('menu', { name: 'Transform' });
    await menu.waitFor();
    const box = (await menu.boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(width);
    expect(box.y + box.height).toBeLessThanOrEqual(800);
    const clipped = await menu
      .getByRole('menuitem')
      .evaluateAll((items) =>
        items.filter((i) => i.scrollWidth > i.clientWidth).map((i) => i.textContent),
      );
    expect(clipped).toEqual([]);
    expect(await menu.getByRole('menuitem', { name: 'Fan out through a topic' }).isVisible()).toBe(
      true,
    );
    expect(await pageWidth()).toBeLessThanOrEqual(0);
    for (const view of ['simulate', 'compare', 'roadmap']) {
      await page.keyboard.press('Escape');
      await page.getByTestId(`view-${view}`).click();
      expect(await pageWidth(), view).toBeLessThanOrEqual(0);
    }
    await close();
  });
}
