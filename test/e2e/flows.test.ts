// Flows that depend on outcomes as a user meets them: an outcome group built in the inspector
// with its running total, a compensation chosen from the When list, the canvas legend, and a run
// whose headline counts the compensations.
import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser } from './browser';
import { edge } from './editor-helpers';
import { openModel } from './simulate-helpers';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const svc = (id: string, name: string, x: number, y: number, errorRate = 0) => ({
  id,
  name,
  kind: 'service',
  position: { x, y },
  serviceTimeMs: { type: 'constant', value: 2 },
  errorRate,
});

function sagaFile(): string {
  const file = join(tmpdir(), `spillway-flows-${process.pid}.json`);
  writeFileSync(
    file,
    JSON.stringify({
      format: 'spillway',
      version: 5,
      name: 'Payment outcomes',
      variants: [
        {
          id: 'v',
          name: 'Saga',
          nodes: [
            { id: 'shop', name: 'Shop', kind: 'client', position: { x: 0, y: 100 } },
            svc('orders', 'Orders', 220, 100),
            svc('payments', 'Payments', 460, 0, 0.2),
            svc('stock', 'Stock', 460, 200),
            svc('succeeded', 'Receipts', 700, 0),
            svc('failed', 'Apologies', 700, 100),
          ],
          edges: [
            { id: 'shop-orders', kind: 'call', from: 'shop', to: 'orders' },
            { id: 'orders-payments', kind: 'call', from: 'orders', to: 'payments' },
            { id: 'orders-stock', kind: 'call', from: 'orders', to: 'stock' },
            { id: 'payments-succeeded', kind: 'call', from: 'payments', to: 'succeeded' },
            { id: 'payments-failed', kind: 'call', from: 'payments', to: 'failed' },
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

test('an outcome group with its running total, a compensation, the legend, and the run that counts them', async () => {
  const { context, page } = await openModel(browser, sagaFile());
  const legend = page.getByLabel('Legend of the edges');
  await expect(legend.count()).resolves.toBe(0); // nothing to explain yet

  // Receipts 0.9 of the time…
  await edge(page, 'payments-succeeded').click({ force: true });
  const group = page.getByTestId('inspector-outcome-group');
  await group.fill('result');
  await group.press('Enter');
  const weight = page.getByTestId('inspector-outcome-weight');
  await expect(weight.inputValue()).resolves.toBe('1');
  await weight.fill('0.9');
  await weight.press('Enter');
  const total = page.getByTestId('inspector-outcome-total');
  await expect(total.textContent()).resolves.toBe(
    'Exactly one of group “result” per request: Receipts 0.9 = 0.9 — the weights must add up to 1.',
  );
  // …and Apologies the rest: a new member takes what the group leaves.
  await edge(page, 'payments-failed').click({ force: true });
  await group.fill('result');
  await group.press('Enter');
  await expect(weight.inputValue()).resolves.toBe('0.1');
  await expect(total.textContent()).resolves.toBe(
    'Exactly one of group “result” per request: Receipts 0.9 + Apologies 0.1 = 1 ✓',
  );
  await expect(legend.isVisible()).resolves.toBe(true);

  // Release the stock only when the payment failed.
  await edge(page, 'orders-stock').click({ force: true });
  await page.getByTestId('inspector-when').selectOption('onFailure');
  await expect(page.getByTestId('edge-label-orders-stock').textContent()).resolves.toBe(
    'on failure',
  );
  await page.screenshot({ path: join(tmpdir(), 'spillway-flows-canvas.png') });

  await page.getByTestId('view-simulate').click();
  await page.getByRole('button', { name: 'Run simulation' }).click();
  await page.getByTestId('results').waitFor({ timeout: 60_000 });
  const headline = await page.getByRole('list', { name: 'In short' }).first().textContent();
  // About a fifth of 3,000 orders fail at the payment and are compensated.
  const ran = /([\d,]+) compensations ran\./.exec(headline ?? '');
  expect(ran).not.toBeNull();
  const n = Number(ran![1]!.replace(/,/g, ''));
  expect(n).toBeGreaterThan(450);
  expect(n).toBeLessThan(750);
  await context.close();
});
