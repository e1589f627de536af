// Where a transformation puts the broker it adds: near the desired point, on no other node, and
// where the lines to the nodes it joins cross no other node (else they would run under it).
import type { Variant } from '../types';

/** Room a node takes on the canvas (a little more than it draws), so new nodes do not land on others. */
const WIDTH = 220;
const HEIGHT = 80;
/** The size a node is drawn at: the box its lines must not cross. */
const DRAWN = { width: 196, height: 56 };
/** How many rows above and below the desired point are tried before giving up on clear lines. */
const ROWS = 6;

type Point = { x: number; y: number };

/**
 * The desired position if it is free, else the nearest free row below or above it (below first)
 * from which straight lines to `neighbours` (node ids) pass under no other node; without such a
 * row, the first free row below it.
 */
export function freePosition(
  variant: Variant,
  desired: Point,
  neighbours: readonly string[] = [],
): Point {
  const x = Math.round(desired.x);
  const y = Math.round(desired.y);
  const step = HEIGHT + 10;
  const rows = [0];
  for (let k = 1; k <= ROWS; k++) rows.push(k, -k);
  const free = rows.map((k) => ({ x, y: y + k * step })).filter((p) => !onANode(variant, p));
  const clear = free.find((p) => !linesCrossOthers(variant, p, neighbours));
  if (clear) return clear;
  let below = y;
  while (onANode(variant, { x, y: below })) below += step;
  return { x, y: below };
}

function onANode(variant: Variant, p: Point): boolean {
  return variant.nodes.some(
    (n) => Math.abs(n.position.x - p.x) < WIDTH && Math.abs(n.position.y - p.y) < HEIGHT,
  );
}

const centre = (p: Point): Point => ({ x: p.x + DRAWN.width / 2, y: p.y + DRAWN.height / 2 });

function linesCrossOthers(variant: Variant, at: Point, neighbours: readonly string[]): boolean {
  const ends = variant.nodes.filter((n) => neighbours.includes(n.id));
  const others = variant.nodes.filter((n) => !neighbours.includes(n.id));
  return ends.some((end) =>
    others.some((o) => segmentHitsBox(centre(at), centre(end.position), o.position)),
  );
}

/** Whether the segment a–b passes through the drawn box of a node at `corner` (Liang–Barsky). */
function segmentHitsBox(a: Point, b: Point, corner: Point): boolean {
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  let t0 = 0;
  let t1 = 1;
  const edges: [number, number][] = [
    [-dx, a.x - corner.x],
    [dx, corner.x + DRAWN.width - a.x],
    [-dy, a.y - corner.y],
    [dy, corner.y + DRAWN.height - a.y],
  ];
  for (const [p, q] of edges) {
    if (p === 0) {
      if (q < 0) return false;
      continue;
    }
    const t = q / p;
    if (p < 0) t0 = Math.max(t0, t);
    else t1 = Math.min(t1, t);
    if (t0 > t1) return false;
  }
  return true;
}
