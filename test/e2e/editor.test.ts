// The editor as a user drives it: mouse on the canvas, the inspector, the menus, files and links.
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { kindColour } from '../../models/kinds/kind-colours';
import { launchBrowser, openApp } from './browser';
import { centreOf, dragBetween, edge, node, projectCommand } from './editor-helpers';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

async function fresh(): Promise<{ page: Page; close: () => Promise<void> }> {
  const { context, page } = await openApp(browser);
  await node(page, 'portal').waitFor();
  return { page, close: () => context.close() };
}

test('the app opens on the Client portal example with its nodes visible', async () => {
  const { page, close } = await fresh();
  await expect(page.getByRole('textbox', { name: 'Project name' }).inputValue()).resolves.toBe(
    'Client portal (financial services)',
  );
  for (const id of [
    'customers',
    'portal',
    'identity-validation',
    'balance-verification',
    'statement-generation',
    'accounts-db',
  ]) {
    expect(await node(page, id).isVisible()).toBe(true);
  }
  expect(await page.getByRole('tab', { name: 'As-is' }).getAttribute('aria-selected')).toBe('true');
  // Each node is drawn in its kind's colour from the registry's stylesheet.
  for (const [id, kind] of [
    ['customers', 'client'],
    ['portal', 'service'],
    ['accounts-db', 'database'],
  ] as const) {
    const colour = await node(page, id)
      .locator('.model-node')
      .evaluate((el) => getComputedStyle(el).getPropertyValue('--kind').trim());
    expect(colour, id).toBe(kindColour(kind));
  }
  // The to-be's message edges move (dashes) unless the user asks the system for less motion. The
  // browser tests ask for it (see browser.ts): moving dashes keep a software-rendered page busy.
  await page.getByRole('tab', { name: /^To-be/ }).click();
  await node(page, 'statement-requests').waitFor();
  const movingDashes = () =>
    page.evaluate(
      () =>
        document
          .getAnimations()
          .filter((a) => a instanceof CSSAnimation && a.animationName === 'dashdraw').length,
    );
  await expect(movingDashes()).resolves.toBe(0);
  await page.emulateMedia({ reducedMotion: 'no-preference' });
  await expect.poll(movingDashes).toBeGreaterThan(0);
  await close();
});

test('add two services from the palette and connect them with a call by dragging handle to handle', async () => {
  const { page, close } = await fresh();
  await page.getByRole('button', { name: 'Project' }).click();
  await page.getByRole('menuitem', { name: 'New blank project' }).click();
  await page.getByRole('button', { name: 'Add service' }).click();
  await page.getByRole('button', { name: 'Add service' }).click();
  await node(page, 'service').waitFor();
  await node(page, 'service-2').waitFor();
  expect(await page.locator('.react-flow__edge').count()).toBe(0);

  const from = await centreOf(page, '[data-testid="rf__node-service"] .react-flow__handle.source');
  const to = await centreOf(page, '[data-testid="rf__node-service-2"] .react-flow__handle.target');
  await dragBetween(page, from, to);
  await edge(page, 'service-service-2').waitFor();
  expect(await edge(page, 'service-service-2').getAttribute('aria-label')).toBe(
    'call from Service 1 to Service 2',
  );
  await expect(page.getByTestId('status').textContent()).resolves.toContain('Added a call');

  // An invalid connection is refused with a reason: a database cannot call anything, a queue feeds only services.
  await page.getByRole('button', { name: 'Add queue' }).click();
  await page.getByRole('button', { name: 'Add database' }).click();
  await node(page, 'database').waitFor();
  const q = await centreOf(page, '[data-testid="rf__node-queue"] .react-flow__handle.source');
  const db = await centreOf(page, '[data-testid="rf__node-database"] .react-flow__handle.target');
  await dragBetween(page, q, db);
  await expect(page.getByTestId('status').textContent()).resolves.toContain(
    'can only be consumed by a service',
  );
  expect(await page.locator('.react-flow__edge').count()).toBe(1);
  await close();
});

/** Clicks an edge where a user would: on its label when it has one, else on its line. */
async function selectEdge(page: Page, id: string): Promise<void> {
  const label = page.getByTestId(`edge-label-${id}`);
  if (await label.count()) await label.click();
  else await edge(page, id).click({ force: true });
  await page.getByRole('heading', { level: 2, name: /^(Call|Publish|Consume):/ }).waitFor();
}

test('set a timeout in the inspector; an invalid value is refused with a message; undo and redo', async () => {
  const { page, close } = await fresh();
  const label = page.getByTestId('edge-label-balance-statement');
  expect(await label.getAttribute('title')).toBe('call, timeout 5000 ms');
  await selectEdge(page, 'balance-statement');
  const timeout = page.getByRole('textbox', { name: /Timeout/ });
  expect(await timeout.inputValue()).toBe('5000');
  await timeout.fill('-5');
  await timeout.press('Enter');
  const alert = page.getByRole('alert');
  await alert.waitFor();
  expect(await alert.textContent()).toMatch(/Timeout must be > 0; not applied/);
  expect(await label.getAttribute('title')).toBe('call, timeout 5000 ms');

  await timeout.fill('1500');
  await timeout.press('Enter');
  await page.waitForFunction(
    () =>
      document
        .querySelector('[data-testid="edge-label-balance-statement"]')
        ?.getAttribute('title') === 'call, timeout 1500 ms',
  );
  expect(await page.getByRole('alert').count()).toBe(0);

  await page.getByRole('button', { name: 'Undo' }).click();
  await page.waitForFunction(
    () =>
      document
        .querySelector('[data-testid="edge-label-balance-statement"]')
        ?.getAttribute('title') === 'call, timeout 5000 ms',
  );
  expect(await timeout.inputValue()).toBe('5000');
  await page.getByRole('button', { name: 'Redo' }).click();
  await page.waitForFunction(
    () =>
      document
        .querySelector('[data-testid="edge-label-balance-statement"]')
        ?.getAttribute('title') === 'call, timeout 1500 ms',
  );
  // And from the keyboard, with the focus on the canvas.
  await page.locator('.react-flow__pane').click({ position: { x: 20, y: 20 } });
  await page.keyboard.press('Control+z');
  await page.waitForFunction(
    () =>
      document
        .querySelector('[data-testid="edge-label-balance-statement"]')
        ?.getAttribute('title') === 'call, timeout 5000 ms',
  );
  await page.keyboard.press('Control+Shift+z');
  await page.waitForFunction(
    () =>
      document
        .querySelector('[data-testid="edge-label-balance-statement"]')
        ?.getAttribute('title') === 'call, timeout 1500 ms',
  );

  // The circuit breaker's fields: each commits the breaker with its one value changed.
  await selectEdge(page, 'balance-statement');
  await page.getByRole('checkbox', { name: 'Open the circuit on repeated failures' }).check();
  const ratio = page.getByRole('textbox', { name: /Failure ratio/ });
  const minCalls = page.getByRole('textbox', { name: /Min calls/ });
  expect([await ratio.inputValue(), await minCalls.inputValue()]).toEqual(['0.5', '20']);
  await ratio.fill('1.5');
  await ratio.press('Enter');
  await page.getByRole('alert').waitFor();
  expect(await page.getByRole('alert').textContent()).toMatch(/^Failure ratio .*; not applied\.$/);
  await ratio.fill('0.7');
  await ratio.press('Enter');
  await minCalls.fill('40');
  await minCalls.press('Enter');
  expect(await page.getByRole('alert').count()).toBe(0);
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect.poll(() => minCalls.inputValue()).toBe('20');
  expect([await ratio.inputValue(), await minCalls.inputValue()]).toEqual(['0.7', '20']);
  await close();
});

test('delete a variant: asked in an in-app dialog (Escape and Cancel keep it, Enter deletes), the last one cannot go, undo brings it back', async () => {
  const { page, close } = await fresh();
  let nativeDialogs = 0;
  page.on('dialog', (d) => {
    nativeDialogs++;
    void d.dismiss();
  });
  const toBe = page.getByRole('tab', { name: /^To-be/ });
  await toBe.click();
  await node(page, 'transactions').waitFor();
  const remove = page.getByRole('button', { name: 'Delete variant' });
  const asking = page.getByRole('alertdialog', { name: 'Delete variant' });

  // Escape cancels: nothing changes, focus goes back to the page.
  await remove.click();
  await asking.waitFor();
  await expect(asking.textContent()).resolves.toContain(
    'Delete the variant “To-be: queues and a notification topic”?',
  );
  // The go-ahead button has the focus, and Tab stays inside the dialog.
  const focusedLabel = () => page.evaluate(() => document.activeElement?.textContent ?? '');
  expect(await focusedLabel()).toBe('Delete variant');
  for (let i = 0; i < 4; i++) {
    await page.keyboard.press('Tab');
    expect(
      await page.evaluate(
        () => !!document.activeElement?.closest('[data-testid="confirm-dialog"]'),
      ),
    ).toBe(true);
  }
  await page.keyboard.press('Escape');
  await asking.waitFor({ state: 'detached' });
  expect(await page.getByRole('tab').count()).toBe(2);

  // Cancel keeps it too.
  await remove.click();
  await asking.getByRole('button', { name: 'Cancel' }).click();
  await asking.waitFor({ state: 'detached' });
  expect(await page.getByRole('tab').count()).toBe(2);

  // Enter goes ahead.
  await remove.click();
  await asking.waitFor();
  await page.keyboard.press('Enter');
  await page.getByRole('tab', { name: /^To-be/ }).waitFor({ state: 'detached' });
  expect(await page.getByRole('tab').count()).toBe(1);
  expect(await page.getByRole('tab', { name: /^As-is/ }).getAttribute('aria-selected')).toBe(
    'true',
  );
  await expect(page.getByTestId('status').textContent()).resolves.toContain(
    'Deleted “To-be: queues and a notification topic”.',
  );
  expect(nativeDialogs).toBe(0);
  // A project keeps at least one variant.
  expect(await remove.isDisabled()).toBe(true);

  await page.getByRole('button', { name: 'Undo' }).click();
  await page.getByRole('tab', { name: /^To-be/ }).waitFor();
  expect(await page.getByRole('tab').count()).toBe(2);
  expect(await remove.isDisabled()).toBe(false);
  await close();
});

test('copy a queue in one tab and paste it into a new project in another: the system clipboard carries it', async () => {
  const { page, close } = await fresh();
  await page.getByRole('tab', { name: /^To-be/ }).click();
  await node(page, 'transactions').click();
  // Every text the status line shows from now on: the 'wider than the screen' hint, due 400 ms
  // after the canvas starts, may replace the copy's message before it can be read.
  await page.evaluate(() => {
    const shown: string[] = [];
    (window as unknown as { statusShown: string[] }).statusShown = shown;
    new MutationObserver(() => {
      const text = document.querySelector('[data-testid=status]')?.textContent;
      if (text) shown.push(text);
    }).observe(document.body, { subtree: true, childList: true, characterData: true });
  });
  await page.keyboard.press('Control+c');
  await expect
    .poll(() => page.evaluate(() => (window as unknown as { statusShown: string[] }).statusShown))
    .toContainEqual(expect.stringContaining('Copied 1 node.'));

  // A second tab of the same browser: a new blank project there.
  const other = await page.context().newPage();
  await other.goto(page.url());
  await node(other, 'portal').waitFor();
  await projectCommand(other, 'New blank project');
  await other.getByRole('tab').first().waitFor();
  expect(await other.locator('.react-flow__node').count()).toBe(0);
  await other.locator('.react-flow__pane').click({ position: { x: 200, y: 200 } });
  await other.keyboard.press('Control+v');
  await node(other, 'transactions').waitFor();
  expect(await node(other, 'transactions').textContent()).toContain('Submitted transactions copy');
  // Its dead-letter queue was not copied and does not exist here: the reference is cleared.
  expect(await other.getByRole('combobox', { name: 'Dead-letter queue' }).inputValue()).toBe('');
  await expect(other.getByTestId('status').textContent()).resolves.not.toMatch(/invalid|error/i);
  await close();
});

test('decouple a call through a queue: the queue appears with publish and consume edges, is recorded, and survives a reload', async () => {
  const { page, close } = await fresh();
  // Plan on a copy of the as-is (the example's to-be is already fully event-driven).
  await page.getByRole('button', { name: 'Duplicate variant' }).click();
  const copy = page.getByRole('tab', { name: 'As-is: synchronous chain (copy)' });
  await copy.waitFor();
  await selectEdge(page, 'balance-statement');
  await page.getByRole('button', { name: 'Transform' }).click();
  await page.getByRole('menuitem', { name: 'Decouple through a queue' }).click();
  await node(page, 'statement-generation-queue').waitFor();
  expect(await node(page, 'statement-generation-queue').textContent()).toContain('Queue');
  expect(await edge(page, 'balance-statement').count()).toBe(0);
  expect(
    await page
      .locator('[aria-label="publish from Balance verification to Statement generation queue"]')
      .count(),
  ).toBe(1);
  expect(
    await page
      .locator('[aria-label="consume from Statement generation queue to Statement generation"]')
      .count(),
  ).toBe(1);
  await expect(page.getByTestId('status').textContent()).resolves.toContain(
    'recorded as a roadmap step',
  );

  // The as-is is untouched.
  await page.getByRole('tab', { name: 'As-is: synchronous chain', exact: true }).click();
  await edge(page, 'balance-statement').waitFor({ state: 'attached' });
  expect(await node(page, 'statement-generation-queue').count()).toBe(0);

  // Reload on the copy: the work is autosaved and the same variant comes back.
  await copy.click();
  await node(page, 'statement-generation-queue').waitFor();
  await page.reload();
  await node(page, 'statement-generation-queue').waitFor();
  expect(await copy.getAttribute('aria-selected')).toBe('true');
  expect(
    await page
      .locator('[aria-label="consume from Statement generation queue to Statement generation"]')
      .count(),
  ).toBe(1);
  // The recorded step survived too.
  await page.locator('.react-flow__pane').click({ position: { x: 20, y: 20 } });
  await expect(page.getByTestId('inspector').textContent()).resolves.toContain(
    '1 recorded roadmap step',
  );
  await close();
});

test('context menu on an edge, palette drag and drop, variant duplicate and rename, examples gallery', async () => {
  const { page, close } = await fresh();
  // Right-click a call: its menu offers the transformations that apply.
  const label = page.getByTestId('edge-label-identity-balance');
  await label.click({ button: 'right' });
  const menu = page.getByRole('menu', { name: 'Actions on the edge' });
  await menu.waitFor();
  await menu.getByRole('menuitem', { name: 'Add circuit breaker' }).click();
  await page.waitForFunction(() =>
    document
      .querySelector('[data-testid="edge-label-identity-balance"]')
      ?.getAttribute('title')
      ?.includes('circuit breaker'),
  );

  // Drag a topic from the palette onto the canvas.
  await page
    .getByRole('button', { name: 'Add topic' })
    .dragTo(page.locator('.react-flow__pane'), { targetPosition: { x: 300, y: 120 } });
  await node(page, 'topic').waitFor();

  // Duplicate the as-is: the copy keeps the node ids; rename it from the keyboard.
  await page.getByRole('button', { name: 'Duplicate variant' }).click();
  const copyTab = page.getByRole('tab', { name: 'As-is: synchronous chain (copy)' });
  await copyTab.waitFor();
  expect(await copyTab.getAttribute('aria-selected')).toBe('true');
  await node(page, 'topic').waitFor();
  await node(page, 'balance-verification').waitFor();
  await page.getByRole('button', { name: 'Rename variant' }).click();
  const rename = page.getByRole('textbox', { name: /^Rename variant/ });
  await rename.fill('Step 1');
  await rename.press('Enter');
  await page.getByRole('tab', { name: 'Step 1' }).waitFor();

  // Copy and paste a node with the keyboard.
  await node(page, 'portal').click();
  await page.keyboard.press('Control+c');
  await page.keyboard.press('Control+v');
  await node(page, 'portal-2').waitFor();
  expect(await node(page, 'portal-2').textContent()).toContain('Client portal copy');

  // The gallery opens another example (undoable).
  await page.getByRole('button', { name: 'Project' }).click();
  await page.getByRole('menuitem', { name: 'Examples…' }).click();
  await page.getByRole('button', { name: /Open example Parcel tracking/ }).click();
  await expect(page.getByRole('textbox', { name: 'Project name' }).inputValue()).resolves.toMatch(
    /Parcel tracking/,
  );
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByRole('textbox', { name: 'Project name' }).inputValue()).resolves.toBe(
    'Client portal (financial services)',
  );
  await close();
});

test('keyboard only: focus a call, select it, open its menu with Shift+F10 and decouple it', async () => {
  const { page, close } = await fresh();
  await edge(page, 'balance-statement').focus();
  await page.keyboard.press('Enter');
  await page
    .getByRole('heading', { level: 2, name: /^Call: Balance verification → Statement generation/ })
    .waitFor();
  await page.keyboard.press('Shift+F10');
  const menu = page.getByRole('menu', { name: 'Actions on the edge' });
  await menu.waitFor();
  await page.keyboard.press('ArrowDown');
  expect(await page.evaluate(() => document.activeElement?.textContent)).toBe(
    'Decouple through a queue',
  );
  await page.keyboard.press('Enter');
  await node(page, 'statement-generation-queue').waitFor();
  await page.keyboard.press('Control+z');
  await node(page, 'statement-generation-queue').waitFor({ state: 'detached' });
  await close();
});
