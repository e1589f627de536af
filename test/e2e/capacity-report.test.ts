// The capacity chart beyond Compare: after a sweep in the capacity panel, the HTML report the
// Roadmap view exports and the Present slides carry the same headline and the same breaking
// points as the panel's chart. Screenshots: /tmp/capacity-report.png, /tmp/capacity-slide.png.
import { readFileSync } from 'node:fs';
import { compressToEncodedURIComponent } from 'lz-string';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { EXAMPLES } from '../../models/examples/index';
import { serializeProject } from '../../models/serialize';
import { launchBrowser, openApp } from './browser';
import { shortPeak } from './short-peak';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const markersOf = (page: Page, selector: string): Promise<[string | null, number][]> =>
  page
    .locator(selector)
    .first()
    .locator('.capacity-marker')
    .evaluateAll((gs) =>
      gs.map((g): [string | null, number] => [
        g.getAttribute('data-marker'),
        Number(g.getAttribute('data-rps')),
      ]),
    );

test('the report and the slides show the capacity panel’s headline and breaking points', async () => {
  const project = structuredClone(EXAMPLES.find((e) => e.id === 'client-portal')!.project);
  project.scenarios.unshift(shortPeak());
  const { context, page } = await openApp(
    browser,
    `/#project=${compressToEncodedURIComponent(serializeProject(project))}`,
    { viewport: { width: 1280, height: 800 } },
  );
  await page.getByTestId('view-compare').click();
  await page.getByLabel('Scenario').first().selectOption('short-peak');
  const section = page.getByRole('region', { name: 'Capacity' });
  await section.getByLabel('From ×').fill('0.5');
  await section.getByLabel('To ×').fill('2');
  await section.getByLabel('Steps').fill('2');
  await section.getByLabel('Replications').fill('1');
  await section.getByLabel('Replications').press('Tab');
  await page.getByRole('button', { name: 'Run capacity sweep' }).click();
  const headline = page.getByTestId('capacity-headline');
  await headline.waitFor({ timeout: 180_000 });
  const panelHeadline = (await headline.textContent()) ?? '';
  const panelMarkers = await markersOf(page, '.capacity .capacity-chart');
  expect(panelMarkers.map((m) => m[0])).toEqual(['as-is', 'to-be']);

  // The HTML report: the same sentence and the same dashed lines.
  await page.getByTestId('view-roadmap').click();
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export HTML' }).click();
  const html = readFileSync(await (await downloading).path(), 'utf8');
  expect(html).toContain(`<p class="capacity-headline">${panelHeadline}</p>`);
  const reportMarkers = [
    ...html
      .slice(html.indexOf('data-figure="goodputRps"'))
      .matchAll(/data-marker="([^"]+)" data-rps="([^"]+)"/g),
  ]
    .slice(0, 2)
    .map((m) => [m[1]!, Number(m[2])]);
  expect(reportMarkers).toEqual(panelMarkers);
  const report = await context.newPage();
  await report.setContent(html);
  await report.locator('section.capacity').screenshot({ path: '/tmp/capacity-report.png' });
  await report.close();

  // The slides.
  await page.getByTestId('view-present').click();
  await page.getByTestId('slide-today').waitFor();
  for (let i = 0; i < 12 && (await page.getByTestId('slide-capacity').count()) === 0; i++)
    await page.keyboard.press('ArrowRight');
  await page.getByTestId('slide-capacity-headline').waitFor();
  expect(await page.getByTestId('slide-capacity-headline').textContent()).toBe(panelHeadline);
  expect(await markersOf(page, '[data-testid=slide-capacity] .capacity-chart')).toEqual(
    panelMarkers,
  );
  expect(await page.locator('[data-testid=slide-capacity] .capacity-chart').count()).toBe(3);
  await page.screenshot({ path: '/tmp/capacity-slide.png' });
  await context.close();
}, 300_000);
