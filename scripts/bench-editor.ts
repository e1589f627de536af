// Editor benchmark (not a test): opens a generated 300-node, 450-edge model in Chromium, drags a node
// for a few seconds and reports frame times. Target: median frame under 16 ms.
// Run: npm run bench:editor   (builds the app, serves it with vite preview, drives /usr/bin/chromium)
// Chromium runs without vsync and frame-rate limit, so a frame time is the work of the frame, not 1/60 s.
import LZString from 'lz-string';
import { build, preview } from 'vite';
import { launchChromium } from '../test/e2e/chromium';
import { serializeProject } from '../models/serialize';
import { generateLargeModel } from './generate-large-model';

const DRAG_MS = Number(process.env.DRAG_MS ?? 4000);

function quantile(sorted: number[], q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN;
}

async function main(): Promise<void> {
  const project = generateLargeModel();
  const nodes = project.variants[0]!.nodes.length;
  const edges = project.variants[0]!.edges.length;
  await build({ logLevel: 'warn', configFile: 'vite.config.ts' });
  const server = await preview({ preview: { port: 0, open: false }, logLevel: 'warn' });
  const browser = await launchChromium(['--disable-gpu-vsync', '--disable-frame-rate-limit']);
  try {
    const page = await (
      await browser.newContext({ viewport: { width: 1440, height: 900 } })
    ).newPage();
    const url = `${server.resolvedUrls!.local[0]}#project=${LZString.compressToEncodedURIComponent(serializeProject(project))}`;
    await page.goto(url);
    await page
      .locator('.react-flow__node')
      .nth(nodes - 1)
      .waitFor({ state: 'attached' });
    // Zoom in so that a node is big enough to grab, on the middle of the model.
    const target = page.getByTestId('rf__node-n7-10');
    await target.waitFor();
    const box = (await target.boundingBox())!;
    const start = { x: box.x + box.width / 2, y: box.y + box.height / 2 };

    // Idle frames first: what the canvas costs when nothing moves (animated message edges repaint).
    await page.evaluate(
      `(() => { window.__frames = []; window.__stop = false; const tick = (t) => { window.__frames.push(t); if (!window.__stop) requestAnimationFrame(tick); }; requestAnimationFrame(tick); })()`,
    );
    await page.waitForTimeout(2000);
    const idle = (await page.evaluate(
      '(() => { window.__stop = true; return window.__frames; })()',
    )) as number[];
    const idleDeltas = idle
      .slice(1)
      .map((t, k) => t - idle[k]!)
      .sort((x, y) => x - y);
    console.log(
      `idle frame time ms: median ${quantile(idleDeltas, 0.5).toFixed(1)}, p90 ${quantile(idleDeltas, 0.9).toFixed(1)} (${idleDeltas.length} frames in 2 s)`,
    );
    await page.waitForTimeout(100);

    // A string, not a function: tsx's helpers (__name) do not exist in the page.
    await page.evaluate(`(() => {
      window.__frames = [];
      window.__stop = false;
      const tick = (t) => { window.__frames.push(t); if (!window.__stop) requestAnimationFrame(tick); };
      requestAnimationFrame(tick);
    })()`);
    await page.mouse.move(start.x, start.y);
    await page.mouse.down();
    const began = Date.now();
    let i = 0;
    while (Date.now() - began < DRAG_MS) {
      const a = (i++ / 30) * Math.PI;
      await page.mouse.move(start.x + Math.cos(a) * 150, start.y + Math.sin(a) * 100);
    }
    await page.mouse.up();
    const frames = (await page.evaluate(
      '(() => { window.__stop = true; return window.__frames; })()',
    )) as number[];
    const deltas = frames
      .slice(1)
      .map((t, k) => t - frames[k]!)
      .sort((x, y) => x - y);
    const moved = (await target.getAttribute('style')) ?? '';
    console.log(
      `editor drag benchmark: ${nodes} nodes, ${edges} edges, ${i} pointer moves over ${DRAG_MS} ms, ${deltas.length} frames`,
    );
    console.log(
      `frame time ms: median ${quantile(deltas, 0.5).toFixed(1)}, p90 ${quantile(deltas, 0.9).toFixed(1)}, p99 ${quantile(deltas, 0.99).toFixed(1)}, max ${deltas.at(-1)?.toFixed(1)}`,
    );
    console.log(
      `target median < 16 ms: ${quantile(deltas, 0.5) < 16 ? 'met' : 'NOT met'}${moved.includes('translate') ? '' : ' (warning: the node did not move)'}`,
    );
  } finally {
    await browser.close();
    await server.close();
  }
}

await main();
