import type { ModelEdge, Variant } from '../types';

/**
 * Where an edge that replaces `replaced` (edges of one staged source) runs: the id of the first
 * of them its source's stages name, in stage order, to pass as `addEdge`'s `sameStageAs` (and to
 * remove only after that addition). Undefined when the source runs no stages or lists none of
 * them: the new edge then goes at the end, as before.
 */
export function stageToJoin(variant: Variant, replaced: readonly ModelEdge[]): string | undefined {
  const from = replaced[0]?.from;
  const node = variant.nodes.find((n) => n.id === from);
  if (!node || !('callMode' in node) || node.callMode !== 'stages') return undefined;
  const ids = new Set(replaced.map((e) => e.id));
  for (const stage of node.stages ?? []) {
    const hit = stage.edges.find((id) => ids.has(id));
    if (hit !== undefined) return hit;
  }
  return undefined;
}
