// Where each edge's label sits on each canvas (flow coordinates). Edges say what their label
// needs (label-placement.ts's LabelRequest) and each canvas says where its nodes are; the labels
// of a canvas are then placed together, once per batch of changes (a microtask), and each edge
// reads its own spot. Placing them together, rather than each label after the others moved,
// keeps a drag on a large canvas to one placement per frame.
import { create } from 'zustand';
import { sameBoxes, type Box, type Point } from './label-spot';
import { placeLabels, type LabelRequest } from './label-placement';

interface LabelBoxes {
  /** What each label needs, by labelKey. */
  requests: Readonly<Record<string, LabelRequest>>;
  /** The nodes' boxes of each canvas, by its id (React Flow's rfId). */
  nodes: Readonly<Record<string, readonly Box[]>>;
  /** Where each label goes, by labelKey; a label not placed yet sits at its curve's middle. */
  spots: Readonly<Record<string, Point>>;
  /** The label under `key` needs this (null: it has no label any more). */
  request: (key: string, request: LabelRequest | null) => void;
  /** The nodes of canvas `canvasId` are there (null: the canvas is gone). */
  setNodes: (canvasId: string, boxes: readonly Box[] | null) => void;
}

/** The key of edge `edgeId`'s label on the canvas `canvasId` (React Flow's rfId). */
export const labelKey = (canvasId: string, edgeId: string): string => `${canvasId} ${edgeId}`;

const canvasOf = (key: string): string => key.slice(0, key.indexOf(' '));

const sameRequest = (a: LabelRequest | undefined, b: LabelRequest | null): boolean =>
  (a === undefined && b === null) ||
  (a !== undefined &&
    b !== null &&
    a.path === b.path &&
    a.width === b.width &&
    a.height === b.height &&
    a.midX === b.midX &&
    a.midY === b.midY);

/** The canvases whose labels must be placed again at the end of this batch. */
const dirty = new Set<string>();

export const useLabelBoxes = create<LabelBoxes>()((set, get) => {
  const placeDirty = (): void => {
    const { requests, nodes, spots } = get();
    // Taken before placing: a change made while the new spots are handed out starts a new batch.
    const canvases = [...dirty];
    dirty.clear();
    let next: Record<string, Point> | null = null;
    for (const canvas of canvases) {
      const prefix = `${canvas} `;
      const mine = Object.entries(requests)
        .filter(([key]) => key.startsWith(prefix))
        .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
      const placed = placeLabels(mine, nodes[canvas] ?? []);
      for (const [key, p] of placed) {
        const old = spots[key];
        if (old && old.x === p.x && old.y === p.y) continue;
        next ??= { ...spots };
        next[key] = p;
      }
    }
    if (next) set({ spots: next });
  };
  const touch = (canvas: string): void => {
    if (dirty.size === 0) queueMicrotask(placeDirty);
    dirty.add(canvas);
  };
  return {
    requests: {},
    nodes: {},
    spots: {},
    request: (key, request) => {
      if (sameRequest(get().requests[key], request)) return;
      const requests = { ...get().requests };
      if (request) requests[key] = request;
      else delete requests[key];
      const spots = request ? get().spots : withoutKey(get().spots, key);
      set({ requests, spots });
      touch(canvasOf(key));
    },
    setNodes: (canvas, boxes) => {
      const old = get().nodes[canvas];
      if (old === undefined ? boxes === null : boxes !== null && sameBoxes(old, boxes)) return;
      const nodes = { ...get().nodes };
      if (boxes) nodes[canvas] = boxes;
      else delete nodes[canvas];
      set({ nodes });
      touch(canvas);
    },
  };
});

function withoutKey<T>(record: Readonly<Record<string, T>>, key: string): Record<string, T> {
  if (!(key in record)) return record as Record<string, T>;
  const rest = { ...record };
  delete rest[key];
  return rest;
}
