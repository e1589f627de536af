import { expect, test } from 'vitest';
import type { Box } from '../../../../models/diagram/edge-detours';
import { flowFrame } from '../../../../models/diagram/flow-frame';

const box: Box = { x: 200, y: 40, width: 168, height: 46 };
const corners = (b: Box) => [
  { x: b.x, y: b.y },
  { x: b.x + b.width, y: b.y + b.height },
];

test.each(['down', 'right', 'left'] as const)(
  'turned %s: a point comes back where it was, a box turns as its corners do',
  (direction) => {
    const frame = flowFrame(direction);
    const p = { x: 17, y: -250 };
    expect(frame.fromDown(frame.toDown(p))).toEqual(p);
    const turned = corners(box).map(frame.toDown);
    const b = frame.box(box);
    expect(Math.min(...turned.map((c) => c.x))).toBe(b.x);
    expect(Math.min(...turned.map((c) => c.y))).toBe(b.y);
    expect(Math.max(...turned.map((c) => c.x))).toBe(b.x + b.width);
    expect(Math.max(...turned.map((c) => c.y))).toBe(b.y + b.height);
  },
);

test('flowing right, a box’s right side is its bottom; flowing left, its left side is', () => {
  const right = flowFrame('right');
  expect(right.toDown({ x: box.x + box.width, y: 63 }).y).toBe(right.box(box).y + 168);
  const left = flowFrame('left');
  expect(left.toDown({ x: box.x, y: 63 }).y).toBe(left.box(box).y + 168);
});
