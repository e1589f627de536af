// Warnings name nodes by the names the user sees and point at them on the canvas (#19, defect 3).
import { compressToEncodedURIComponent } from 'lz-string';
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Browser } from 'playwright-core';
import { EXAMPLES } from '../../models/examples/index';
import { serializeProject } from '../../models/serialize';
import type { ModelEdge } from '../../models/types';
import { launchBrowser, openApp } from './browser';
import { edge, node } from './editor-helpers';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** The Client portal whose database calls the portal back: an old file's synchronous cycle. */
function portalWithDatabaseCall(): string {
  const project = structuredClone(EXAMPLES.find((e) => e.id === 'client-portal')!.project);
  const asIs = project.variants[0]!;
  const call = asIs.edges.find((e) => e.id === 'balance-db')! as ModelEdge;
  asIs.edges.push({ ...call, id: 'db-portal', from: 'accounts-db', to: 'portal' });
  return `/#project=${compressToEncodedURIComponent(serializeProject(project))}`;
}

test('a database calling a service is marked on the canvas; its warnings name nodes, and a click selects and shows the call', async () => {
  const { context, page } = await openApp(browser, portalWithDatabaseCall(), {
    viewport: { width: 1280, height: 800 },
  });
  await node(page, 'portal').waitFor();
  const marked = (locator: ReturnType<typeof node>) =>
    locator
      .locator('.has-problem')
      .count()
      .then((n) => n > 0);
  expect(await marked(node(page, 'accounts-db'))).toBe(true);
  expect(await marked(edge(page, 'db-portal'))).toBe(true);
  // Its screen-reader label says who calls whom by name.
  expect(await edge(page, 'db-portal').getAttribute('aria-label')).toBe(
    'call from Accounts database to Client portal',
  );

  // Nothing selected: the project's problems, every one placed by names, no ids or JSON paths.
  const problems = page.getByTestId('inspector-problems');
  const items = problems.getByRole('listitem');
  const databaseCall = items.filter({ hasText: 'a call cannot start at database' });
  expect(await databaseCall.locator('.problem-place').textContent()).toBe(
    'call Accounts database → Client portal (As-is: synchronous chain)',
  );
  expect(await databaseCall.locator('.problem-message').textContent()).toMatch(
    /^a call cannot start at database "Accounts database": /,
  );
  expect(await problems.textContent()).toContain(
    'synchronous call cycle Client portal → Identity validation → Balance verification → Accounts database → Client portal',
  );
  expect(await problems.textContent()).not.toMatch(/accounts-db|variants\[|"portal"/);
  await page.screenshot({ path: 'test-results/problem-places-light.png' });
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.screenshot({ path: 'test-results/problem-places-dark.png' });

  // The warning's place is a button: it selects the call and the inspector shows it.
  await problems
    .getByRole('button', {
      name: 'Show call Accounts database → Client portal (As-is: synchronous chain) on the canvas',
    })
    .first()
    .click();
  await expect
    .poll(() => page.getByTestId('inspector').getByRole('heading').first().textContent())
    .toBe('Call: Accounts database → Client portal');
  expect(await edge(page, 'db-portal').getAttribute('class')).toContain('selected');
  await context.close();
});
