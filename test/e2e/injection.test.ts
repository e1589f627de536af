// Hostile strings in every text field of a project (names, descriptions, technology, message
// names, variant, scenario and project names), met the way a user meets them: opened from a
// share link, then every view, the slides and the roadmap's HTML and Markdown exports (the
// Markdown rendered with marked, as a wiki or a README viewer would). Nothing may run: a
// dialog handler and a global flag the strings try to set catch any script, and no element
// may carry an on* attribute or a javascript: address.
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { readFileSync } from 'node:fs';
import { compressToEncodedURIComponent } from 'lz-string';
import { marked } from 'marked';
import { baseURL, launchBrowser } from './browser';
import { HOSTILE_STRINGS, TRAP_FLAG } from '../helpers/fuzz/hostile';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** The keys whose values are the user's own words (ids and kinds are checked by the schema). */
const TEXT_FIELDS = new Set(['name', 'description', 'technology', 'message']);

/** A broker's technology is one of a list (the schema refuses anything else); a service's is free text. */
const BROKERS = new Set(['kafka', 'rabbitmq', 'nats', 'activemq', 'generic']);

/** The Client portal example with a hostile string (numbered, so names stay distinct) in every text field. */
function hostileProject(): { text: string; fields: number } {
  const project = JSON.parse(
    readFileSync(new URL('../../models/examples/client-portal.json', import.meta.url), 'utf8'),
  ) as Record<string, unknown>;
  let i = 0;
  const walk = (value: unknown): void => {
    if (Array.isArray(value)) value.forEach(walk);
    else if (value !== null && typeof value === 'object')
      for (const [key, child] of Object.entries(value as Record<string, unknown>)) {
        if (TEXT_FIELDS.has(key) && typeof child === 'string' && !BROKERS.has(child)) {
          (value as Record<string, unknown>)[key] =
            `${HOSTILE_STRINGS[i % HOSTILE_STRINGS.length]} ${i}`;
          i++;
        } else walk(child);
      }
  };
  walk(project);
  return { text: JSON.stringify(project), fields: i };
}

/** What ran or could run in the page: the trap's flag, and elements with handlers or javascript: links. */
async function executable(page: Page): Promise<{ flag: unknown; elements: string[] }> {
  return page.evaluate((flag) => {
    const elements = [...document.querySelectorAll('*')]
      .filter((e) =>
        [...e.attributes].some(
          (a) =>
            /^on/i.test(a.name) ||
            // An address that runs script (a label that merely reads "javascript:" is text).
            (/^(href|xlink:href|src|action|formaction|data|srcdoc)$/i.test(a.name) &&
              /^javascript:/i.test(a.value.replace(/\s/g, ''))),
        ),
      )
      .map((e) => e.outerHTML.slice(0, 200));
    return { flag: (window as unknown as Record<string, unknown>)[flag], elements };
  }, TRAP_FLAG);
}

async function expectNothingRan(page: Page, dialogs: string[], where: string): Promise<void> {
  // A script an image's onerror would start gets its moment.
  await page.waitForTimeout(200);
  expect({ where, ...(await executable(page)), dialogs }).toEqual({
    where,
    flag: undefined,
    elements: [],
    dialogs: [],
  });
}

async function download(page: Page, button: string): Promise<string> {
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: button }).click();
  return readFileSync((await (await downloading).path())!, 'utf8');
}

test('hostile strings in every text field run nowhere: views, slides, HTML and Markdown exports', async () => {
  const { text, fields } = hostileProject();
  expect(fields).toBeGreaterThan(40);
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  const page = await context.newPage();
  const dialogs: string[] = [];
  context.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(`${baseURL()}#project=${compressToEncodedURIComponent(text)}`);
  await page.locator('.react-flow__node').first().waitFor();
  expect(await page.getByRole('textbox', { name: 'Project name' }).inputValue()).toBe(
    JSON.parse(text).name,
  );
  // Edit: the canvas, and the inspector of a node with a hostile name and description.
  await page.locator('.react-flow__node').nth(1).click();
  await expectNothingRan(page, dialogs, 'edit');

  await page.getByTestId('view-simulate').click();
  await page.getByLabel('Both variants').check();
  await page.getByRole('button', { name: 'Run simulation' }).click();
  await page.getByRole('tablist', { name: 'Results of variant' }).waitFor({ timeout: 120_000 });
  await page.getByTestId('results').waitFor();
  await expectNothingRan(page, dialogs, 'simulate');

  await page.getByTestId('view-compare').click();
  await page.locator('.compare-table').waitFor({ timeout: 120_000 });
  await expectNothingRan(page, dialogs, 'compare');

  await page.getByTestId('view-roadmap').click();
  await page.getByRole('button', { name: 'Simulate roadmap' }).click();
  await page.getByTestId('trajectory-table').waitFor({ timeout: 120_000 });
  await expectNothingRan(page, dialogs, 'roadmap');
  const html = await download(page, 'Export HTML');
  const markdown = await download(page, 'Export Markdown');
  expect(html).toContain('&lt;script&gt;');

  await page.getByTestId('view-present').click();
  await page.getByTestId('slide-today').waitFor();
  for (let i = 0; i < 10; i++) {
    await page.keyboard.press('ArrowRight');
    await expectNothingRan(page, dialogs, `slide ${i + 2}`);
  }
  expect(errors).toEqual([]);

  // The exports opened as a stakeholder opens them: the HTML as a page, the Markdown rendered.
  for (const [where, content] of [
    ['HTML report', html],
    ['Markdown rendered by marked', await marked.parse(markdown)],
  ] as const) {
    const viewer = await context.newPage();
    await viewer.setContent(content);
    await expectNothingRan(viewer, dialogs, where);
    await viewer.close();
  }
  await context.close();
}, 600_000);
