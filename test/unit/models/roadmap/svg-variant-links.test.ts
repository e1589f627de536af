// The links of the variant diagram (slides' "The target", the HTML report) keep clear of the boxes
// they do not connect: each path, as drawn, is sampled densely and no sample falls inside another
// node's box. Read from the SVG text itself, so it checks what a viewer sees.
import { describe, expect, test } from 'vitest';
import { EXAMPLES } from '../../../../models/examples';
import { variantDiagram } from '../../../../models/roadmap/svg-variant';

interface Pt {
  x: number;
  y: number;
}
interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Points about every half pixel along an SVG path made of M, L, Q and C (absolute). */
function samplePath(d: string): Pt[] {
  const tokens = d.match(/[MLQC]|-?\d+(?:\.\d+)?(?:e-?\d+)?/g) ?? [];
  const out: Pt[] = [];
  let at: Pt = { x: 0, y: 0 };
  let i = 0;
  const next = (): Pt => {
    const p = { x: Number(tokens[i]), y: Number(tokens[i + 1]) };
    i += 2;
    return p;
  };
  while (i < tokens.length) {
    const command = tokens[i++];
    if (command === 'M') {
      at = next();
      out.push(at);
      continue;
    }
    const controls =
      command === 'L' ? [next()] : command === 'Q' ? [next(), next()] : [next(), next(), next()];
    if (!['L', 'Q', 'C'].includes(command!)) throw new Error(`unexpected "${command}" in ${d}`);
    const pts = [at, ...controls];
    const length = pts
      .slice(1)
      .reduce((s, p, k) => s + Math.hypot(p.x - pts[k]!.x, p.y - pts[k]!.y), 0);
    const steps = Math.max(4, Math.ceil(length * 2));
    for (let k = 1; k <= steps; k++) out.push(bezierAt(pts, k / steps));
    at = controls[controls.length - 1]!;
  }
  return out;
}

/** De Casteljau: the point at t on the Bézier curve with these control points. */
function bezierAt(pts: Pt[], t: number): Pt {
  let level = pts;
  while (level.length > 1)
    level = level.slice(1).map((p, k) => ({
      x: level[k]!.x + (p.x - level[k]!.x) * t,
      y: level[k]!.y + (p.y - level[k]!.y) * t,
    }));
  return level[0]!;
}

const inside = (p: Pt, r: Rect, margin: number): boolean =>
  p.x > r.x + margin &&
  p.x < r.x + r.width - margin &&
  p.y > r.y + margin &&
  p.y < r.y + r.height - margin;

/** How far a point lies from a box (0 on or inside it). */
const distance = (p: Pt, r: Rect): number =>
  Math.hypot(
    Math.max(r.x - p.x, 0, p.x - r.x - r.width),
    Math.max(r.y - p.y, 0, p.y - r.y - r.height),
  );

interface DrawnLink {
  from: string;
  to: string;
  title: string;
  points: Pt[];
}

/** The boxes by node id (drawn in the variant's node order) and every link with its ends. */
function readDiagram(svg: string, nodeIds: readonly string[]) {
  const rects = [
    ...svg.matchAll(/<rect x="(-?[\d.]+)" y="(-?[\d.]+)" width="([\d.]+)" height="([\d.]+)"/g),
  ].map((m) => ({ x: +m[1]!, y: +m[2]!, width: +m[3]!, height: +m[4]! }));
  expect(rects).toHaveLength(nodeIds.length);
  const boxes = new Map(nodeIds.map((id, k) => [id, rects[k]!]));
  const links: DrawnLink[] = [
    ...svg.matchAll(
      /<path d="([^"]+)"[^>]*class="(?:edge edge-\w+|dead-letter-link)"><title>([^<]+)<\/title>/g,
    ),
  ].map((m) => {
    const title = m[2]!;
    const ends =
      /^\w+: (.+) → (.+)$/.exec(title) ?? /^dead letters of (.+) go to (.+)$/.exec(title);
    if (!ends) throw new Error(`no ends in "${title}"`);
    return { from: ends[1]!, to: ends[2]!, title, points: samplePath(m[1]!) };
  });
  return { boxes, links };
}

const diagrams = EXAMPLES.flatMap((example) =>
  example.project.variants.map((variant) => ({ name: `${example.id} ${variant.id}`, variant })),
);

describe('the links of every built-in example’s diagrams', () => {
  test.each(diagrams)('$name: no link passes behind a box it does not connect', ({ variant }) => {
    const svg = variantDiagram(variant, { idPrefix: 'links' });
    const { boxes, links } = readDiagram(
      svg,
      variant.nodes.map((n) => n.id),
    );
    const deadLetterQueues = variant.nodes.filter(
      (n) => 'deadLetterQueue' in n && n.deadLetterQueue !== null,
    );
    expect(links).toHaveLength(variant.edges.length + deadLetterQueues.length);
    const behind: string[] = [];
    for (const link of links) {
      const from = boxes.get(link.from)!;
      const to = boxes.get(link.to)!;
      // The path runs from its source's border to (within an arrow's tip of) its target's.
      expect(distance(link.points[0]!, from), link.title).toBeLessThanOrEqual(0.5);
      expect(inside(link.points[0]!, from, 0.5), link.title).toBe(false);
      expect(distance(link.points.at(-1)!, to), link.title).toBeLessThanOrEqual(3);
      for (const [id, box] of boxes) {
        if (id === link.from || id === link.to) continue;
        if (link.points.some((p) => inside(p, box, 0.5))) behind.push(`${link.title} behind ${id}`);
      }
    }
    expect(behind).toEqual([]);
    // The whole of every path lies in the picture.
    const [minX, minY, width, height] = /viewBox="([^"]+)"/.exec(svg)![1]!.split(' ').map(Number);
    const all = links.flatMap((link) => link.points);
    expect(Math.min(...all.map((p) => p.x))).toBeGreaterThanOrEqual(minX!);
    expect(Math.min(...all.map((p) => p.y))).toBeGreaterThanOrEqual(minY!);
    expect(Math.max(...all.map((p) => p.x))).toBeLessThanOrEqual(minX! + width!);
    expect(Math.max(...all.map((p) => p.y))).toBeLessThanOrEqual(minY! + height!);
  });

  test('the same variant draws the same links every time', () => {
    const variant = EXAMPLES[0]!.project.variants.at(-1)!;
    expect(variantDiagram(variant, { idPrefix: 'again' })).toBe(
      variantDiagram(structuredClone(variant), { idPrefix: 'again' }),
    );
  });
});
