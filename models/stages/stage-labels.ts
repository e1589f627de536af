import type { ModelEdge, ModelNode } from '../types';
import { planStages } from './plan-stages';

/**
 * What the canvas writes on each edge of a staged node: "stage 2", "stage 3, 3 at a time" (a
 * limit below the edge's count). Edges of other nodes have none.
 */
export function stageLabels(
  nodes: readonly ModelNode[],
  edges: readonly ModelEdge[],
): Map<string, string> {
  const labels = new Map<string, string>();
  const variant = { id: '', name: '', nodes: [...nodes], edges: [...edges] };
  for (const node of nodes) {
    if (!('callMode' in node) || node.callMode !== 'stages') continue;
    planStages(variant, node).forEach((stage, i) => {
      for (const s of stage.edges) {
        const count = s.edge.kind === 'call' ? s.edge.count : 1;
        labels.set(
          s.edge.id,
          `stage ${i + 1}${s.atATime < count ? `, ${s.atATime} at a time` : ''}`,
        );
      }
    });
  }
  return labels;
}
