import { copyJson } from '../json-copy';
import { uniqueId } from '../elements/unique-id';
import type { ModelEdge, ModelNode, Variant } from '../types';
import type { Clip } from './clip-text';

/** How far pasted nodes sit from where they were copied, so they do not hide the originals. */
const OFFSET = 40;

/**
 * The nodes and edges a paste adds to `variant`: fresh ids (node ids unique across the project's
 * variants, `takenNodeIds`; edge ids unique in the variant), names marked "copy", positions
 * offset. A dead-letter queue reference follows the copy when its queue was copied too, stays
 * when that queue exists in the target variant, and is cleared otherwise (pasting into another
 * project must not leave a dangling reference).
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
    return copy;
  });
  const takenEdges = variant.edges.map((e) => e.id);
  const edges = clip.edges.map((e): ModelEdge => {
    const id = uniqueId(e.id, takenEdges);
    takenEdges.push(id);
    const copy = copyJson(e);
    return { ...copy, id, from: ids.get(e.from)!, to: ids.get(e.to)! };
  });
  return { nodes, edges };
}
