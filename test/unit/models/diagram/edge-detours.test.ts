import { expect, test } from 'vitest';
import { detourPath, edgeDetours, type Box } from '../../../../models/diagram/edge-detours';

const box = (x: number, y: number): Box => ({ x, y, width: 180, height: 80 });

// A chain a → b → c drawn top to bottom, plus a → c skipping b's row.
const chain = new Map([
  ['a', box(-90, 0)],
  ['b', box(-90, 116)],
  ['c', box(-90, 232)],
]);

test('an edge that would pass behind the box of a row between takes a lane beside it', () => {
  const lanes = edgeDetours(chain, [
    { id: 'ab', from: 'a', to: 'b' },
    { id: 'bc', from: 'b', to: 'c' },
    { id: 'ac', from: 'a', to: 'c' },
  ]);
  expect([...lanes.keys()]).toEqual(['ac']);
  // Clear of b's right side (x = 90).
  expect(lanes.get('ac')).toBeGreaterThan(90);
});

test('two edges beside the same boxes get lanes apart; an edge clear of every box keeps its curve', () => {
  const boxes = new Map([...chain, ['d', box(-90, 348)], ['e', box(200, 116)]]);
  const lanes = edgeDetours(boxes, [
    { id: 'ac', from: 'a', to: 'c' },
    { id: 'ad', from: 'a', to: 'd' },
    { id: 'ae', from: 'a', to: 'e' },
  ]);
  expect(lanes.has('ae')).toBe(false);
  expect(Math.abs(lanes.get('ac')! - lanes.get('ad')!)).toBeGreaterThanOrEqual(10);
});

test('the detour starts and ends at the edge’s ends and runs down the lane', () => {
  const d = detourPath({ x: 0, y: 80 }, { x: 0, y: 232 }, 112);
  expect(d.startsWith('M 0 80')).toBe(true);
  expect(d.endsWith('L 0 232')).toBe(true);
  const xs = [...d.matchAll(/(-?[\d.]+) (-?[\d.]+)/g)].map((m) => Number(m[1]));
  expect(Math.max(...xs)).toBe(112);
});

test('an edge is judged by the course it takes: a curve bulging behind a box detours, a straight run does not', () => {
  const boxes = new Map([
    ['a', box(0, 0)],
    ['b', box(100, 116)],
    ['c', box(0, 232)],
  ]);
  const edges = [{ id: 'ac', from: 'a', to: 'c' }];
  expect(edgeDetours(boxes, edges).has('ac')).toBe(false);
  const bulge = (a: { x: number; y: number }, b: { x: number; y: number }) => [
    a,
    { x: a.x + 60, y: (a.y + b.y) / 2 },
    b,
  ];
  // The lane runs on the near side of b, clear of its left edge (x = 100).
  expect(edgeDetours(boxes, edges, bulge).get('ac')).toBeLessThan(100);
});
