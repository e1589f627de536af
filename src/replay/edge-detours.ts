// Edges of the side-by-side replay that would run behind another node: the graph is drawn top to
// bottom in rows (compact-layout.ts), so an edge that skips a row (balance verification straight
// to the database, under statement generation) would pass behind the boxes of the rows between.
// Such an edge takes a lane beside those boxes instead: down from its source, across to the lane,
// down the lane, across and down into its target. Several edges beside the same boxes get lanes
// a few pixels apart.

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface EdgeEnds {
  id: string;
  from: string;
  to: string;
}

/** Clearance between a lane and the boxes it passes, and between two lanes. */
const GAP = 22;
const LANE_SPACING = 10;

const bottomCentre = (b: Box) => ({ x: b.x + b.width / 2, y: b.y + b.height });
const topCentre = (b: Box) => ({ x: b.x + b.width / 2, y: b.y });

/** Whether the straight run from `a` to `b` passes through the box (sampled every few pixels). */
function crosses(a: { x: number; y: number }, b: { x: number; y: number }, box: Box): boolean {
  const steps = Math.max(2, Math.ceil(Math.hypot(b.x - a.x, b.y - a.y) / 4));
  for (let i = 1; i < steps; i++) {
    const x = a.x + ((b.x - a.x) * i) / steps;
    const y = a.y + ((b.y - a.y) * i) / steps;
    if (x > box.x && x < box.x + box.width && y > box.y && y < box.y + box.height) return true;
  }
  return false;
}

/** The x of each detouring edge's lane, by edge id; edges that run clear are not listed. */
export function edgeDetours(
  boxes: ReadonlyMap<string, Box>,
  edges: readonly EdgeEnds[],
): Map<string, number> {
  const lanes = new Map<string, number>();
  let right = 0;
  let left = 0;
  for (const e of edges) {
    const source = boxes.get(e.from);
    const target = boxes.get(e.to);
    if (!source || !target || e.from === e.to) continue;
    const a = bottomCentre(source);
    const b = topCentre(target);
    if (b.y <= a.y) continue;
    const between = [...boxes]
      .filter(
        ([id, box]) => id !== e.from && id !== e.to && box.y < b.y && box.y + box.height > a.y,
      )
      .map(([, box]) => box);
    if (!between.some((box) => crosses(a, b, box))) continue;
    const rightLane = Math.max(...between.map((box) => box.x + box.width)) + GAP;
    const leftLane = Math.min(...between.map((box) => box.x)) - GAP;
    const middle = (a.x + b.x) / 2;
    if (rightLane - middle <= middle - leftLane)
      lanes.set(e.id, rightLane + LANE_SPACING * right++);
    else lanes.set(e.id, leftLane - LANE_SPACING * left++);
  }
  return lanes;
}

/** Distance an edge runs straight out of its source and into its target before turning. */
const STUB = 14;

/** The SVG path of a detour: source down, across to the lane, down, across, down into the target. */
export function detourPath(
  source: { x: number; y: number },
  target: { x: number; y: number },
  laneX: number,
  radius = 8,
): string {
  const y1 = source.y + STUB;
  const y2 = target.y - STUB;
  return roundedPolyline(
    [
      source,
      { x: source.x, y: y1 },
      { x: laneX, y: y1 },
      { x: laneX, y: y2 },
      { x: target.x, y: y2 },
      target,
    ],
    radius,
  );
}

/** A polyline whose corners are rounded (a quadratic curve through each inner point). */
export function roundedPolyline(
  points: readonly { x: number; y: number }[],
  radius: number,
): string {
  const [first, ...rest] = points;
  if (!first) return '';
  let d = `M ${first.x} ${first.y}`;
  for (let i = 0; i < rest.length; i++) {
    const p = rest[i]!;
    const prev = points[i]!;
    const next = rest[i + 1];
    if (!next) {
      d += ` L ${p.x} ${p.y}`;
      break;
    }
    const inLen = Math.hypot(p.x - prev.x, p.y - prev.y);
    const outLen = Math.hypot(next.x - p.x, next.y - p.y);
    const r = Math.min(radius, inLen / 2, outLen / 2);
    const before =
      inLen === 0
        ? p
        : { x: p.x - ((p.x - prev.x) * r) / inLen, y: p.y - ((p.y - prev.y) * r) / inLen };
    const after =
      outLen === 0
        ? p
        : { x: p.x + ((next.x - p.x) * r) / outLen, y: p.y + ((next.y - p.y) * r) / outLen };
    d += ` L ${before.x} ${before.y} Q ${p.x} ${p.y} ${after.x} ${after.y}`;
  }
  return d;
}
