// Where an edge's label sits: on its curve, clear of every node's box, so that no node hides it.

export interface Point {
  x: number;
  y: number;
}

/** A rectangle in flow coordinates, from its top-left corner. */
export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Places along the curve tried in turn: the middle first, then ever closer to the ends. */
export const LABEL_SPOTS: readonly number[] = [
  0.5, 0.4, 0.6, 0.3, 0.7, 0.35, 0.65, 0.25, 0.75, 0.2, 0.8, 0.15, 0.85,
];

/** Room kept between a label and a node, in flow pixels. */
const MARGIN = 4;

/** The four points of a cubic Bézier path as React Flow writes it (`M x,y C x,y x,y x,y`). */
export function bezierPoints(path: string): [Point, Point, Point, Point] | null {
  const n = path.match(/-?\d+(?:\.\d+)?(?:e-?\d+)?/gi)?.map(Number);
  if (!path.startsWith('M') || !path.includes('C') || !n || n.length !== 8) return null;
  return [
    { x: n[0]!, y: n[1]! },
    { x: n[2]!, y: n[3]! },
    { x: n[4]!, y: n[5]! },
    { x: n[6]!, y: n[7]! },
  ];
}

/** The point at `t` in [0, 1] of a cubic Bézier curve. */
export function pointAt([p0, p1, p2, p3]: readonly [Point, Point, Point, Point], t: number): Point {
  const u = 1 - t;
  const a = u * u * u;
  const b = 3 * u * u * t;
  const c = 3 * u * t * t;
  const d = t * t * t;
  return {
    x: a * p0.x + b * p1.x + c * p2.x + d * p3.x,
    y: a * p0.y + b * p1.y + c * p2.y + d * p3.y,
  };
}

/** Whether two lists hold the same boxes in the same order. */
export const sameBoxes = (a: readonly Box[], b: readonly Box[]): boolean =>
  a.length === b.length &&
  a.every(
    (x, i) =>
      x.x === b[i]!.x && x.y === b[i]!.y && x.width === b[i]!.width && x.height === b[i]!.height,
  );

const overlaps = (a: Box, b: Box): boolean =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

/**
 * The centre for a label of `size` on the curve `path`: the first of `LABEL_SPOTS` where the
 * label, with a small margin, touches none of the `nodes` (boxes to keep clear of: nodes and
 * labels placed already); null when every one does (or the path is
 * not a Bézier curve): the caller keeps the middle.
 */
export function labelSpot(
  path: string,
  size: { width: number; height: number },
  nodes: readonly Box[],
): Point | null {
  const curve = bezierPoints(path);
  if (!curve) return null;
  for (const t of LABEL_SPOTS) {
    const p = pointAt(curve, t);
    const box = {
      x: p.x - size.width / 2 - MARGIN,
      y: p.y - size.height / 2 - MARGIN,
      width: size.width + 2 * MARGIN,
      height: size.height + 2 * MARGIN,
    };
    if (!nodes.some((n) => overlaps(box, n))) return p;
  }
  return null;
}
