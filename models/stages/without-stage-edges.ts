import type { ModelNode, Stage } from '../types';

/**
 * The node with the edges `removed` taken out of its stages (a stage left empty goes too), so
 * that deleting or replacing an edge never leaves a stage naming an edge that is gone. The node
 * itself when none of its stages names one of them.
 */
export function withoutStageEdges(node: ModelNode, removed: ReadonlySet<string>): ModelNode {
  if (!('stages' in node) || node.stages === undefined) return node;
  if (!node.stages.some((s) => s.edges.some((id) => removed.has(id)))) return node;
  const stages: Stage[] = [];
  for (const stage of node.stages) {
    const edges = stage.edges.filter((id) => !removed.has(id));
    if (edges.length === 0) continue;
    const limits = Object.entries(stage.atATime ?? {}).filter(([id]) => !removed.has(id));
    stages.push(limits.length > 0 ? { edges, atATime: Object.fromEntries(limits) } : { edges });
  }
  return { ...node, stages };
}
