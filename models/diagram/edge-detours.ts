// Edges that would run behind another node's box. A diagram drawn in rows top to bottom (the
// side-by-side replay, src/replay/compact-layout.ts) has an edge that skips a row (balance
// verification straight to the database, under statement generation) pass behind the boxes of the
// rows between. Such an edge takes a lane beside those boxes instead: down from its source, across
// to the lane, down the lane, across and down into its target. Several edges beside the same boxes
// get lanes a few pixels apart. A diagram drawn in columns (the slides' and the report's SVG,
// models/roadmap/svg-link-paths.ts) turns its coordinates so that its flow runs down (flow-frame.ts).

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface Point {
  x: number;
  y: number;
}

export interface EdgeEnds {
  id: string;
  from: string;
  to: string;
}

/** Clearance between a lane and the boxes it passes, and between two lanes. */
const GAP = 22;
const LANE_SPACING = 10;

/** Where an edge leaves its source and enters its target. */
export const bottomCentre = (b: Box): Point => ({ x: b.x + b.width / 2, y: b.y + b.height });
export const topCentre = (b: Box): Point => ({ x: b.x + b.width / 2, y: b.y });

/** Whether the run through `points` passes through the box's inside (sampled every few pixels). */
export function crossesBox(points: readonly Point[], box: Box): boolean {
  for (let k = 1; k < points.length; k++) {
    const a = points[k - 1]!;
    const b = points[k]!;
    const steps = Math.max(2, Math.ceil(Math.hypot(b.x - a.x, b.y - a.y) / 4));
    for (let i = 1; i < steps; i++) {
      const x = a.x + ((b.x - a.x) * i) / steps;
      const y = a.y + ((b.y - a.y) * i) / steps;
      if (x > box.x && x < box.x + box.width && y > box.y && y < box.y + box.height) return true;
    }
  }
  return false;
}

/** The straight run from one end to the other. */
const straight = (a: Point, b: Point): Point[] => [a, b];

/**
 * The x of each detouring edge's lane, by edge id; edges that run clear are not listed. `course`
 * is the run an edge takes when it needs no lane (points from its source's bottom to its target's
 * top, sampled finely enough for a curve): a straight line unless told.
 */
export function edgeDetours(
  boxes: ReadonlyMap<string, Box>,
  edges: readonly EdgeEnds[],
  course: (a: Point, b: Point) => readonly Point[] = straight,
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
    const run = course(a, b);
    if (!between.some((box) => crossesBox(run, box))) continue;
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

/**
 * The corners of a detour: source down, across to the lane, down, across, down into the target;
 * `stub` is how far it runs straight out of its source and into its target.
 */
export function detourPoints(source: Point, target: Point, laneX: number, stub = STUB): Point[] {
  const y1 = source.y + stub;
  const y2 = target.y - stub;
  return [
    source,
    { x: source.x, y: y1 },
    { x: laneX, y: y1 },
    { x: laneX, y: y2 },
    { x: target.x, y: y2 },
    target,
  ];
}

/** The SVG path of a detour (detourPoints), its corners rounded. */
export function detourPath(source: Point, target: Point, laneX: number, radius = 8): string {
  return roundedPolyline(detourPoints(source, target, laneX), radius);
}

/** A polyline whose corners are rounded (a quadratic curve through each inner point). */
export function roundedPolyline(points: readonly Point[], radius: number): string {
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
