// Screenshots of every view and the panels a stylesheet change can touch, light and dark, for a
// before/after comparison (`scripts/compare-screenshots.ts`): Edit (canvas, the inspector on a
// service, a queue, an edge, the project), the context menu, dialogs, Simulate (scenario editor
// with faults, results), Compare, Roadmap and Present.
// `npx tsx scripts/screenshots-views.ts [OUT_DIR] [--no-build]`.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { EXAMPLES } from '../models/examples/index';
import { serializeProject } from '../models/serialize';
import { shortPeak } from '../test/e2e/short-peak';
import { startAppSession } from './app-session';

const args = process.argv.slice(2);
const out = args.find((a) => !a.startsWith('--')) ?? '/tmp/shots';
mkdirSync(out, { recursive: true });

const project = structuredClone(EXAMPLES.find((e) => e.id === 'client-portal')!.project);
const peak = shortPeak();
peak.faults = [
  { type: 'outage', node: 'identity-validation', startS: 60, endS: 80 },
  { type: 'slowdown', node: 'balance-verification', startS: 100, endS: 130, factor: 3 },
];
project.scenarios.unshift(peak);
const file = join(mkdtempSync(join(tmpdir(), 'spillway-views-')), 'portal.json');
writeFileSync(file, serializeProject(project));

const session = await startAppSession({ skipBuild: args.includes('--no-build') });
try {
  for (const scheme of ['light', 'dark'] as const) {
    const page = await session.open(file, { colorScheme: scheme, width: 1440, height: 1800 });
    const shot = async (name: string) => {
      // The status toast comes and goes with its own timing: wait until it has gone.
      await page.locator('.status-line.is-visible').waitFor({ state: 'detached', timeout: 15_000 });
      await page.mouse.move(1, 1);
      await page.waitForTimeout(400);
      await page.screenshot({ path: `${out}/${name}-${scheme}.png`, animations: 'disabled' });
    };
    const pane = page.locator('.react-flow__pane');
    await page.waitForTimeout(5000); // let the "opened from link" notice fade
    await shot('edit');
    await page.getByTestId('rf__node-portal').click();
    await shot('edit-service');
    await page.getByTestId('rf__edge-portal-identity').click({ force: true });
    await shot('edit-edge');
    await page.getByTestId('rf__node-portal').click({ button: 'right' });
    await shot('edit-context-menu');
    await page.keyboard.press('Escape');
    await pane.click({ position: { x: 20, y: 20 } });
    await shot('edit-project');
    await page.getByTestId('variant-tab-to-be').click();
    await page.waitForTimeout(300);
    await page.getByTestId('rf__node-transactions').click();
    await shot('edit-queue');
    await page.getByTestId('rf__node-statement-ready').click();
    await shot('edit-topic');
    await page.getByTestId('rf__edge-transactions-identity').click({ force: true });
    await shot('edit-consumer-edge');
    await dialog(page, 'Share link…', () => shot('dialog-share'));
    await dialog(page, 'Examples…', () => shot('dialog-examples'));

    await page.getByTestId('view-simulate').click();
    await page.getByLabel('Scenario', { exact: true }).selectOption('short-peak');
    await shot('simulate-scenario');
    await page.getByRole('button', { name: 'Run simulation' }).click();
    await page.getByTestId('results').waitFor({ timeout: 180_000 });
    await page.waitForTimeout(1500);
    await shot('simulate-results');

    await page.getByTestId('view-compare').click();
    await page.getByRole('button', { name: 'Run simulation' }).click();
    await page.getByTestId('compare-results').waitFor({ timeout: 180_000 });
    await page.waitForTimeout(1500);
    await shot('compare');
    await page.setViewportSize({ width: 1440, height: 3600 });
    await page.waitForTimeout(500);
    await page
      .getByTestId('compare-results')
      .screenshot({ path: `${out}/compare-full-${scheme}.png`, animations: 'disabled' });
    await page.setViewportSize({ width: 1440, height: 1800 });

    await page.getByTestId('view-roadmap').click();
    await page.getByRole('button', { name: 'Simulate roadmap' }).click();
    await page.getByTestId('trajectory-table').waitFor({ timeout: 180_000 });
    await page.waitForTimeout(800);
    await shot('roadmap');

    await page.getByTestId('view-present').click();
    await page.getByTestId('slide-today').waitFor();
    await shot('present-1');
    for (let i = 2; i <= 5; i++) {
      await page.keyboard.press('ArrowRight');
      await page.waitForTimeout(1500);
      await shot(`present-${i}`);
    }
    await page.keyboard.press('Escape');
    await page.context().close();
  }
  console.log(`screenshots in ${out}`);
} finally {
  await session.close();
}

async function dialog(page: Page, command: string, take: () => Promise<void>): Promise<void> {
  await page.getByRole('button', { name: 'Project' }).click();
  await page.getByRole('menuitem', { name: command }).click();
  await page.getByRole('dialog').waitFor();
  await take();
  await page.keyboard.press('Escape');
  await page.getByRole('dialog').waitFor({ state: 'detached' });
}
