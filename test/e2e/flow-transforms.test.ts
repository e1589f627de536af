// The flow transformations as a user applies them from the Transform menu: a fallback on a call
// and a rate limit on a service, on a copy of the as-is, each recorded as a roadmap step.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { suggestedRateLimit } from '../../models/transformations/rate-limit-callers';
import type { ServiceLikeNode } from '../../models/types';
import { launchBrowser, openApp } from './browser';
import { edge, node } from './editor-helpers';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

async function selectEdge(page: Page, id: string): Promise<void> {
  const label = page.getByTestId(`edge-label-${id}`);
  if (await label.count()) await label.click();
  else await edge(page, id).click({ force: true });
}

async function transform(page: Page, label: string): Promise<void> {
  await page.getByRole('button', { name: 'Transform' }).click();
  await page.getByRole('menuitem', { name: label }).click();
}

test('Add a fallback and Rate-limit callers from the Transform menu: the new service, its fallback edge, the limit in the inspector, both steps in the roadmap', async () => {
  const { context, page } = await openApp(browser);
  await node(page, 'portal').waitFor();
  await page.getByRole('button', { name: 'Duplicate variant' }).click();
  await page.getByRole('tab', { name: 'As-is: synchronous chain (copy)' }).waitFor();

  // The portal's call to identity validation gets a fallback.
  await selectEdge(page, 'portal-identity');
  await transform(page, 'Add a fallback');
  await node(page, 'identity-validation-fallback').waitFor();
  expect(await node(page, 'identity-validation-fallback').textContent()).toContain(
    'Identity validation fallback',
  );
  const fallback = page.locator('[aria-label="call, a fallback, made only on failure"]');
  expect(await fallback.count()).toBe(1);
  await expect(page.getByTestId('status').textContent()).resolves.toContain(
    'recorded as a roadmap step',
  );
  await page.screenshot({ path: '/tmp/flow-transforms-fallback.png' });
  // A second fallback on the same call is not offered: the command is disabled.
  await selectEdge(page, 'portal-identity');
  await page
    .getByRole('heading', { level: 2, name: 'Call: Client portal → Identity validation' })
    .waitFor();
  await page.getByRole('button', { name: 'Transform' }).click();
  await expect(page.getByRole('menuitem', { name: 'Add a fallback' }).isDisabled()).resolves.toBe(
    true,
  );
  await expect(
    page.getByRole('menuitem', { name: 'Compensate on failure' }).isEnabled(),
  ).resolves.toBe(true);
  await page.keyboard.press('Escape');

  // The statement generator gets a rate limit derived from its capacity.
  const portal = JSON.parse(readFileSync('models/examples/client-portal.json', 'utf8'));
  const statement = portal.variants[0].nodes.find(
    (n: { id: string }) => n.id === 'statement-generation',
  ) as ServiceLikeNode;
  const expected = suggestedRateLimit(statement);
  await node(page, 'statement-generation').click();
  await transform(page, 'Rate-limit callers');
  const limit = page.getByRole('checkbox', { name: 'Refuse calls beyond a rate (token bucket)' });
  await expect.poll(() => limit.isChecked()).toBe(true);
  await expect(page.getByRole('textbox', { name: /^Rate/ }).inputValue()).resolves.toBe(
    String(expected.rps),
  );
  await expect(page.getByRole('textbox', { name: /^Burst/ }).inputValue()).resolves.toBe(
    String(expected.burst),
  );
  await page.screenshot({ path: '/tmp/flow-transforms-edit.png' });

  // Both steps are in the roadmap, recorded in the editor, in the order they were made.
  await page.getByTestId('view-roadmap').click();
  await page.getByTestId('roadmap-view').waitFor();
  const recorded = page.locator('.roadmap-step', { hasText: 'recorded in the editor' });
  await expect.poll(() => recorded.count()).toBe(2);
  const titles = await recorded
    .locator('.roadmap-step-title')
    .evaluateAll((els) => els.map((e) => (e as HTMLInputElement).value));
  expect(titles).toEqual([
    'Add a fallback to Client portal → Identity validation',
    `Rate-limit the callers of Statement generation to ${expected.rps}/s`,
  ]);
  expect(await page.getByText('Saved steps left out').count()).toBe(0);
  await page.screenshot({ path: '/tmp/flow-transforms-roadmap.png' });
  await context.close();
}, 120_000);
