// Where each edge's label sits on the canvas (flow coordinates), so that a label can keep clear of
// the labels placed before it (by edge id) as well as of the nodes.
import { create } from 'zustand';
import type { Box } from './label-spot';

interface LabelBoxes {
  boxes: Readonly<Record<string, Box>>;
  /** The label box under `key` (labelKey), or null when it has none (any more). */
  place: (key: string, box: Box | null) => void;
}

const same = (a: Box | undefined, b: Box | null): boolean =>
  (a === undefined && b === null) ||
  (a !== undefined &&
    b !== null &&
    a.x === b.x &&
    a.y === b.y &&
    a.width === b.width &&
    a.height === b.height);

export const useLabelBoxes = create<LabelBoxes>()((set) => ({
  boxes: {},
  place: (id, box) =>
    set((s) => {
      if (same(s.boxes[id], box)) return s;
      const boxes = { ...s.boxes };
      if (box) boxes[id] = box;
      else delete boxes[id];
      return { boxes };
    }),
}));

/** The key of edge `edgeId`'s label on the canvas `canvasId` (React Flow's rfId). */
export const labelKey = (canvasId: string, edgeId: string): string => `${canvasId} ${edgeId}`;

/**
 * The boxes of the labels on the same canvas as `key` whose edge id sorts before its own: a
 * label gives way to those.
 */
export function earlierBoxes(boxes: Readonly<Record<string, Box>>, key: string): Box[] {
  const canvas = key.slice(0, key.indexOf(' ') + 1);
  return Object.keys(boxes)
    .filter((other) => other < key && other.startsWith(canvas))
    .sort()
    .map((other) => boxes[other]!);
}
