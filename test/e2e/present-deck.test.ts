// Present mode worth projecting, as a presenter uses it: every slide fills a 1280 × 800 and a
// 1920 × 1080 screen without spilling, F asks for full screen, N shows the speaker notes
// (written from the project's descriptions), the verdict slide states the objectives and the
// cost, the deck prints one slide per page (PDF) and exports as one self-contained HTML file.
// Screenshots: /tmp/present-<size>-<slide>.png, /tmp/present-export.png.
import { readFileSync, writeFileSync } from 'node:fs';
import { compressToEncodedURIComponent } from 'lz-string';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { EXAMPLES } from '../../models/examples/index';
import { serializeProject } from '../../models/serialize';
import type { Project } from '../../models/types';
import { objectiveTexts } from '../../models/slo/evaluate-slo';
import { opening } from '../../src/present/narrative';
import { formatResult } from '../../simulator/cli/report';
import { simulate } from '../../simulator/simulate';
import { baseURL, launchBrowser } from './browser';
import { shortPeak } from './short-peak';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

function portal(): Project {
  const project = structuredClone(EXAMPLES.find((e) => e.id === 'client-portal')!.project);
  const peak = shortPeak();
  peak.faults = [{ type: 'outage', node: 'identity-validation', startS: 60, endS: 80 }];
  project.scenarios = [peak];
  // The to-be's statement queue on 4 partitions, 40 % of the keys on the hottest: the
  // comparison slide gains the hottest partition's peak.
  const queue = project.variants
    .find((v) => v.id === 'to-be')!
    .nodes.find((n) => n.id === 'statement-requests')!;
  Object.assign(queue, { partitions: 4, hotPartitionShare: 0.4 });
  return project;
}

const counter = async (page: Page): Promise<[number, number]> => {
  const [i, n] = (await page.getByTestId('slide-counter').textContent())!.split(' / ');
  return [Number(i), Number(n)];
};

/** The current slide against the window: its box and whether anything spills out of it. */
async function fills(page: Page) {
  return page.evaluate(() => {
    const slide = document.querySelector('.present .slide')!;
    const footer = document.querySelector('.present-footer')!;
    const r = slide.getBoundingClientRect();
    return {
      left: r.left,
      top: r.top,
      width: r.width,
      gapToFooter: footer.getBoundingClientRect().top - r.bottom,
      footerBottom: footer.getBoundingClientRect().bottom,
      spills:
        slide.scrollHeight > slide.clientHeight + 1 || slide.scrollWidth > slide.clientWidth + 1,
      pageScrolls: document.documentElement.scrollWidth > window.innerWidth,
    };
  });
}

/** The scenario slide's load chart: its smallest type, its height, its fault label whole. */
async function scenarioChart(page: Page) {
  return page.locator('.present .slide .slide-chart svg[role=img]').evaluate((svg) => ({
    smallestTextPx: Math.min(
      ...[...svg.querySelectorAll('text')].map((t) => parseFloat(getComputedStyle(t).fontSize)),
    ),
    heightShare: Math.round((svg.getBoundingClientRect().height / window.innerHeight) * 10) / 10,
    faultLabel: svg.querySelector('.fault text')?.textContent,
  }));
}

/** What the scenario chart should be on a screen of that height: like the other slides' charts. */
const readable = (height: number) => ({
  smallestTextPx: expect.toSatisfy((px: number) => px >= (height >= 1000 ? 17 : 15)),
  heightShare: expect.toSatisfy((share: number) => share >= 0.4),
  faultLabel: 'Identity validation down',
});

/** PDF pages: each page object of the file (not the /Pages tree). */
const pdfPages = (pdf: Buffer): number =>
  (pdf.toString('latin1').match(/\/Type\s*\/Page\b/g) ?? []).length;

test('present mode: slides fill the screen, F and N, verdicts and cost, PDF one slide per page, HTML export', async () => {
  const project = portal();
  const context = await browser.newContext({
    reducedMotion: 'reduce',
    viewport: { width: 1280, height: 800 },
    acceptDownloads: true,
  });
  const page = await context.newPage();
  await page.goto(
    `${baseURL()}#project=${compressToEncodedURIComponent(serializeProject(project))}`,
  );
  await page.getByTestId('view-present').click();
  await page.getByTestId('slide-today').waitFor();
  // The narrative: the project's own description opens the first slide.
  expect(await page.getByTestId('slide-narrative').textContent()).toBe(
    opening(project.description),
  );
  const [, total] = await counter(page);
  // Let the runs finish: the trajectory slide is the last to be ready.
  const titles: string[] = [];
  for (let i = 1; i <= total; i++) {
    titles.push((await page.locator('.present .slide h1').textContent())!);
    const id = (await page.locator('.present .slide').getAttribute('data-testid'))!;
    if (id === 'slide-trajectory')
      await page.locator('.present .slide svg.chart').first().waitFor({ timeout: 120_000 });
    if (id === 'slide-verdict')
      await page.getByTestId('slide-verdicts').waitFor({ timeout: 90_000 });
    if (i < total) await page.keyboard.press('ArrowRight');
  }
  expect(new Set(titles).size).toBe(total);

  // Every slide fills both screens and nothing spills out of it.
  for (const [width, height] of [
    [1280, 800],
    [1920, 1080],
  ] as const) {
    await page.setViewportSize({ width, height });
    await page.keyboard.press('Home');
    for (let i = 1; i <= total; i++) {
      const id = (await page.locator('.present .slide').getAttribute('data-testid'))!;
      await page.waitForTimeout(150);
      const box = await fills(page);
      await page.screenshot({ path: `/tmp/present-${width}-${id}.png` });
      expect({ id, ...box }).toEqual({
        id,
        left: 0,
        top: 0,
        width,
        gapToFooter: 0,
        footerBottom: height,
        spills: false,
        pageScrolls: false,
      });
      if (id === 'slide-scenario') expect(await scenarioChart(page)).toEqual(readable(height));
      await page.keyboard.press('ArrowRight');
    }
  }
  await page.setViewportSize({ width: 1280, height: 800 });

  // A slide on show redraws its charts for a screen that changes under it (full screen, a
  // resized window): larger on a larger screen, and back, never spilling out of the slide.
  await page.keyboard.press('Home');
  while ((await page.getByTestId('worst-minute').count()) === 0)
    await page.keyboard.press('ArrowRight');
  const plotShare = () =>
    page
      .getByTestId('worst-minute')
      .locator('svg[role=img]')
      .first()
      .evaluate((svg) => svg.getBoundingClientRect().height / window.innerHeight);
  const windowed = await plotShare();
  for (const [width, height] of [
    [1920, 1080],
    [1280, 800],
  ] as const) {
    await page.setViewportSize({ width, height });
    await expect.poll(plotShare).toBeCloseTo(windowed, 1);
    expect((await fills(page)).spills).toBe(false);
  }

  // In the dark theme too the charts' type is the slide's ink on the slide's light paper.
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.keyboard.press('Home');
  await page.keyboard.press('ArrowRight');
  const ink = () =>
    page
      .locator('.present .slide .slide-chart')
      .evaluate((chart) => [
        getComputedStyle(chart.querySelector('.chart-title')!).color,
        getComputedStyle(chart.querySelector('.chart-axis text')!).fill,
      ]);
  await expect.poll(ink).toEqual(['rgb(15, 23, 42)', 'rgb(71, 85, 105)']);
  await page.screenshot({ path: '/tmp/present-1280-slide-scenario-dark.png' });
  await page.emulateMedia({ colorScheme: 'light' });

  // The verdict slide: each objective in a word, the cost per month, as on the compare slide.
  await page.keyboard.press('Home');
  while ((await page.getByTestId('slide-compare').count()) === 0)
    await page.keyboard.press('ArrowRight');
  const costCells = page
    .getByTestId('slide-compare-table')
    .locator('tr[data-kpi="monthlyCost"] td');
  const compareCosts = [await costCells.nth(0).textContent(), await costCells.nth(1).textContent()];
  // The hottest partition's peak, right after the peak backlog, as the CLI writes it for the
  // same file, scenario and seed (the as-is has no queue).
  const rows = page.getByTestId('slide-compare-table').locator('tr[data-kpi]');
  const kpis = await rows.evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-kpi')));
  expect(kpis.indexOf('hottestPartition')).toBe(kpis.indexOf('peakBacklog') + 1);
  const hottestRow = page
    .getByTestId('slide-compare-table')
    .locator('tr[data-kpi="hottestPartition"]');
  expect(await hottestRow.locator('th').textContent()).toBe('Hottest partition');
  const hottestCells = (await hottestRow.locator('td').allTextContents()).slice(0, 2);
  const cliToBe = simulate(project, { variant: 'to-be', scenario: 'short-peak' });
  const cliHottest = formatResult(cliToBe)
    .split('\n')
    .find((l) => l.startsWith('Hottest partition'))!
    .split(/ {2,}/)[1];
  expect(hottestCells).toEqual(['no queues', cliHottest]);
  expect(Number(cliHottest!.replace(/,/g, ''))).toBe(
    cliToBe.queues['statement-requests']!.hottestPartition!.maxBacklog,
  );
  await page.keyboard.press('ArrowRight');
  const verdicts = page.getByTestId('slide-verdicts');
  expect(await verdicts.getByTestId('slide-verdict-cost').allTextContents()).toEqual(compareCosts);
  const words = await verdicts.getByTestId('slide-verdict-word').allTextContents();
  expect(words.length).toBe(2 * objectiveTexts(project.slo).length);
  for (const w of words) expect(w).toMatch(/^(✔ met|✖ missed)$/);
  // Large type: the verdicts read at least 40 px high on a 1280 × 800 screen.
  const size = await verdicts
    .getByTestId('slide-verdict-cost')
    .first()
    .evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
  expect(size).toBeGreaterThanOrEqual(36);

  // Speaker notes: N shows them (the project's and the variant's descriptions), N hides them.
  await page.keyboard.press('Home');
  await page.keyboard.press('n');
  const notes = page.getByTestId('speaker-notes');
  await notes.waitFor();
  expect(await notes.locator('li').allTextContents()).toEqual([
    project.description!.trim(),
    project.variants[0]!.description!.trim(),
  ]);
  expect((await fills(page)).spills).toBe(false);
  await page.keyboard.press('n');
  await notes.waitFor({ state: 'detached' });

  // Full screen on request, and back.
  await page.keyboard.press('f');
  await expect.poll(() => page.evaluate(() => document.fullscreenElement !== null)).toBe(true);
  await page.keyboard.press('f');
  await expect.poll(() => page.evaluate(() => document.fullscreenElement !== null)).toBe(false);

  // Print: one slide per page, every slide, each drawn for the page (1280 × 800 CSS px) even
  // from a larger window, nothing wider or taller than it.
  await page.setViewportSize({ width: 1920, height: 1080 });
  await page.emulateMedia({ media: 'print' });
  await expect.poll(() => page.locator('.present-deck .deck-slide').count()).toBe(total);
  expect(await page.locator('.present-deck .deck-slide h1').allTextContents()).toEqual(titles);
  await page.locator('.present-deck svg.chart').first().waitFor({ state: 'attached' });
  const pages = await page.locator('.present-deck .deck-slide').evaluateAll((slides) =>
    slides.map((s) => {
      const r = s.getBoundingClientRect();
      const overflow = [...s.querySelectorAll('svg')].some((svg) => {
        const b = svg.getBoundingClientRect();
        return b.right > r.right + 0.5 || b.bottom > r.bottom + 0.5;
      });
      return [r.width, r.height, s.scrollHeight <= s.clientHeight, overflow];
    }),
  );
  expect(pages).toEqual(titles.map(() => [1280, 800, true, false]));
  const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
  writeFileSync('/tmp/present-deck.pdf', pdf);
  expect(pdfPages(pdf)).toBe(total);
  await page.emulateMedia({ media: 'screen' });
  await page.setViewportSize({ width: 1280, height: 800 });
  await expect.poll(() => page.locator('.present-deck').count()).toBe(0);

  // The HTML export: every slide, nothing that runs or loads from elsewhere.
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export slides (HTML)' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe('client-portal-financial-services-slides.html');
  const html = readFileSync((await download.path())!, 'utf8');
  expect(html.match(/<section class="slide deck-slide"/g)?.length).toBe(total);
  expect(html).not.toMatch(/<script|<link|\ssrc=|url\(["']?http/i);
  for (const cost of compareCosts) expect(html).toContain(cost!);
  expect(html).toContain(
    `<tr data-kpi="hottestPartition"><th>Hottest partition</th><td>no queues</td><td>${cliHottest}</td>`,
  );
  const exported = await context.newPage();
  await exported.setContent(html);
  expect(await exported.locator('.deck-slide h1').allTextContents()).toEqual(titles);
  const first = (await exported.locator('.deck-slide').first().boundingBox())!;
  const pageWidth = await exported.evaluate(() => document.documentElement.clientWidth);
  expect([first.x, first.y, first.width, first.height]).toEqual([0, 0, pageWidth, 800]);
  await exported.screenshot({ path: '/tmp/present-export.png' });
  await context.close();
}, 300_000);
