import { describe, expect, test } from 'vitest';
import { scaleLinear } from 'd3';
import {
  areaPath,
  bucketIndexAt,
  linePath,
  maxFinite,
  stackedAreaPaths,
} from '../../../../src/charts/line-path';

const x = scaleLinear().domain([0, 10]).range([0, 100]);
const y = scaleLinear().domain([0, 10]).range([100, 0]);

/** Path data → list of [command, x, y] for exact assertions. */
function commands(d: string): [string, number, number][] {
  return [...d.matchAll(/([MLZ])([-\d.]+)?,?([-\d.]+)?/g)].map((m) => [
    m[1]!,
    Number(m[2]),
    Number(m[3]),
  ]);
}

describe('series to SVG paths', () => {
  test('a line maps each (t, value) through the scales', () => {
    const d = linePath([0, 5, 10], [0, 5, 10], x, y);
    expect(commands(d)).toEqual([
      ['M', 0, 100],
      ['L', 50, 50],
      ['L', 100, 0],
    ]);
  });

  test('a missing bucket breaks the line into two pieces instead of dropping to zero', () => {
    const d = linePath([0, 2, 4, 6], [1, Number.NaN, 3, 4], x, y);
    const moves = commands(d).filter((c) => c[0] === 'M');
    expect(moves).toHaveLength(2);
    expect(d).not.toContain('NaN');
  });

  test('an area closes on the zero baseline', () => {
    const d = areaPath([0, 10], [10, 10], x, y);
    const pts = commands(d);
    expect(pts[0]).toEqual(['M', 0, 0]);
    expect(pts.some(([c, px, py]) => c === 'L' && px === 0 && py === 100)).toBe(true);
    expect(d.endsWith('Z')).toBe(true);
  });

  test('stacked layers sum: the top of the last layer is the total', () => {
    const layers = stackedAreaPaths(
      [0, 5, 10],
      [
        { id: 'ok', values: [1, 2, 3] },
        { id: 'err', values: [1, Number.NaN, 4] },
      ],
      x,
      y,
    );
    expect(layers.map((l) => l.id)).toEqual(['ok', 'err']);
    expect(layers[1]!.top).toEqual([2, 2, 7]);
  });

  test('helpers: the y-domain maximum ignores gaps; the replay finds the bucket of a time', () => {
    expect(maxFinite([1, Number.NaN, 3], [2, Number.POSITIVE_INFINITY])).toBe(3);
    expect(maxFinite([])).toBe(0);
    const t = [0, 5, 10, 15];
    expect(bucketIndexAt(t, -1)).toBe(0);
    expect(bucketIndexAt(t, 7.5)).toBe(1);
    expect(bucketIndexAt(t, 10)).toBe(2);
    expect(bucketIndexAt(t, 99)).toBe(3);
    expect(bucketIndexAt([], 1)).toBe(-1);
  });
});
