// Where the side-by-side replay draws each node: in rows, top to bottom, in the order traffic
// flows (a node's row is the longest chain of edges that leads to it), a row wrapping when it
// holds more nodes than the pane has room for, and within a row the editor's top-to-bottom order.
// A long chain then fits a half-width pane at full size instead of shrinking its text out of
// reach, and every edge runs down the pane.
import type { Variant } from '../../models/types';

/** Width of a node in the side-by-side replay (replay.css: .replay-node-fixed). */
export const COMPACT_NODE_W = 180;
/**
 * The tallest a node of the side-by-side replay is drawn (a two-line name, its figure and a
 * queue's backlog bar): the box an edge must not pass behind (models/diagram/edge-detours.ts).
 */
export const COMPACT_NODE_H = 80;
/** Horizontal room per node: its width and a gap. */
export const COMPACT_COL_W = COMPACT_NODE_W + 24;
/** Vertical room per row: a node with a two-line name, its badge and the edge between rows. */
export const COMPACT_ROW_H = 116;

export interface XY {
  x: number;
  y: number;
}

export interface CompactLayout {
  positions: Map<string, XY>;
  /** Width and height of the laid-out nodes, in graph pixels. */
  width: number;
  height: number;
}

/**
 * The nodes by the longest chain of edges that reaches them (sources first), each rank listing its
 * nodes in the editor's order (top to bottom, then left to right). A cycle cannot push a node
 * further than there are nodes; the ranks are then numbered without gaps.
 */
export function flowRanks(variant: Variant): string[][] {
  const rank = new Map(variant.nodes.map((n) => [n.id, 0]));
  for (let pass = 0; pass < variant.nodes.length; pass++) {
    let moved = false;
    for (const e of variant.edges) {
      const from = rank.get(e.from);
      const to = rank.get(e.to);
      if (from === undefined || to === undefined || to >= from + 1) continue;
      if (from + 1 >= variant.nodes.length) continue;
      rank.set(e.to, from + 1);
      moved = true;
    }
    if (!moved) break;
  }
  const byRank = new Map<number, Variant['nodes']>();
  for (const n of variant.nodes) {
    const r = rank.get(n.id)!;
    byRank.set(r, [...(byRank.get(r) ?? []), n]);
  }
  return [...byRank.keys()]
    .sort((a, b) => a - b)
    .map((r) =>
      byRank
        .get(r)!
        .sort((a, b) => a.position.y - b.position.y || a.position.x - b.position.x)
        .map((n) => n.id),
    );
}

/** The nodes in rows of at most `perRow`, each row centred on x = 0, one row under the other. */
export function compactLayout(variant: Variant, perRow: number): CompactLayout {
  const per = Math.max(1, Math.floor(perRow));
  const positions = new Map<string, XY>();
  let row = 0;
  let widest = 0;
  for (const column of flowRanks(variant)) {
    for (let start = 0; start < column.length; start += per) {
      const ids = column.slice(start, start + per);
      widest = Math.max(widest, ids.length);
      ids.forEach((id, i) =>
        positions.set(id, {
          x: (i - (ids.length - 1) / 2) * COMPACT_COL_W - COMPACT_NODE_W / 2,
          y: row * COMPACT_ROW_H,
        }),
      );
      row += 1;
    }
  }
  return {
    positions,
    width: widest === 0 ? 0 : (widest - 1) * COMPACT_COL_W + COMPACT_NODE_W,
    height: row === 0 ? 0 : (row - 1) * COMPACT_ROW_H + COMPACT_ROW_H - 24,
  };
}
