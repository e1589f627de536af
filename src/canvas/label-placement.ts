// Every edge label of a canvas placed in one pass, in edge-id order: each on its curve, clear of
// the nodes and of the labels placed before it (label-spot.ts), else at its curve's middle.
import { labelSpot, type Box, type Point } from './label-spot';

/** What a label needs to be placed: its edge's path, its size, and the curve's middle. */
export interface LabelRequest {
  path: string;
  width: number;
  height: number;
  midX: number;
  midY: number;
}

/**
 * The centre of each label, by its key, for `requests` sorted by key. A label's box, once
 * placed, is in the way of every label after it.
 */
export function placeLabels(
  requests: readonly (readonly [string, LabelRequest])[],
  nodes: readonly Box[],
): Map<string, Point> {
  const spots = new Map<string, Point>();
  const inTheWay: Box[] = [...nodes];
  for (const [key, r] of requests) {
    const p = labelSpot(r.path, r, inTheWay) ?? { x: r.midX, y: r.midY };
    spots.set(key, p);
    inTheWay.push({
      x: p.x - r.width / 2,
      y: p.y - r.height / 2,
      width: r.width,
      height: r.height,
    });
  }
  return spots;
}
