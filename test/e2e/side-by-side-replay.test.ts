// Compare's replay at 1280 × 800: both variants side by side under one scrubber, both recoloured
// to the same simulated moment, every node's figure and state equal to the CLI's series at that
// moment, and the bigger graph (the Client portal's 13-node to-be) whole in its pane with no text
// drawn below 11 px, no edge behind another node; the timeline's labels whole. Screenshot: /tmp/side-by-side-replay.png.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { compressToEncodedURIComponent } from 'lz-string';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { EXAMPLES } from '../../models/examples/index';
import { isClient } from '../../models/kinds/guards';
import { serializeProject } from '../../models/serialize';
import type { Project, Variant } from '../../models/types';
import { bucketIndexAt } from '../../src/charts/line-path';
import { baseURL, launchBrowser } from './browser';
import { shortPeak } from './short-peak';
import { cliSimulate, type CliResult } from './simulate-helpers';

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
  // A short outage: its label is longer than its band on the timeline.
  peak.faults = [{ type: 'outage', node: 'identity-validation', startS: 60, endS: 80 }];
  project.scenarios = [peak];
  return project;
}

/** Moves the one scrubber to about `s` seconds, as a user clicks on the track. */
async function scrubTo(page: Page, s: number, durationS: number): Promise<number> {
  const scrubber = page.getByRole('slider', { name: 'Replay time' });
  const box = (await scrubber.boundingBox())!;
  await page.mouse.click(box.x + 8 + ((box.width - 16) * s) / durationS, box.y + box.height / 2);
  return Number(await scrubber.inputValue());
}

interface NodeLook {
  utilisation: string;
  state: string;
}

/** Every node of a pane as drawn: its utilisation attribute and its state. */
async function paneLooks(pane: Locator): Promise<Record<string, NodeLook>> {
  return pane.locator('.replay-node').evaluateAll((els) =>
    Object.fromEntries(
      els.map((el) => [
        el.getAttribute('data-testid')!.replace('replay-node-', ''),
        {
          utilisation: el.getAttribute('data-utilisation')!,
          state: el.getAttribute('data-state')!,
        },
      ]),
    ),
  );
}

/** What the CLI's series say each node shows at `atS` (replay-frame.ts reads the same series). */
function expectedLooks(variant: Variant, r: CliResult, atS: number): Record<string, NodeLook> {
  const k = bucketIndexAt(r.series.t, atS);
  return Object.fromEntries(
    variant.nodes.map((n) => {
      const u = r.series.utilization[n.id]?.[k];
      const bits = r.series.nodeState[n.id]?.[k] ?? 0;
      const clientFailing = isClient(n) && (r.series.errorRate[k] ?? 0) > 0.05;
      const state = bits & 2 || clientFailing ? 'failing' : bits & 1 ? 'saturated' : 'ok';
      return [n.id, { utilisation: u === undefined ? '' : String(u), state }];
    }),
  );
}

/** The smallest text of a pane's nodes as drawn on screen: font size times the pane's scale. */
async function smallestTextPx(pane: Locator): Promise<number> {
  return pane.evaluate((el) => {
    const viewport = el.querySelector('.react-flow__viewport')!;
    const scale = new DOMMatrixReadOnly(getComputedStyle(viewport).transform).a;
    const texts = [...el.querySelectorAll('.replay-node, .replay-node *')].filter((t) =>
      [...t.childNodes].some((c) => c.nodeType === Node.TEXT_NODE && c.textContent!.trim()),
    );
    return Math.min(...texts.map((t) => parseFloat(getComputedStyle(t).fontSize) * scale));
  });
}

/** Whether every node of a pane lies inside the pane's graph. */
async function allNodesInside(pane: Locator): Promise<boolean> {
  return pane.evaluate((el) => {
    const frame = el.querySelector('.replay-graph')!.getBoundingClientRect();
    return [...el.querySelectorAll('.replay-node')].every((n) => {
      const r = n.getBoundingClientRect();
      return (
        r.left >= frame.left &&
        r.right <= frame.right &&
        r.top >= frame.top &&
        r.bottom <= frame.bottom
      );
    });
  });
}

/** Edges of a pane drawn behind a node that is not one of their ends: "edge behind node". */
async function edgesBehindNodes(pane: Locator, variant: Variant): Promise<string[]> {
  const ends = variant.edges.map((e) => [e.id, e.from, e.to]);
  return pane.evaluate((el, ends) => {
    const box = (id: string) =>
      el.querySelector(`[data-testid="replay-node-${id}"]`)!.getBoundingClientRect();
    const hidden: string[] = [];
    for (const [id, from, to] of ends) {
      const path = el.querySelector<SVGPathElement>(
        `[data-testid="rf__edge-${id}"] .react-flow__edge-path`,
      )!;
      const m = path.getScreenCTM()!;
      const length = path.getTotalLength();
      const others = ends
        .flatMap((e) => [e[1]!, e[2]!])
        .filter((n, i, all) => all.indexOf(n) === i && n !== from && n !== to)
        .map(box);
      for (let k = 1; k < 60; k++) {
        const p = path.getPointAtLength((length * k) / 60).matrixTransform(m);
        const under = others.find(
          (r) => p.x > r.left + 2 && p.x < r.right - 2 && p.y > r.top + 2 && p.y < r.bottom - 2,
        );
        if (under) {
          hidden.push(`${id}`);
          break;
        }
      }
    }
    return hidden;
  }, ends);
}

test('side-by-side replay at 1280 × 800: one scrubber moves both graphs to the same moment, readable and whole', async () => {
  const project = portal();
  const dir = mkdtempSync(join(tmpdir(), 'side-by-side-'));
  const file = join(dir, 'portal.json');
  writeFileSync(file, serializeProject(project));
  const expected = Promise.all([
    cliSimulate('as-is', 'short-peak', 3, 1, file),
    cliSimulate('to-be', 'short-peak', 3, 1, file),
  ]);
  const context = await browser.newContext({
    reducedMotion: 'reduce',
    viewport: { width: 1280, height: 800 },
  });
  const page = await context.newPage();
  await page.goto(
    `${baseURL()}#project=${compressToEncodedURIComponent(serializeProject(project))}`,
  );
  await page.getByTestId('view-compare').click();
  await page.getByLabel('Baseline', { exact: true }).selectOption('as-is');
  await page.getByLabel('Compared with', { exact: true }).selectOption('to-be');
  await page.getByRole('button', { name: 'Run simulation' }).click();
  const replay = page.getByTestId('side-by-side-replay');
  await replay.waitFor({ timeout: 90_000 });
  await replay.scrollIntoViewIfNeeded();
  const [asIs, toBe] = [
    replay.locator('.compare-replay[data-variant="as-is"]'),
    replay.locator('.compare-replay[data-variant="to-be"]'),
  ];

  // Side by side: same top, each about half of the page.
  const [boxA, boxB] = [(await asIs.boundingBox())!, (await toBe.boundingBox())!];
  expect(boxB.y).toBe(boxA.y);
  expect(boxB.x).toBeGreaterThan(boxA.x + boxA.width);
  for (const box of [boxA, boxB]) expect(box.width).toBeGreaterThan(550);

  // The timeline's marks: each label whole, on the track, clear of the other marks' labels, and
  // named in full for a screen reader.
  const marks = await replay.locator('.replay-markers').evaluate((list) => {
    const track = list.getBoundingClientRect();
    return [...list.querySelectorAll('li')].map((li) => {
      const label = li.querySelector('.replay-marker-label')!.getBoundingClientRect();
      return {
        text: li.querySelector('.replay-marker-label')!.textContent,
        name: li.getAttribute('aria-label'),
        inside: label.left >= track.left - 8 && label.right <= track.right + 8,
        top: label.top,
        bottom: label.bottom,
      };
    });
  });
  expect(marks.map((m) => [m.text, m.name, m.inside])).toEqual([
    ['spike', 'spike: 40 s – 2:20', true],
    ['Identity validation down', 'Identity validation down: 1:00 – 1:20', true],
  ]);
  expect(marks[1]!.top).toBeGreaterThanOrEqual(marks[0]!.bottom);

  // Readable and whole: the 13-node to-be and the 6-node as-is, same scale, no text under 11 px.
  expect(project.variants[1]!.nodes.length).toBe(13);
  for (const pane of [asIs, toBe]) {
    expect(await smallestTextPx(pane)).toBeGreaterThanOrEqual(11);
    expect(await allNodesInside(pane)).toBe(true);
  }
  // Every edge visible end to end: none runs behind a node other than its two ends.
  expect(await edgesBehindNodes(asIs, project.variants[0]!)).toEqual([]);
  expect(await edgesBehindNodes(toBe, project.variants[1]!)).toEqual([]);
  expect(await asIs.locator('.replay-graph').getAttribute('data-zoom')).toBe(
    await toBe.locator('.replay-graph').getAttribute('data-zoom'),
  );

  // One scrubber, one moment: before the spike and at its height, both panes equal the CLI.
  const [cliA, cliB] = await expected;
  const durationS = shortPeak().durationS;
  const states: string[] = [];
  for (const s of [30, 95]) {
    const atS = await scrubTo(page, s, durationS);
    expect(Math.abs(atS - s)).toBeLessThan(5);
    await expect
      .poll(() => paneLooks(asIs))
      .toEqual(expectedLooks(project.variants[0]!, cliA, atS));
    expect(await paneLooks(toBe)).toEqual(expectedLooks(project.variants[1]!, cliB, atS));
    const captions = await replay.getByTestId('side-replay-caption').allTextContents();
    const clock = (await page.locator('.replay-time').textContent())!.split(' / ')[0]!;
    // Both captions at the scrubber's clock: "At 30 s: …", "At 1:35 (during spike): …".
    const at = `At ${clock}`;
    expect(captions.map((c) => c.startsWith(at) && /^[:\s]/.test(c.slice(at.length)))).toEqual([
      true,
      true,
    ]);
    states.push(
      (await asIs.getByTestId('replay-node-portal').getAttribute('data-state'))!,
      (await toBe.getByTestId('replay-node-portal').getAttribute('data-state'))!,
    );
  }
  // Calm before the spike on both sides; at its height the as-is portal is in trouble.
  expect(states.slice(0, 2)).toEqual(['ok', 'ok']);
  expect(states[2]).not.toBe('ok');
  await page.screenshot({ path: '/tmp/side-by-side-replay.png' });
  await context.close();
}, 240_000);
