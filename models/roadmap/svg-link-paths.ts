// The paths of a variant diagram's links (svg-variant.ts): edges and dead-letter links between
// boxes laid out in columns. A link whose usual curve would pass behind a box it does not connect
// takes a lane around the boxes in its way instead, found by the same router as the replay's
// (models/diagram/edge-detours.ts) in a frame turned so that the diagram's flow runs down.
import { cubicPoints, type Cubic } from '../diagram/cubic-points';
import {
  bottomCentre,
  crossesBox,
  detourPoints,
  edgeDetours,
  roundedPolyline,
  topCentre,
  type Box,
  type Point,
} from '../diagram/edge-detours';
import { flowFrame, type FlowDirection } from '../diagram/flow-frame';

export interface DiagramLink {
  id: string;
  from: string;
  to: string;
  /** Dotted, without an arrow: leaves the bottom of its queue when that way is clear. */
  deadLetter: boolean;
}

/** The room between two boxes of one column (row) and between two columns (column). */
export interface DiagramGaps {
  row: number;
  column: number;
}

export interface LinkPath {
  d: string;
  /** The path's corners and control points: the drawing's extent holds them all. */
  points: Point[];
}

/** How far the turn between bands swings out to the right. */
export const TURN = 40;
/** How far short of its target's side an edge stops, for its arrow's tip. */
const TIP = 2;
const CORNER_RADIUS = 8;

const num = (n: number): string => String(Math.round(n * 100) / 100 + 0);

function cubicPath(c: Cubic): LinkPath {
  const [p0, p1, p2, p3] = c;
  return {
    d: `M${num(p0.x)},${num(p0.y)} C${num(p1.x)},${num(p1.y)} ${num(p2.x)},${num(p2.y)} ${num(p3.x)},${num(p3.y)}`,
    points: [...c],
  };
}

/** A run through `points`, its corners rounded (a point repeating the one before is dropped). */
function polylinePath(points: Point[]): LinkPath {
  const rounded = points
    .map((p) => ({ x: Number(num(p.x)), y: Number(num(p.y)) }))
    .filter((p, i, all) => i === 0 || p.x !== all[i - 1]!.x || p.y !== all[i - 1]!.y);
  return { d: roundedPolyline(rounded, CORNER_RADIUS), points };
}

/** In a frame flowing down: out of `a` downwards and down into `b`, `tip` short of it. */
function flowCurve(a: Point, b: Point, tip: number): Cubic {
  const bend = Math.max(40, (b.y - a.y) / 2);
  return [a, { x: a.x, y: a.y + bend }, { x: b.x, y: b.y - bend }, { x: b.x, y: b.y - tip }];
}

/** Two boxes in one column (the turn between bands): out of a's right side and back into b's. */
function turnCurve(a: Box, b: Box, tip: number): Cubic {
  const x = a.x + a.width;
  const y1 = a.y + a.height / 2;
  const y2 = b.y + b.height / 2;
  return [
    { x, y: y1 },
    { x: x + TURN, y: y1 },
    { x: x + TURN, y: y2 },
    { x: x + tip, y: y2 },
  ];
}

/** A dead-letter link's usual way: down from its queue's bottom, into the side facing it. */
function dropCurve(a: Box, b: Box): Cubic {
  const left = b.x >= a.x;
  const x1 = a.x + a.width / 2;
  const y1 = a.y + a.height;
  const x2 = left ? b.x : b.x + b.width;
  const y2 = b.y + b.height / 2;
  return [
    { x: x1, y: y1 },
    { x: x1, y: y2 },
    { x: left ? x2 - 30 : x2 + 30, y: y2 },
    { x: x2, y: y2 },
  ];
}

/**
 * A dead-letter link that takes a lane still leaves its queue's bottom: down into the gap under
 * the box (half the gap between rows), then across to the side where the lane's run begins, at
 * `sideX` (between the columns, where no box is).
 */
function dropToSide(source: Box, sideX: number, rowGap: number): Point[] {
  const x = source.x + source.width / 2;
  const y = source.y + source.height;
  return [
    { x, y },
    { x, y: y + rowGap / 2 },
    { x: sideX, y: y + rowGap / 2 },
  ];
}

/** Whether the run through `run` keeps out of every box but its link's two ends. */
function clearOfOthers(
  boxes: ReadonlyMap<string, Box>,
  link: DiagramLink,
  run: readonly Point[],
): boolean {
  return [...boxes].every(
    ([id, box]) => id === link.from || id === link.to || !crossesBox(run, box),
  );
}

/** The links that leave their source's side towards a column to the right, or to the left. */
function pathsFlowing(
  direction: FlowDirection,
  boxes: ReadonlyMap<string, Box>,
  links: readonly DiagramLink[],
  gaps: DiagramGaps,
): Map<string, LinkPath> {
  const frame = flowFrame(direction);
  const turned = new Map([...boxes].map(([id, b]) => [id, frame.box(b)]));
  const lanes = edgeDetours(turned, links, (a, b) => cubicPoints(flowCurve(a, b, TIP)));
  const paths = new Map<string, LinkPath>();
  for (const link of links) {
    const a = bottomCentre(turned.get(link.from)!);
    const b = topCentre(turned.get(link.to)!);
    const lane = lanes.get(link.id);
    const curve = (tip: number): LinkPath => {
      const [p0, p1, p2, p3] = flowCurve(a, b, tip).map(frame.fromDown);
      return cubicPath([p0!, p1!, p2!, p3!]);
    };
    if (!link.deadLetter) {
      paths.set(
        link.id,
        lane === undefined
          ? curve(TIP)
          : polylinePath(detourPoints(a, { x: b.x, y: b.y - TIP }, lane).map(frame.fromDown)),
      );
      continue;
    }
    // A dead-letter link leaves its queue's bottom, not the side where arrows come in: then along
    // its lane, or with none, across in the gap after its queue and straight on into its target
    // (the curve from the queue's side if that straight run would pass behind a box).
    // Its runs beside the columns keep to the middle of the gap, apart from the edges' (at 14 px).
    const detour = detourPoints(a, b, lane ?? b.x, gaps.column / 2).map(frame.fromDown);
    const points = [
      ...dropToSide(boxes.get(link.from)!, detour[1]!.x, gaps.row),
      ...detour.slice(2),
    ];
    paths.set(
      link.id,
      lane !== undefined || clearOfOthers(boxes, link, points) ? polylinePath(points) : curve(0),
    );
  }
  return paths;
}

/**
 * Every link's path, by link id. A dead-letter link drops from its queue's bottom when that way is
 * clear; links within one column make the turn between bands; the rest leave their source's side
 * facing their target, curving into its near side, or, when the curve would pass behind a box, by
 * a lane around the boxes in the way (edgeDetours, one set of lanes for each direction).
 */
export function linkPaths(
  boxes: ReadonlyMap<string, Box>,
  links: readonly DiagramLink[],
  gaps: DiagramGaps,
): Map<string, LinkPath> {
  const paths = new Map<string, LinkPath>();
  const flowing: Record<'right' | 'left', DiagramLink[]> = { right: [], left: [] };
  for (const link of links) {
    const a = boxes.get(link.from);
    const b = boxes.get(link.to);
    if (!a || !b) continue;
    const drop = link.deadLetter ? dropCurve(a, b) : null;
    if (drop && clearOfOthers(boxes, link, cubicPoints(drop))) paths.set(link.id, cubicPath(drop));
    else if (a.x === b.x) paths.set(link.id, cubicPath(turnCurve(a, b, link.deadLetter ? 0 : TIP)));
    else flowing[b.x > a.x ? 'right' : 'left'].push(link);
  }
  for (const direction of ['right', 'left'] as const)
    for (const [id, path] of pathsFlowing(direction, boxes, flowing[direction], gaps))
      paths.set(id, path);
  return paths;
}
