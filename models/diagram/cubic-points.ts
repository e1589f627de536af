import type { Point } from './edge-detours';

/** A cubic Bézier curve: its start, two control points and its end. */
export type Cubic = readonly [Point, Point, Point, Point];

/** Points along a cubic curve, `steps` + 1 of them from its start to its end. */
export function cubicPoints([p0, p1, p2, p3]: Cubic, steps = 48): Point[] {
  const at = (t: number, a: number, b: number, c: number, d: number): number => {
    const u = 1 - t;
    return u * u * u * a + 3 * u * u * t * b + 3 * u * t * t * c + t * t * t * d;
  };
  return Array.from({ length: steps + 1 }, (_, i) => {
    const t = i / steps;
    return { x: at(t, p0.x, p1.x, p2.x, p3.x), y: at(t, p0.y, p1.y, p2.y, p3.y) };
  });
}
