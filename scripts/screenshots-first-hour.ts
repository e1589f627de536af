// Screenshots of the views the first-hour work (#19) touches, at a laptop's and a projector's
// size, light and dark: the Roadmap with its trajectory, the inspector on a node with a long
// name, the scenario editor with short faults. `npx tsx scripts/screenshots-first-hour.ts [OUT_DIR] [--no-build]`.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EXAMPLES } from '../models/examples/index';
import { serializeProject } from '../models/serialize';
import { shortPeak } from '../test/e2e/short-peak';
import { startAppSession } from './app-session';

const args = process.argv.slice(2);
const out = args.find((a) => !a.startsWith('--')) ?? '/tmp';

const project = structuredClone(EXAMPLES.find((e) => e.id === 'client-portal')!.project);
const peak = shortPeak();
// Short faults: their labels are longer than their bars.
peak.faults = [
  { type: 'outage', node: 'identity-validation', startS: 60, endS: 66 },
  { type: 'slowdown', node: 'balance-verification', startS: 170, endS: 178, factor: 3 },
];
project.scenarios.unshift(peak);
const portal = project.variants[0]!.nodes.find((n) => n.id === 'portal')!;
portal.name = 'Client portal for retail and business banking customers (EU region, primary)';
const file = join(mkdtempSync(join(tmpdir(), 'spillway-shots-')), 'portal.json');
writeFileSync(file, serializeProject(project));

const session = await startAppSession({ skipBuild: args.includes('--no-build') });
try {
  for (const scheme of ['light', 'dark'] as const) {
    for (const [width, height] of [
      [1280, 800],
      [1920, 1080],
    ] as const) {
      const name = (view: string) => `${out}/first-hour-${view}-${width}-${scheme}.png`;
      const page = await session.open(file, { colorScheme: scheme, width, height });
      await page.getByTestId('rf__node-portal').click();
      await page.waitForTimeout(300);
      await page.screenshot({ path: name('inspector') });

      await page.getByTestId('view-simulate').click();
      await page.getByLabel('Scenario', { exact: true }).selectOption('short-peak');
      await page.waitForTimeout(300);
      await page.screenshot({ path: name('scenario') });

      await page.getByTestId('view-roadmap').click();
      await page.getByRole('button', { name: 'Simulate roadmap' }).click();
      await page.getByTestId('trajectory-table').waitFor({ timeout: 120_000 });
      await page.waitForTimeout(500);
      await page.screenshot({ path: name('roadmap') });
      await page.context().close();
    }
  }
  console.log(`screenshots in ${out}`);
} finally {
  await session.close();
}
