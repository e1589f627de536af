// Where the side-by-side replay draws each node: the editor's left-to-right columns (nodes whose
// x positions are within a node's width of each other) turned into rows, top to bottom, a row
// wrapping when it holds more nodes than the pane has room for. A long chain then fits a
// half-width pane at full size instead of shrinking its text out of reach.
import type { Variant } from '../../models/types';

/** Width of a node in the side-by-side replay (replay.css: .replay-node-fixed). */
export const COMPACT_NODE_W = 180;
/** Horizontal room per node: its width and a gap. */
export const COMPACT_COL_W = COMPACT_NODE_W + 24;
/** Vertical room per row: a node with a two-line name, its badge and the edge between rows. */
export const COMPACT_ROW_H = 116;
/** Nodes whose x positions differ by less than this stand in one column of the editor. */
const SAME_COLUMN_PX = 100;

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

/** The editor's columns, left to right, each listing its nodes from top to bottom. */
export function editorColumns(variant: Variant): string[][] {
  const byX = [...variant.nodes].sort(
    (a, b) => a.position.x - b.position.x || a.position.y - b.position.y,
  );
  const columns: { x: number; nodes: Variant['nodes'] }[] = [];
  for (const node of byX) {
    const last = columns.at(-1);
    if (last && node.position.x - last.x < SAME_COLUMN_PX) last.nodes.push(node);
    else columns.push({ x: node.position.x, nodes: [node] });
  }
  return columns.map((c) =>
    [...c.nodes].sort((a, b) => a.position.y - b.position.y).map((n) => n.id),
  );
}

/** The nodes in rows of at most `perRow`, each row centred on x = 0, one row under the other. */
export function compactLayout(variant: Variant, perRow: number): CompactLayout {
  const per = Math.max(1, Math.floor(perRow));
  const positions = new Map<string, XY>();
  let row = 0;
  let widest = 0;
  for (const column of editorColumns(variant)) {
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
