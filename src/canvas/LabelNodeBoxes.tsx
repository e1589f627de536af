// Tells the label placement (label-boxes.ts) where this canvas's nodes are, once per change of
// any node's box, for all of the canvas's edge labels at once. Renders nothing.
import { useLayoutEffect } from 'react';
import { useStore, type ReactFlowState } from '@xyflow/react';
import { useLabelBoxes } from './label-boxes';
import { sameBoxes, type Box } from './label-spot';

/** Every shown node's box in flow coordinates, as React Flow measured it. */
function nodeBoxes(s: ReactFlowState): Box[] {
  const boxes: Box[] = [];
  for (const n of s.nodeLookup.values()) {
    const width = n.measured.width ?? n.width ?? 0;
    const height = n.measured.height ?? n.height ?? 0;
    if (n.hidden || width === 0 || height === 0) continue;
    const { x, y } = n.internals.positionAbsolute;
    boxes.push({ x, y, width, height });
  }
  return boxes;
}

export function LabelNodeBoxes(): null {
  const canvas = useStore((s) => s.rfId);
  const boxes = useStore(nodeBoxes, sameBoxes);
  useLayoutEffect(() => useLabelBoxes.getState().setNodes(canvas, boxes), [canvas, boxes]);
  useLayoutEffect(() => () => useLabelBoxes.getState().setNodes(canvas, null), [canvas]);
  return null;
}
