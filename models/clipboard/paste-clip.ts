import { copyJson } from '../json-copy';
import { uniqueId } from '../elements/unique-id';
import type { ModelEdge, ModelNode, Variant } from '../types';
import type { Clip } from './clip-text';
import { withoutStageEdges } from '../stages/without-stage-edges';

/** How far pasted nodes sit from where they were copied, so they do not hide the originals. */
const OFFSET = 40;

/**
 * The nodes and edges a paste adds to `variant`: fresh ids (node ids unique across the project's
 * variants, `takenNodeIds`; edge ids unique in the variant), names marked "copy", positions
 * offset. A dead-letter queue reference follows the copy when its queue was copied too, stays
 * when that queue exists in the target variant, and is cleared otherwise (pasting into another
 * project must not leave a dangling reference). A node's stages follow its copied edges' new ids.
 */
export function pasteClip(
  clip: Clip,
  variant: Variant,
  takenNodeIds: ReadonlySet<string>,
): { nodes: ModelNode[]; edges: ModelEdge[] } {
  const taken = new Set(takenNodeIds);
  const ids = new Map<string, string>();
  for (const n of clip.nodes) {
    const id = uniqueId(n.id, taken);
    taken.add(id);
    ids.set(n.id, id);
  }
  const takenEdges = variant.edges.map((e) => e.id);
  const edgeIds = new Map<string, string>();
  for (const e of clip.edges) {
    const id = uniqueId(e.id, takenEdges);
    takenEdges.push(id);
    edgeIds.set(e.id, id);
  }
  const inVariant = new Set(variant.nodes.map((n) => n.id));
  const nodes = clip.nodes.map((n): ModelNode => {
    const copy = copyJson(n);
    copy.id = ids.get(n.id)!;
    copy.name = `${n.name} copy`;
    copy.position = { x: n.position.x + OFFSET, y: n.position.y + OFFSET };
    if ('deadLetterQueue' in copy && copy.deadLetterQueue) {
      const dlq = copy.deadLetterQueue;
      copy.deadLetterQueue = ids.get(dlq) ?? (inVariant.has(dlq) ? dlq : null);
    }
    return 'stages' in copy && copy.stages ? stagesRenamed(copy, edgeIds) : copy;
  });
  const edges = clip.edges.map((e): ModelEdge => {
    const copy = copyJson(e);
    return { ...copy, id: edgeIds.get(e.id)!, from: ids.get(e.from)!, to: ids.get(e.to)! };
  });
  return { nodes, edges };
}

/** A pasted node's stages name the pasted copies of its edges; edges not copied leave them. */
function stagesRenamed(node: ModelNode, edgeIds: ReadonlyMap<string, string>): ModelNode {
  const kept = withoutStageEdges(
    node,
    new Set(
      ('stages' in node ? (node.stages ?? []) : [])
        .flatMap((s) => s.edges)
        .filter((id) => !edgeIds.has(id)),
    ),
  );
  if (!('stages' in kept) || !kept.stages) return kept;
  return {
    ...kept,
    stages: kept.stages.map((s) => ({
      edges: s.edges.map((id) => edgeIds.get(id)!),
      ...(s.atATime && {
        atATime: Object.fromEntries(
          Object.entries(s.atATime).map(([id, k]) => [edgeIds.get(id)!, k]),
        ),
      }),
    })),
  };
}
