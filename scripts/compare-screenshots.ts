// Pixel comparison of two folders of screenshots with the same file names (before/after a change
// that must not alter the look): per pair, how many pixels differ by more than a small tolerance,
// a diff image (changed pixels in magenta over a faded copy) and, beside it, the region that
// changed before | after (`*.side.png`) for every pair that differs.
// `npx tsx scripts/compare-screenshots.ts BEFORE_DIR AFTER_DIR [DIFF_DIR]`.
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { launchChromium } from '../test/e2e/chromium';

const [before, after, diffDir = `${after}-diff`] = process.argv.slice(2);
if (!before || !after)
  throw new Error('usage: compare-screenshots BEFORE_DIR AFTER_DIR [DIFF_DIR]');
mkdirSync(diffDir, { recursive: true });
const names = readdirSync(before).filter((n) => n.endsWith('.png'));
const browser = await launchChromium();
let differing = 0;
try {
  const page = await browser.newPage();
  // tsx keeps function names with a helper the page does not have.
  await page.evaluate('window.__name = (f) => f');
  for (const name of names) {
    const a = readFileSync(join(before, name)).toString('base64');
    let b: string;
    try {
      b = readFileSync(join(after, name)).toString('base64');
    } catch {
      console.log(`${name}: missing after`);
      differing++;
      continue;
    }
    const result = await page.evaluate(
      async ([a, b]) => {
        const load = async (data: string) => {
          const img = new Image();
          img.src = `data:image/png;base64,${data}`;
          await img.decode();
          return img;
        };
        const [ia, ib] = await Promise.all([load(a!), load(b!)]);
        if (ia.width !== ib.width || ia.height !== ib.height) {
          return {
            size: `${ia.width}×${ia.height} vs ${ib.width}×${ib.height}`,
            changed: -1,
            png: '',
          };
        }
        const read = (img: HTMLImageElement) => {
          const c = document.createElement('canvas');
          c.width = img.width;
          c.height = img.height;
          const g = c.getContext('2d')!;
          g.drawImage(img, 0, 0);
          return { c, g, data: g.getImageData(0, 0, img.width, img.height) };
        };
        const ra = read(ia);
        const rb = read(ib);
        const out = ra.g.createImageData(ia.width, ia.height);
        let changed = 0;
        let [x0, y0, x1, y1] = [ia.width, ia.height, -1, -1];
        for (let i = 0; i < ra.data.data.length; i += 4) {
          let d = 0;
          for (let k = 0; k < 3; k++)
            d = Math.max(d, Math.abs(ra.data.data[i + k]! - rb.data.data[i + k]!));
          if (d > 8) {
            changed++;
            const x = (i / 4) % ia.width;
            const y = Math.floor(i / 4 / ia.width);
            [x0, y0, x1, y1] = [Math.min(x0, x), Math.min(y0, y), Math.max(x1, x), Math.max(y1, y)];
            out.data.set([255, 0, 255, 255], i);
          } else {
            const grey = 200 + (ra.data.data[i]! >> 2);
            out.data.set([grey, grey, grey, 255], i);
          }
        }
        if (changed === 0) return { size: '', changed, png: '', crop: '' };
        // Before and after side by side, around the pixels that changed (at most 700 × 500).
        const pad = 24;
        const cx = Math.max(0, x0 - pad);
        const cy = Math.max(0, y0 - pad);
        const cw = Math.min(700, x1 - x0 + 1 + 2 * pad, ia.width - cx);
        const ch = Math.min(500, y1 - y0 + 1 + 2 * pad, ia.height - cy);
        const side = document.createElement('canvas');
        side.width = cw * 2 + 8;
        side.height = ch;
        const sg = side.getContext('2d')!;
        sg.fillStyle = '#f0f';
        sg.fillRect(0, 0, side.width, side.height);
        sg.drawImage(ia, cx, cy, cw, ch, 0, 0, cw, ch);
        sg.drawImage(ib, cx, cy, cw, ch, cw + 8, 0, cw, ch);
        ra.g.putImageData(out, 0, 0);
        return {
          size: '',
          changed,
          png: ra.c.toDataURL('image/png').split(',')[1]!,
          crop: side.toDataURL('image/png').split(',')[1]!,
        };
      },
      [a, b] as const,
    );
    if (result.changed !== 0) differing++;
    if (result.changed < 0) console.log(`${name}: size differs (${result.size})`);
    else if (result.changed > 0) {
      writeFileSync(join(diffDir, name), Buffer.from(result.png, 'base64'));
      writeFileSync(
        join(diffDir, name.replace(/\.png$/, '.side.png')),
        Buffer.from(result.crop!, 'base64'),
      );
      console.log(`${name}: ${result.changed} pixels differ`);
    } else console.log(`${name}: identical`);
  }
} finally {
  await browser.close();
}
console.log(
  `${names.length} pairs, ${differing} differ${differing ? `; diff images in ${diffDir}` : ''}`,
);
