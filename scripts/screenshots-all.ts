// Screenshots of every view, its menus and dialogs at a laptop's (1280 × 800) and a projector's
// (1920 × 1080) size, light and dark, for a person to look at: Design (canvas, Transform and
// Help menus), the dialogs (share, examples, shortcuts, command palette, a read-only file link),
// Simulate, Compare (top and the side-by-side replay), Roadmap and every Present slide.
// `npm run screenshots [-- OUT_DIR] [--no-build]` (default OUT_DIR: screenshots/, ignored by git).
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { EXAMPLES } from '../models/examples/index';
import { serializeProject } from '../models/serialize';
import { shortPeak } from '../test/e2e/short-peak';
import { startAppSession } from './app-session';

const SIZES = [
  [1280, 800],
  [1920, 1080],
] as const;

const args = process.argv.slice(2);
const out = args.find((a) => !a.startsWith('--')) ?? 'screenshots';
mkdirSync(out, { recursive: true });

const project = structuredClone(EXAMPLES.find((e) => e.id === 'client-portal')!.project);
const peak = shortPeak();
peak.faults = [{ type: 'outage', node: 'identity-validation', startS: 60, endS: 80 }];
project.scenarios.unshift(peak);
const file = join(mkdtempSync(join(tmpdir(), 'spillway-shots-')), 'portal.json');
writeFileSync(file, serializeProject(project));

const session = await startAppSession({ skipBuild: args.includes('--no-build') });
let count = 0;
try {
  for (const scheme of ['light', 'dark'] as const) {
    const page = await session.open(file, { colorScheme: scheme, width: 1280, height: 800 });
    /** The same screen at both sizes; `prepare` opens what the picture shows, `undo` closes it. */
    const shots = async (
      name: string,
      prepare: () => Promise<void> = async () => undefined,
      undo: () => Promise<void> = async () => undefined,
    ) => {
      for (const [width, height] of SIZES) {
        await page.setViewportSize({ width, height });
        await page.waitForTimeout(300);
        await prepare();
        await page
          .locator('.status-line.is-visible')
          .waitFor({ state: 'detached', timeout: 15_000 })
          .catch(() => undefined);
        await page.waitForTimeout(300);
        await page.screenshot({
          path: `${out}/${name}-${width}-${scheme}.png`,
          animations: 'disabled',
        });
        count++;
        await undo();
      }
    };
    const escape = () => page.keyboard.press('Escape');
    await page.getByTestId('rf__node-portal').waitFor();
    await shots('design');
    await shots(
      'design-transform-menu',
      async () => {
        await page.getByTestId('rf__node-portal').click();
        await page.getByRole('button', { name: 'Transform' }).click();
      },
      escape,
    );
    await shots(
      'design-help-menu',
      () => page.getByRole('button', { name: 'Help' }).click(),
      escape,
    );
    for (const [command, name] of [
      ['Share link…', 'dialog-share'],
      ['Examples…', 'dialog-examples'],
    ] as const)
      await shots(
        name,
        async () => {
          await page.getByRole('button', { name: 'Project' }).click();
          await page.getByRole('menuitem', { name: command }).click();
          await page.getByRole('dialog').waitFor();
        },
        escape,
      );
    await shots('dialog-shortcuts', () => page.keyboard.press('?'), escape);
    await shots('dialog-palette', () => page.keyboard.press('Control+k'), escape);

    await page.getByTestId('view-simulate').click();
    await page.getByLabel('Scenario', { exact: true }).selectOption('short-peak');
    await page.getByRole('button', { name: 'Run simulation' }).click();
    await page.getByTestId('results').waitFor({ timeout: 180_000 });
    await shots('simulate');

    await page.getByTestId('view-compare').click();
    await page.getByRole('button', { name: 'Run simulation' }).click();
    await page.getByTestId('compare-results').waitFor({ timeout: 180_000 });
    await shots('compare', () => page.locator('.compare-view').evaluate((el) => el.scrollTo(0, 0)));
    await shots('compare-replay', () =>
      page.getByTestId('side-by-side-replay').evaluate((el) => el.scrollIntoView()),
    );

    await page.getByTestId('view-roadmap').click();
    await page.getByRole('button', { name: 'Simulate roadmap' }).click();
    await page.getByTestId('trajectory-table').waitFor({ timeout: 180_000 });
    await shots('roadmap');

    await page.getByTestId('view-present').click();
    await page.getByTestId('slide-today').waitFor();
    const total = Number((await page.getByTestId('slide-counter').textContent())!.split(' / ')[1]);
    for (let i = 1; i <= total; i++) {
      await page.waitForTimeout(1500);
      await shots(`present-${i}`);
      await page.keyboard.press('ArrowRight');
    }
    await shots(
      'present-notes',
      async () => {
        await page.keyboard.press('Home');
        await page.keyboard.press('n');
      },
      () => page.keyboard.press('n'),
    );
    await page.keyboard.press('Escape');
    await page.context().close();
  }
  await fileLinkShots(session.url);
  console.log(`${count} screenshots in ${out}`);
} finally {
  await session.close();
}

/** The read-only bar of a project opened from a file link (the file served by a stand-in host). */
async function fileLinkShots(url: string): Promise<void> {
  for (const scheme of ['light', 'dark'] as const)
    for (const [width, height] of SIZES) {
      const context = await session.browser.newContext({
        viewport: { width, height },
        colorScheme: scheme,
      });
      await context.route('https://files.example.test/**', (route) =>
        route.fulfill({
          status: 200,
          headers: { 'access-control-allow-origin': '*' },
          body: serializeProject(project),
        }),
      );
      const page: Page = await context.newPage();
      await page.goto(
        `${url}#file=${encodeURIComponent('https://files.example.test/portal.json')}`,
      );
      await page.getByTestId('read-only-bar').waitFor();
      await page.screenshot({ path: `${out}/file-link-${width}-${scheme}.png` });
      count++;
      await context.close();
    }
}
