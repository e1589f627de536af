// How the side-by-side replay draws two variants in two panes of one width: the same rows per
// node column, the same scale and the same height for both, chosen so that the bigger graph fits
// its pane without any text drawn smaller than MIN_TEXT_PX.
import type { Variant } from '../../models/types';
import { COMPACT_COL_W, COMPACT_NODE_W, compactLayout, type CompactLayout } from './compact-layout';

/** No text of the replay is drawn smaller than this (CSS pixels on screen). */
export const MIN_TEXT_PX = 11;
/** The smallest text inside a replay node at scale 1 (replay.css: .replay-badge). */
export const SMALLEST_NODE_TEXT_PX = 12;
/** The smallest scale the panes use: the smallest text is then MIN_TEXT_PX high. */
export const READABLE_ZOOM = MIN_TEXT_PX / SMALLEST_NODE_TEXT_PX;
/** Room kept around the graph inside a pane, in screen pixels. */
const PAD = 16;

export interface SideBySideFit {
  paneWidth: number;
  /** Nodes per row at most (a column of the editor with more wraps onto the next row). */
  perRow: number;
  zoom: number;
  /** Pane height in screen pixels: the taller graph at `zoom`, with its padding. */
  height: number;
  padding: number;
  layouts: Map<string, CompactLayout>;
}

export function sideBySideFit(paneWidth: number, variants: readonly Variant[]): SideBySideFit {
  const room = Math.max(0, paneWidth - 2 * PAD);
  const perRow = Math.max(1, Math.floor((room - COMPACT_NODE_W) / COMPACT_COL_W) + 1);
  const layouts = new Map(variants.map((v) => [v.id, compactLayout(v, perRow)]));
  const widest = Math.max(1, ...[...layouts.values()].map((l) => l.width));
  const tallest = Math.max(0, ...[...layouts.values()].map((l) => l.height));
  // Full size when the widest fits; smaller only down to the readable scale (a narrower pane pans).
  const zoom = Math.max(READABLE_ZOOM, Math.min(1, room / widest));
  return {
    paneWidth,
    perRow,
    zoom,
    height: Math.ceil(tallest * zoom + 2 * PAD),
    padding: PAD,
    layouts,
  };
}
