// The side-by-side replay's layout and scale: every node gets a place of its own (no two boxes
// overlap), a rank becomes a row and wraps at the pane's room, both panes share one
// scale that is full size when the wider graph fits and never below the readable scale; rows
// follow the traffic, so every edge of a graph without cycles runs down the pane.
import fc from 'fast-check';
import { expect, test } from 'vitest';
import { EXAMPLES } from '../../../../models/examples/index';
import { variantSchema } from '../../../../models/schema/project';
import type { Variant } from '../../../../models/types';
import {
  COMPACT_NODE_W,
  COMPACT_ROW_H,
  compactLayout,
  flowRanks,
} from '../../../../src/replay/compact-layout';
import {
  MIN_TEXT_PX,
  READABLE_ZOOM,
  SMALLEST_NODE_TEXT_PX,
  sideBySideFit,
} from '../../../../src/replay/side-by-side-fit';

const variantAt = (positions: { x: number; y: number }[]): Variant =>
  variantSchema.parse({
    id: 'v',
    name: 'V',
    nodes: positions.map((position, i) => ({
      id: `n${i}`,
      name: `N${i}`,
      kind: 'service',
      position,
    })),
  });

const positionsArb = fc.array(
  fc.record({ x: fc.integer({ min: 0, max: 4000 }), y: fc.integer({ min: -500, max: 2000 }) }),
  { minLength: 1, maxLength: 40 },
);

test('property: no two boxes overlap, rows fit perRow, and the layout spans what it says', () => {
  fc.assert(
    fc.property(positionsArb, fc.integer({ min: 1, max: 6 }), (positions, perRow) => {
      const v = variantAt(positions);
      const layout = compactLayout(v, perRow);
      const placed = [...layout.positions.values()];
      expect(placed.length).toBe(v.nodes.length);
      for (let i = 0; i < placed.length; i++)
        for (let j = i + 1; j < placed.length; j++) {
          const [a, b] = [placed[i]!, placed[j]!];
          const apart =
            Math.abs(a.x - b.x) >= COMPACT_NODE_W || Math.abs(a.y - b.y) >= COMPACT_ROW_H;
          expect(apart).toBe(true);
        }
      const rows = new Map<number, number>();
      for (const p of placed) rows.set(p.y, (rows.get(p.y) ?? 0) + 1);
      for (const n of rows.values()) expect(n).toBeLessThanOrEqual(perRow);
      const left = Math.min(...placed.map((p) => p.x));
      const right = Math.max(...placed.map((p) => p.x)) + COMPACT_NODE_W;
      expect(right - left).toBeCloseTo(layout.width, 9);
      expect(left).toBeCloseTo(-layout.width / 2, 9);
    }),
    { numRuns: 300 },
  );
});

const withEdges = (v: Variant, pairs: [number, number][]): Variant =>
  variantSchema.parse({
    ...v,
    edges: pairs.map(([a, b], k) => ({ id: `e${k}`, from: `n${a}`, to: `n${b}`, kind: 'call' })),
  });

test('rows follow the traffic: a node sits under every node that calls it, a cycle stays bounded', () => {
  // n0 → n1 → n3 and n1 → n2 → n3: n3 comes after n2 although the editor has it further up.
  const v = withEdges(
    variantAt([
      { x: 0, y: 0 },
      { x: 300, y: 0 },
      { x: 600, y: 100 },
      { x: 600, y: 0 },
    ]),
    [
      [0, 1],
      [1, 3],
      [1, 2],
      [2, 3],
    ],
  );
  expect(flowRanks(v)).toEqual([['n0'], ['n1'], ['n2'], ['n3']]);
  const cycle = withEdges(variantAt([0, 1, 2].map((k) => ({ x: k * 300, y: 0 }))), [
    [0, 1],
    [1, 2],
    [2, 0],
  ]);
  expect(flowRanks(cycle).flat().sort()).toEqual(['n0', 'n1', 'n2']);
  // A column of three in rows of two: two rows.
  const tall = variantAt([0, 1, 2].map((k) => ({ x: 0, y: k * 100 })));
  const ys = [...compactLayout(tall, 2).positions.values()].map((p) => p.y);
  expect(new Set(ys).size).toBe(2);
});

test('property: in a graph without cycles every edge runs down the pane', () => {
  fc.assert(
    fc.property(
      positionsArb,
      fc.array(fc.tuple(fc.nat(), fc.nat()), { maxLength: 60 }),
      fc.integer({ min: 1, max: 5 }),
      (positions, raw, perRow) => {
        const n = positions.length;
        const pairs = raw
          .map(([a, b]) => [a % n, b % n] as [number, number])
          .filter(([a, b]) => a < b);
        const v = withEdges(variantAt(positions), pairs);
        const at = compactLayout(v, perRow).positions;
        for (const [a, b] of pairs) expect(at.get(`n${b}`)!.y).toBeGreaterThan(at.get(`n${a}`)!.y);
      },
    ),
    { numRuns: 300 },
  );
});

test('the Client portal at 1280 px: full size, the 13-node to-be sets the height, both panes alike', () => {
  const portal = EXAMPLES.find((e) => e.id === 'client-portal')!.project;
  const fit = sideBySideFit(616, portal.variants);
  expect(fit.zoom).toBe(1);
  const [asIs, toBe] = portal.variants.map((v) => fit.layouts.get(v.id)!);
  expect(toBe!.height).toBeGreaterThan(asIs!.height);
  expect(fit.height).toBe(Math.ceil(toBe!.height + 2 * fit.padding));
});

test('property: the scale never draws the smallest text below 11 px, and is full size when it fits', () => {
  expect(SMALLEST_NODE_TEXT_PX * READABLE_ZOOM).toBeCloseTo(MIN_TEXT_PX, 12);
  fc.assert(
    fc.property(positionsArb, positionsArb, fc.integer({ min: 50, max: 2000 }), (a, b, width) => {
      const variants = [variantAt(a), { ...variantAt(b), id: 'w' }];
      const fit = sideBySideFit(width, variants);
      expect(fit.zoom * SMALLEST_NODE_TEXT_PX).toBeGreaterThanOrEqual(MIN_TEXT_PX - 1e-9);
      expect(fit.zoom).toBeLessThanOrEqual(1);
      const widest = Math.max(...[...fit.layouts.values()].map((l) => l.width));
      if (widest * READABLE_ZOOM <= width - 2 * fit.padding)
        expect(widest * fit.zoom).toBeLessThanOrEqual(width - 2 * fit.padding + 1e-9);
    }),
    { numRuns: 300 },
  );
});
