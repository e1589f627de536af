// Hostile strings in every text field of a project (names, descriptions, technology, message
// names, edge and checklist labels, variant, scenario and project names, and the title, owner
// and rationale of recorded roadmap steps), met the way a user meets them: opened from a share
// link, then every view, the slides and their HTML export, the roadmap's HTML and Markdown exports (the Markdown
// rendered with marked, as a wiki or a README viewer would), the canvas and a chart as SVG and
// PNG (opened as a page, inline in a page and as an image), the Mermaid export rendered by
// mermaid and the AsyncAPI export read back as YAML. Nothing may run: a dialog handler and a
// global flag the strings try to set catch any script, and no element may carry an on*
// attribute or a javascript: address.
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { compressToEncodedURIComponent } from 'lz-string';
import { marked } from 'marked';
import { parse as parseYaml } from 'yaml';
import { planRoadmap } from '../../models/roadmap/plan';
import type { Project } from '../../models/types';
import { baseURL, launchBrowser } from './browser';
import { projectCommand } from './editor-helpers';
import { withShortScenarios } from '../helpers/shorten';
import { asyncApiProblems, mermaidProblems } from '../helpers/fuzz/checks';
import { HOSTILE_STRINGS, TRAP_FLAG } from '../helpers/fuzz/hostile';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** The keys whose values are the user's own words (ids and kinds are checked by the schema). */
const TEXT_FIELDS = new Set([
  'name',
  'description',
  'technology',
  'message',
  'label',
  'title',
  'rationale',
  'owner',
]);

/** A broker's technology is one of a list (the schema refuses anything else); a service's is free text. */
const BROKERS = new Set(['kafka', 'rabbitmq', 'nats', 'activemq', 'generic']);

/**
 * The Client portal example, its planned roadmap saved as recorded steps (each with an owner
 * and a rationale), with a hostile string (numbered, so names stay distinct) in every text field.
 */
function hostileProject(): { text: string; fields: number; project: Project } {
  const example = JSON.parse(
    readFileSync(new URL('../../models/examples/client-portal.json', import.meta.url), 'utf8'),
  ) as Project;
  // Safety is the point here, not figures: short runs.
  const short = withShortScenarios(example);
  const plan = planRoadmap(short, 'as-is', 'to-be');
  const project = {
    ...short,
    roadmap: {
      from: plan.from,
      to: plan.to,
      steps: plan.steps.map((s) => ({ ...s, recorded: true, owner: 'owner', rationale: 'why' })),
    },
  };
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
  return { text: JSON.stringify(project), fields: i, project };
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
  return (
    await downloadBytes(page, () => page.getByRole('button', { name: button }).click())
  ).toString('utf8');
}

async function downloadBytes(page: Page, trigger: () => Promise<void>): Promise<Buffer> {
  const downloading = page.waitForEvent('download', { timeout: 90_000 });
  await trigger();
  return readFileSync((await (await downloading).path())!);
}

/** Opens the app on the hostile project from a share link, with the dialog trap set. */
async function openHostile(): Promise<{
  context: BrowserContext;
  page: Page;
  dialogs: string[];
  errors: string[];
  text: string;
  fields: number;
  project: Project;
}> {
  const hostile = hostileProject();
  const context = await browser.newContext({
    reducedMotion: 'reduce',
    viewport: { width: 1440, height: 900 },
  });
  const page = await context.newPage();
  const dialogs: string[] = [];
  context.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(`${baseURL()}#project=${compressToEncodedURIComponent(hostile.text)}`);
  await page.locator('.react-flow__node').first().waitFor();
  return { context, page, dialogs, errors, ...hostile };
}

test('hostile strings in every text field run nowhere: views, slides, HTML and Markdown exports', async () => {
  const { context, page, dialogs, errors, text, fields, project } = await openHostile();
  expect(fields).toBeGreaterThan(80);
  expect(project.roadmap!.steps.length).toBeGreaterThan(3);
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
  // The recorded steps' own words are on the page, as text: titles, owners, rationales.
  const step = project.roadmap!.steps[0]!;
  await expect(page.locator('.roadmap-rationale').first().textContent()).resolves.toBe(
    step.rationale,
  );
  // (A text field drops line breaks, as it does for anything typed or pasted into it.)
  await expect(
    page.getByRole('textbox', { name: 'Title of step 1', exact: true }).inputValue(),
  ).resolves.toBe(step.title.replace(/[\r\n]/g, ''));
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
  const slides = await download(page, 'Export slides (HTML)');

  // The exports opened as a stakeholder opens them: the HTML as a page, the Markdown rendered.
  for (const [where, content] of [
    ['HTML report', html],
    ['Markdown rendered by marked', await marked.parse(markdown)],
    ['slides exported as HTML', slides],
  ] as const) {
    const viewer = await context.newPage();
    await viewer.setContent(content);
    await expectNothingRan(viewer, dialogs, where);
    await viewer.close();
  }
  await context.close();
}, 600_000);

/** What the test uses of the mermaid library's global (mermaid.min.js). */
interface MermaidGlobal {
  initialize: (config: { startOnLoad: boolean; securityLevel: string }) => void;
  render: (
    id: string,
    text: string,
  ) => Promise<{ svg: string; bindFunctions?: (element: Element) => void }>;
}

/** Every string value of a parsed document. */
function strings(value: unknown): string[] {
  const found: string[] = [];
  const stack = [value];
  while (stack.length > 0) {
    const v = stack.pop();
    if (typeof v === 'string') found.push(v);
    else if (Array.isArray(v)) stack.push(...v);
    else if (v !== null && typeof v === 'object') stack.push(...Object.values(v));
  }
  return found;
}

test('hostile strings run nowhere in the canvas and chart images, the Mermaid and the AsyncAPI exports', async () => {
  const { context, page, dialogs, errors, project } = await openHostile();
  const dir = mkdtempSync(join(tmpdir(), 'spillway-injection-'));
  try {
    const images: { where: string; type: 'svg' | 'png'; bytes: Buffer }[] = [];
    const mermaid: { where: string; text: string }[] = [];
    const variantTabs = page.getByRole('tablist', { name: 'Variants' }).getByRole('tab');
    for (const [v, variant] of project.variants.entries()) {
      await variantTabs.nth(v).click();
      await page.locator('.react-flow__node').first().waitFor();
      for (const type of ['svg', 'png'] as const)
        images.push({
          where: `${variant.id} canvas ${type}`,
          type,
          bytes: await downloadBytes(page, () =>
            projectCommand(page, `Export canvas as ${type.toUpperCase()}`, 90_000),
          ),
        });
      const text = (
        await downloadBytes(page, () => projectCommand(page, 'Export Mermaid'))
      ).toString('utf8');
      expect(mermaidProblems(text), variant.id).toEqual([]);
      mermaid.push({ where: `${variant.id} Mermaid`, text });
    }

    // The to-be's messaging as AsyncAPI: every name and description comes back as the same
    // string (data, not YAML tags, anchors or markup), and descriptions render as text.
    const toBe = project.variants[1]!;
    const yaml = (
      await downloadBytes(page, () => projectCommand(page, 'Export AsyncAPI'))
    ).toString('utf8');
    expect(asyncApiProblems(yaml)).toEqual([]);
    const values = strings(parseYaml(yaml, { uniqueKeys: true }));
    expect(values).toContain(`${project.name} — ${toBe.name}`);
    const brokers = toBe.nodes.filter((n) => n.kind === 'queue' || n.kind === 'topic');
    expect(brokers.length).toBeGreaterThan(0);
    for (const n of brokers)
      expect(
        values.some((s) => s.includes(n.name)),
        n.name,
      ).toBe(true);

    // A chart whose row labels are the hostile node names.
    await page.getByTestId('view-simulate').click();
    await page.getByRole('button', { name: 'Run simulation' }).click();
    const heat = page.getByRole('button', { name: 'Download Utilisation per node chart' });
    await heat.waitFor({ timeout: 120_000 });
    for (const type of ['svg', 'png'] as const)
      images.push({
        where: `chart ${type}`,
        type,
        bytes: await downloadBytes(page, async () => {
          await heat.click();
          await page.getByRole('menuitem', { name: new RegExp(type.toUpperCase()) }).click();
        }),
      });
    await expectNothingRan(page, dialogs, 'exports');
    expect(errors).toEqual([]);

    // Each image as a stakeholder may open it: an SVG as a page of its own and inline in an
    // HTML page (where script and handlers would run), any image in an <img>.
    for (const [i, image] of images.entries()) {
      const viewer = await context.newPage();
      const mime = image.type === 'svg' ? 'image/svg+xml' : 'image/png';
      await viewer.setContent(
        `<img id="image" src="data:${mime};base64,${image.bytes.toString('base64')}">`,
      );
      await expect(
        viewer.evaluate(async () => {
          const img = document.getElementById('image') as HTMLImageElement;
          await img.decode();
          return img.naturalWidth;
        }),
      ).resolves.toBeGreaterThan(100);
      await expectNothingRan(viewer, dialogs, `${image.where} as an image`);
      if (image.type === 'svg') {
        const svg = image.bytes.toString('utf8');
        const file = join(dir, `image-${i}.svg`);
        writeFileSync(file, svg);
        await viewer.setContent(`<!doctype html><body>${svg}</body>`);
        await expectNothingRan(viewer, dialogs, `${image.where} inline`);
        // The hostile names are there, as text.
        await expect(viewer.locator('body').textContent()).resolves.toContain(
          `window.${TRAP_FLAG}=`,
        );
        await viewer.goto(pathToFileURL(file).href);
        await expectNothingRan(viewer, dialogs, `${image.where} as a page`);
      }
      await viewer.close();
    }

    // The Mermaid text rendered by mermaid itself, at its default (strict) security level and
    // at "loose" (labels as HTML, click handlers allowed): the labels are text either way.
    const mermaidScript = join(process.cwd(), 'node_modules/mermaid/dist/mermaid.min.js');
    // One page loads mermaid once and renders each diagram at each level into a fresh element,
    // checked after every render, so that whatever ran is named by the render that ran it.
    const viewer = await context.newPage();
    await viewer.setContent('<!doctype html><body></body>');
    await viewer.addScriptTag({ path: mermaidScript });
    let renders = 0;
    for (const securityLevel of ['strict', 'loose'])
      for (const { where, text } of mermaid) {
        const rendered = await viewer.evaluate(
          async ({ text, securityLevel, id }) => {
            const m = (window as unknown as { mermaid: MermaidGlobal }).mermaid;
            m.initialize({ startOnLoad: false, securityLevel });
            const { svg, bindFunctions } = await m.render(id, text);
            const target = document.body.appendChild(document.createElement('div'));
            target.innerHTML = svg;
            bindFunctions?.(target);
            return target.textContent ?? '';
          },
          { text, securityLevel, id: `rendered-${renders++}` },
        );
        expect(rendered, where).toContain(`window.${TRAP_FLAG}=`);
        await expectNothingRan(viewer, dialogs, `${where} rendered (${securityLevel})`);
      }
    await viewer.close();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  await context.close();
}, 600_000);
