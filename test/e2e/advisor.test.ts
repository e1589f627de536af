// The migration advisor in a real browser: the Client portal with a short quarterly peak, every
// change simulated in the worker and ranked as `spillway advise` ranks it (same figures, same
// words); "Apply plan" adds the proposed variant with its roadmap steps recorded, and one Undo
// removes both; Cancel half-way leaves the project untouched. Screenshots at 1280×800, light and
// dark, in /tmp/advisor-*.png.
import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { compressToEncodedURIComponent } from 'lz-string';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { EXAMPLES } from '../../models/examples/index';
import { serializeProject } from '../../models/serialize';
import type { Project } from '../../models/types';
import type { Advice } from '../../simulator/advisor/advise';
import { figuresRow } from '../../simulator/advisor/advice-words';
import { launchBrowser, openApp } from './browser';
import { autosaved } from './editor-helpers';
import { shortPeak } from './short-peak';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const run = promisify(execFile);

/** The Client portal with the short peak added (three simulated minutes instead of fifteen). */
function portalWithShortPeak(): Project {
  const project = structuredClone(EXAMPLES.find((e) => e.id === 'client-portal')!.project);
  project.scenarios.push(shortPeak());
  return project;
}

async function cliAdvice(project: Project): Promise<Omit<Advice, 'advised'>> {
  const file = join(mkdtempSync(join(tmpdir(), 'spillway-advisor-e2e-')), 'portal.json');
  writeFileSync(file, serializeProject(project));
  const { stdout } = await run(
    process.execPath,
    [
      'bin/spillway.mjs',
      'advise',
      file,
      '--scenario',
      'short-peak',
      '--replications',
      '1',
      '--json',
    ],
    { maxBuffer: 16 * 1024 * 1024 },
  );
  return JSON.parse(stdout) as Omit<Advice, 'advised'>;
}

async function openAdvisor(
  project: Project,
  colorScheme: 'light' | 'dark' = 'light',
): Promise<{ page: Page; close: () => Promise<void> }> {
  const { context, page } = await openApp(
    browser,
    `/#project=${compressToEncodedURIComponent(serializeProject(project))}`,
    { colorScheme, viewport: { width: 1280, height: 800 } },
  );
  await page.getByTestId('view-advise').click();
  return { page, close: () => context.close() };
}

/** The project as autosave wrote it, once every change is written: autosave writes every edit. */
const saved = (page: Page): Promise<string | null> => autosaved(page);

const tableRows = (page: Page): Promise<string[][]> =>
  page
    .getByRole('table', { name: 'Each change alone, best first' })
    .locator('tbody tr')
    .evaluateAll((rows) =>
      rows.map((r) => [...r.children].map((c) => (c.textContent ?? '').trim())),
    );

test('advise on the short peak: the ranking the CLI gives, Apply plan adds the variant and its roadmap, one Undo removes both', async () => {
  const project = portalWithShortPeak();
  const expected = cliAdvice(project);
  const { page, close } = await openAdvisor(project);
  const section = page.getByRole('region', { name: 'Migration advisor' });
  // The busiest scenario is chosen first (the quarterly peak); the user picks the short one.
  expect(await section.getByLabel('Scenario').inputValue()).toBe('quarterly-peak');
  expect(await section.getByLabel('Variant').inputValue()).toBe('as-is');
  await section.getByLabel('Scenario').selectOption('short-peak');
  expect(await section.getByLabel('Replications').inputValue()).toBe('1');
  await section.getByRole('button', { name: 'Run the advisor' }).click();
  await page.getByRole('progressbar', { name: 'Advisor progress' }).waitFor();
  await page.getByTestId('advice').waitFor({ timeout: 120_000 });
  const cli = await expected;

  // The same table as the CLI's, row for row: the design as it is, then every change, best first.
  const rows = await tableRows(page);
  expect(rows).toEqual([
    ['now', 'as it is', ...figuresRow(cli.baseline)],
    ...cli.ranking.map((r) => [String(r.rank), r.title, ...figuresRow(r.figures)]),
  ]);
  expect(rows.length).toBe(cli.ranking.length + 1);
  expect(cli.ranking.length).toBeGreaterThanOrEqual(14);
  expect(rows[1]!.slice(0, 3)).toEqual([
    '1',
    'Decouple Client portal → Identity validation through a queue',
    'hold',
  ]);
  expect(rows[0]![2]).toBe('missed: latency, availability');
  expect(await page.getByTestId('advice-end').textContent()).toBe(
    'The objectives hold after 1 change.',
  );
  const plan = page.getByRole('region', { name: 'Plan' });
  expect(await plan.locator('li').allTextContents()).toEqual([
    `Decouple Client portal → Identity validation through a queue — objectives hold; p99 of successful ${figuresRow(cli.plan[0]!.figures)[2]}, error rate ${figuresRow(cli.plan[0]!.figures)[3]} (best of ${cli.ranking.length})`,
  ]);
  await page.screenshot({ path: '/tmp/advisor-light.png', fullPage: true });
  const before = await saved(page);
  expect(before).not.toBeNull();

  // Apply: a new variant tab, the roadmap from the as-is to it with the step recorded.
  await plan.getByRole('button', { name: 'Apply plan' }).click();
  const advisedName = 'Advised: As-is: synchronous chain with 1 change';
  await page
    .getByText(
      `Added the variant "${advisedName}" (advised); the roadmap goes from as-is to it. Undo removes both.`,
    )
    .waitFor();
  expect(await plan.getByRole('button', { name: 'Apply plan' }).isDisabled()).toBe(true);
  await expect.poll(() => saved(page)).not.toEqual(before);
  const written = JSON.parse((await saved(page))!) as Project;
  expect(written.variants.map((v) => v.id)).toEqual(['as-is', 'to-be', 'advised']);
  expect(written.roadmap?.steps.map((st) => st.recorded)).toEqual([true]);
  // Leaving the view and coming back does not offer to apply it a second time.
  await page.getByTestId('view-compare').click();
  await page.getByTestId('view-advise').click();
  expect(await plan.getByRole('button', { name: 'Apply plan' }).isDisabled()).toBe(true);
  await page.getByRole('button', { name: 'Open the roadmap' }).click();
  await page.getByText(`Roadmap: As-is: synchronous chain → ${advisedName}`).waitFor();
  expect(await page.getByTestId('roadmap-step-0').locator('.roadmap-step-title').inputValue()).toBe(
    'Decouple Client portal → Identity validation through a queue',
  );
  expect(await page.getByTestId('roadmap-step-0').getByText('recorded in the editor').count()).toBe(
    1,
  );
  expect(await page.getByTestId('roadmap-step-1').count()).toBe(0);
  await page.screenshot({ path: '/tmp/advisor-roadmap.png' });
  await page.getByTestId('view-edit').click();
  const advisedTab = page.getByRole('tab', { name: new RegExp(`^${advisedName}`) });
  await advisedTab.waitFor();
  expect(await page.getByRole('tab').count()).toBe(3);

  // One Undo: the variant and the roadmap to it are gone, the project is as it was.
  await page.getByRole('button', { name: 'Undo' }).click();
  await advisedTab.waitFor({ state: 'detached' });
  expect(await page.getByRole('tab').count()).toBe(2);
  await page.getByTestId('view-roadmap').click();
  await page
    .getByText('Roadmap: As-is: synchronous chain → To-be: queues and a notification topic')
    .waitFor();
  await expect.poll(() => saved(page)).toEqual(before);
  // The advice is still there, and its plan can be applied again.
  await page.getByTestId('view-advise').click();
  expect(await page.getByRole('button', { name: 'Apply plan' }).isEnabled()).toBe(true);
  await close();
}, 240_000);

test('Cancel half-way stops the advisor at once; the project is untouched and no advice appears', async () => {
  const { page, close } = await openAdvisor(portalWithShortPeak());
  const before = await saved(page);
  expect(before).not.toBeNull();
  // The full quarterly peak: fifteen simulated minutes per design, long enough to cancel.
  await page.getByRole('button', { name: 'Run the advisor' }).click();
  const bar = page.getByRole('progressbar', { name: 'Advisor progress' });
  await expect
    .poll(async () => Number(await bar.getAttribute('aria-valuenow')), { timeout: 60_000 })
    .toBeGreaterThan(0);
  expect(await page.getByText(/^Simulated \d+ of at most \d+ designs/).count()).toBe(1);
  await page.getByRole('button', { name: 'Cancel advisor' }).click();
  await page.getByText('Advisor cancelled. The project is unchanged').waitFor({ timeout: 5_000 });
  expect(await bar.count()).toBe(0);
  expect(await page.getByTestId('advice').count()).toBe(0);
  expect(await page.getByRole('button', { name: 'Run the advisor' }).isEnabled()).toBe(true);
  expect(await saved(page)).toEqual(before);
  await close();
}, 120_000);

test('the advisor panel in dark mode at 1280×800: the table fits, the text takes the theme', async () => {
  const { page, close } = await openAdvisor(portalWithShortPeak(), 'dark');
  const section = page.getByRole('region', { name: 'Migration advisor' });
  await section.getByLabel('Scenario').selectOption('short-peak');
  await section.getByRole('button', { name: 'Run the advisor' }).click();
  await page.getByTestId('advice').waitFor({ timeout: 120_000 });
  await page.screenshot({ path: '/tmp/advisor-dark.png', fullPage: true });
  // Light text on the dark page, and no column pushed past the window.
  const colour = await page
    .getByRole('table', { name: 'Each change alone, best first' })
    .evaluate((t) => getComputedStyle(t).color);
  const channels = (colour.match(/\d+/g) ?? []).slice(0, 3).map(Number);
  expect(Math.max(...channels), colour).toBeGreaterThan(150);
  const box = (await page
    .getByRole('table', { name: 'Each change alone, best first' })
    .boundingBox())!;
  expect(box.x + box.width).toBeLessThanOrEqual(1280);
  await close();
}, 180_000);
