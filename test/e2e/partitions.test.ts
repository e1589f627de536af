// Partitions as a user sets them: a queue given 2 partitions in the inspector (a bad share refused
// under its field, the ordering following the technology), the canvas badge, then a run whose
// backlog grows at the rate the 2 partitions leave unserved, as the CLI reads it on the same file.
import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser } from './browser';
import { edge, node, saveProjectFile, withoutFilePickers } from './editor-helpers';
import { cliSimulate, openModel } from './simulate-helpers';
import { formatCount } from '../../models/figures/format-value';
import { hottestPartitionText } from '../../models/figures/hottest-partition-text';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

async function setField(page: Page, name: RegExp, value: string): Promise<void> {
  const field = page.getByRole('textbox', { name });
  await field.fill(value);
  await field.press('Enter');
}

/** The rows of a chart's tooltip at the last bucket: each series' label and value. */
async function lastBucket(page: Page, chartTitle: string): Promise<Map<string, number>> {
  const chart = page.locator('figure.chart').filter({ hasText: chartTitle });
  await chart.scrollIntoViewIfNeeded();
  const plot = chart.locator('svg[role="img"]');
  await plot.focus();
  await plot.press('ArrowLeft'); // the last bucket
  const rows = await chart.locator('.chart-tooltip-row').allTextContents();
  return new Map(
    rows.map((row) => {
      const match = /^(.+): ([\d\s,\u202f]+)$/.exec(row);
      expect(match, row).not.toBeNull();
      return [match![1]!, Number(match![2]!.replace(/[\s,\u202f]/g, ''))];
    }),
  );
}

test('statement requests on 2 partitions: the badge, the ordering, and a backlog the run, the chart and the CLI agree on', async () => {
  const { context, page } = await openModel(browser);
  await withoutFilePickers(context);
  await page.reload();
  await page.getByRole('tab', { name: /^To-be/ }).click();
  await node(page, 'statement-requests').click();
  // A share without partitions is refused at its field, and nothing changes.
  await setField(page, /^Hottest partition share/, '0.5');
  await page
    .getByText(
      'Hottest partition share needs partitions (the share of messages on the hottest of them); not applied.',
    )
    .waitFor({ timeout: 5_000 });
  await setField(page, /^Partitions/, '0');
  await page.getByText('Partitions must be ≥ 1; not applied.').waitFor({ timeout: 5_000 });
  await setField(page, /^Partitions/, '2');
  const badge = page.getByTestId('node-statement-requests-partitions');
  await expect(badge.textContent()).resolves.toBe('2 partitions');
  // A RabbitMQ queue is unordered unless set: its default is shown as such.
  const ordering = page.getByTestId('inspector-ordering');
  await expect(ordering.locator('option:checked').textContent()).resolves.toBe(
    'None (RabbitMQ default)',
  );
  await ordering.selectOption('per-partition');
  await setField(page, /^Hottest partition share/, '0.6');
  // Removing the partitions takes the share and the ordering with them; then back to 2.
  await setField(page, /^Partitions/, '');
  await expect(badge.count()).resolves.toBe(0);
  await expect(page.getByTestId('inspector-ordering').count()).resolves.toBe(0);
  await setField(page, /^Partitions/, '2');
  await expect(
    page.getByRole('textbox', { name: /^Hottest partition share/ }).inputValue(),
  ).resolves.toBe('');
  await expect(ordering.inputValue()).resolves.toBe('');
  await page.screenshot({ path: join(tmpdir(), 'spillway-partitions-canvas.png') });
  // The subscription's sentence: 32 consumer workers, of which the 2 partitions let 2 work.
  await edge(page, 'statement-requests-statement').click({ force: true });
  await expect(page.getByTestId('inspector-consumer-total').textContent()).resolves.toBe(
    '4 replicas × 8: 32 consumer workers in all. Its 2 partitions let at most 2 work at once.',
  );

  await page.getByTestId('view-simulate').click();
  await page.getByLabel('Scenario', { exact: true }).selectOption('normal-day');
  await page.getByLabel('Duration').fill('120');
  await page.getByLabel('Duration').press('Enter');
  const seed = Number(await page.getByRole('textbox', { name: /^Seed/ }).inputValue());
  await page.getByRole('button', { name: 'Run simulation' }).click();
  await page.getByTestId('results').waitFor({ timeout: 60_000 });
  const rows = await lastBucket(page, 'Backlog per queue');
  const backlog = rows.get('Statement requests')!;
  const hottest = rows.get('Statement requests, hottest partition')!;
  expect(rows.size).toBe(6); // 5 queues and topics, and the partitioned one's hottest partition
  // One of 2 partitions holds at most the whole backlog and at least half of it.
  expect(hottest).toBeLessThanOrEqual(backlog);
  expect(2 * hottest).toBeGreaterThanOrEqual(backlog);
  await page.screenshot({
    path: join(tmpdir(), 'spillway-partitions-results.png'),
    fullPage: true,
  });

  // The replay at the end shows the same figures on the queue.
  const slider = page.getByRole('slider', { name: 'Replay time' }).first();
  await slider.focus();
  await slider.press('End');
  const replayed = page.getByTestId('replay-node-statement-requests');
  await expect(replayed.getAttribute('data-backlog')).resolves.toBe(String(backlog));
  await expect(replayed.getAttribute('data-hottest-partition')).resolves.toBe(String(hottest));
  await expect(replayed.textContent()).resolves.toContain(hottestPartitionText(hottest));
  await replayed.screenshot({ path: join(tmpdir(), 'spillway-partitions-replay.png') });

  // The CLI, on the very file, reads the same backlog in the same bucket.
  const file = join(tmpdir(), `spillway-partitions-${process.pid}.json`);
  writeFileSync(file, (await saveProjectFile(page)).text);
  const cli = await cliSimulate('to-be', 'normal-day', seed, 1, file);
  expect(cli.series.backlog['statement-requests']!.at(-1)).toBe(backlog);
  expect(cli.series.hottestPartitionBacklog!['statement-requests']!.at(-1)).toBe(hottest);
  // 2 partitions let 2 statements be generated at once (of 32 consumer workers): 2 / mean
  // handling time leave a second (about 11 with a mean near 180 ms), against about 57 published.
  const q = cli.queues['statement-requests']!;
  const measuredS = cli.simulatedS - cli.warmupS;
  const meanS = cli.nodes['statement-generation']!.latencyMs.mean / 1000;
  expect(q.delivered / measuredS).toBeGreaterThan(0.95 * (2 / meanS));
  expect(q.delivered / measuredS).toBeLessThan(1.05 * (2 / meanS));
  // So the backlog grows by (published − 2 / mean) a second over the 120 s.
  const expected = (q.published / measuredS - 2 / meanS) * 120;
  expect(backlog).toBeGreaterThan(0.95 * expected);
  expect(backlog).toBeLessThan(1.05 * expected);
  expect(cli.queues['statement-requests']!.hottestPartition?.partition).toBeDefined();
  // The dashboard's card: the hottest partition's peak after the warm-up, the series' highest
  // bucket after it, as the CLI's report writes it.
  const peak = cli.queues['statement-requests']!.hottestPartition!.maxBacklog;
  const series = cli.series.hottestPartitionBacklog!['statement-requests']!;
  expect(Math.max(...series.filter((_, k) => cli.series.t[k]! >= cli.warmupS))).toBe(peak);
  await expect(
    page.locator('.kpi-card[data-kpi="hottestPartition"] [data-testid="kpi-text"]').textContent(),
  ).resolves.toBe(formatCount(peak));
  await page
    .locator('.kpi-cards')
    .screenshot({ path: join(tmpdir(), 'spillway-partitions-cards.png') });
  await context.close();
});
