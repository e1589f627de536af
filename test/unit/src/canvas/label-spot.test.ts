// An edge label sits on its curve clear of every node: the middle when it is free, else the first
// free place towards the ends; the curve's points are React Flow's.
import { getBezierPath, Position } from '@xyflow/react';
import { describe, expect, test } from 'vitest';
import { labelKey, useLabelBoxes } from '../../../../src/canvas/label-boxes';
import { placeLabels } from '../../../../src/canvas/label-placement';
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

const mid = pointAt(bezierPoints(path)!, 0.5);
const request = { path, ...size, midX: mid.x, midY: mid.y };

describe('placeLabels', () => {
  test('in key order: the first label takes the middle, the next one on the same curve gives way', () => {
    const spots = placeLabels(
      [
        ['1 a', request],
        ['1 b', request],
      ],
      [],
    );
    expect(spots.get('1 a')).toEqual(mid);
    const b = spots.get('1 b')!;
    expect(Math.abs(b.x - mid.x) >= size.width || Math.abs(b.y - mid.y) >= size.height).toBe(true);
  });

  test('with no free place a label keeps its middle', () => {
    const wall = [{ x: -500, y: -500, width: 2000, height: 2000 }];
    expect(placeLabels([['1 a', request]], wall).get('1 a')).toEqual(mid);
  });
});

describe('the labels of a canvas, placed together', () => {
  const settled = () => new Promise<void>((resolve) => queueMicrotask(resolve));

  test('a label gives way to the labels of earlier edges on its own canvas only, and follows the nodes', async () => {
    const store = useLabelBoxes.getState();
    store.setNodes('1', []);
    store.setNodes('2', []);
    store.request(labelKey('1', 'b'), request);
    store.request(labelKey('1', 'a'), request);
    store.request(labelKey('2', 'c'), request);
    await settled();
    const spots = () => useLabelBoxes.getState().spots;
    expect(spots()[labelKey('1', 'a')]).toEqual(mid);
    expect(spots()[labelKey('1', 'b')]).not.toEqual(mid);
    expect(spots()[labelKey('2', 'c')]).toEqual(mid);
    // A node moved over the middle of canvas 2: its label moves off it.
    store.setNodes('2', [{ x: mid.x - 30, y: mid.y - 10, width: 60, height: 20 }]);
    await settled();
    expect(spots()[labelKey('2', 'c')]).not.toEqual(mid);
    // The first label gone, the second takes the middle.
    store.request(labelKey('1', 'a'), null);
    await settled();
    expect(spots()[labelKey('1', 'a')]).toBeUndefined();
    expect(spots()[labelKey('1', 'b')]).toEqual(mid);
  });
});
