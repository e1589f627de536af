// An edge label sits on its curve clear of every node: the middle when it is free, else the first
// free place towards the ends; the curve's points are React Flow's.
import { getBezierPath, Position } from '@xyflow/react';
import { describe, expect, test } from 'vitest';
import { earlierBoxes, labelKey } from '../../../../src/canvas/label-boxes';
import { bezierPoints, labelSpot, pointAt } from '../../../../src/canvas/label-spot';

const [path, midX, midY] = getBezierPath({
  sourceX: 0,
  sourceY: 0,
  sourcePosition: Position.Right,
  targetX: 200,
  targetY: 300,
  targetPosition: Position.Left,
});
const size = { width: 60, height: 16 };

describe('labelSpot', () => {
  test('the curve read back from React Flow’s path: its middle is React Flow’s label point', () => {
    const curve = bezierPoints(path)!;
    expect(curve[0]).toEqual({ x: 0, y: 0 });
    expect(curve[3]).toEqual({ x: 200, y: 300 });
    const mid = pointAt(curve, 0.5);
    expect(mid.x).toBeCloseTo(midX, 6);
    expect(mid.y).toBeCloseTo(midY, 6);
  });

  test('nothing in the way: the middle', () => {
    expect(labelSpot(path, size, [])).toEqual(pointAt(bezierPoints(path)!, 0.5));
  });

  test('a node over the middle: the label moves along the curve, off the node', () => {
    const node = { x: midX - 20, y: midY - 20, width: 180, height: 40 };
    const p = labelSpot(path, size, [node])!;
    expect(p).toEqual(pointAt(bezierPoints(path)!, 0.4));
    const box = { x: p.x - 30, y: p.y - 8, width: 60, height: 16 };
    expect(box.y + box.height <= node.y || box.x + box.width <= node.x).toBe(true);
  });

  test('no free place: null (the caller keeps the middle); not a Bézier path: null', () => {
    expect(labelSpot(path, size, [{ x: -50, y: -50, width: 400, height: 400 }])).toBeNull();
    expect(labelSpot('M 0,0 L 10,10', size, [])).toBeNull();
  });
});

describe('earlierBoxes', () => {
  test('a label gives way to the labels of earlier edges on its own canvas only', () => {
    const box = (x: number) => ({ x, y: 0, width: 1, height: 1 });
    const boxes = {
      [labelKey('1', 'a')]: box(1),
      [labelKey('1', 'c')]: box(3),
      [labelKey('2', 'a')]: box(9),
      [labelKey('1', 'b')]: box(2),
    };
    expect(earlierBoxes(boxes, labelKey('1', 'c'))).toEqual([box(1), box(2)]);
    expect(earlierBoxes(boxes, labelKey('1', 'a'))).toEqual([]);
  });
});
