// Screenshots for review: the results dashboard, the replay at the peak, the compare view and the
// worst-moment slide of the Client portal's quarterly peak. `npx tsx scripts/screenshots.ts [OUT_DIR] [--dark] [--no-build]`.
import { startAppSession } from './app-session';

const args = process.argv.slice(2);
const out = args.find((a) => !a.startsWith('--')) ?? '/tmp';
const scheme = args.includes('--dark') ? 'dark' : 'light';
const suffix = scheme === 'dark' ? '-dark' : '';
const session = await startAppSession({ skipBuild: args.includes('--no-build') });
try {
  const page = await session.open('models/examples/client-portal.json', {
    colorScheme: scheme,
    width: 1440,
    height: 1000,
  });
  await page.getByTestId('view-simulate').click();
  await page.getByLabel('Scenario', { exact: true }).selectOption('quarterly-peak');
  await page.getByRole('button', { name: 'Run simulation' }).click();
  await page.getByTestId('results').waitFor({ timeout: 120_000 });
  await page.waitForTimeout(1500);
  await page.waitForTimeout(4000); // let the "opened from link" notice fade
  await page.screenshot({ path: `${out}/spillway-dashboard${suffix}.png` });
  // A tall window shows the whole dashboard without its scroll box.
  await page.setViewportSize({ width: 1440, height: 3000 });
  await page.waitForTimeout(500);
  await page
    .getByTestId('results')
    .screenshot({ path: `${out}/spillway-dashboard-full${suffix}.png` });
  await page
    .locator('.replay')
    .first()
    .screenshot({ path: `${out}/spillway-replay-peak${suffix}.png` });

  await page.getByTestId('view-compare').click();
  await page.getByRole('button', { name: 'Run simulation' }).click();
  await page.getByTestId('compare-results').waitFor({ timeout: 120_000 });
  await page.waitForTimeout(1500);
  await page.setViewportSize({ width: 1440, height: 1000 });
  await page.screenshot({ path: `${out}/spillway-compare${suffix}.png` });
  await page.setViewportSize({ width: 1440, height: 3600 });
  await page.waitForTimeout(500);
  await page
    .getByTestId('compare-results')
    .screenshot({ path: `${out}/spillway-compare-full${suffix}.png` });

  // Present: the worst moment of the peak, at a laptop's and a projector's size.
  for (const [width, height] of [
    [1280, 800],
    [1920, 1080],
  ] as const) {
    await page.setViewportSize({ width, height });
    await page.getByTestId('view-present').click();
    await page.getByTestId('slide-today').waitFor();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await page.getByTestId('worst-minute').waitFor({ timeout: 180_000 });
    await page.waitForTimeout(800);
    await page.screenshot({ path: `${out}/spillway-slide-peak-${width}${suffix}.png` });
    await page.keyboard.press('Escape');
  }
  console.log(`screenshots in ${out}`);
} finally {
  await session.close();
}
