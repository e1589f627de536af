// Left-to-right layered layout of a variant with elkjs; returns new positions for every node.
import type { Variant } from '../../models/types';

const DEFAULT_SIZE = { width: 212, height: 56 };

export async function autoLayout(
  variant: Variant,
  sizes: ReadonlyMap<string, { width: number; height: number }>,
): Promise<{ id: string; position: { x: number; y: number } }[]> {
  // elkjs is large: load it on first use, not with the app.
  const { default: ELK } = await import('elkjs/lib/elk.bundled.js');
  const graph = await new ELK().layout({
    id: 'root',
    layoutOptions: {
      'elk.algorithm': 'layered',
      'elk.direction': 'RIGHT',
      'elk.layered.spacing.nodeNodeBetweenLayers': '110',
      'elk.spacing.nodeNode': '48',
      'elk.spacing.edgeNode': '30',
      'elk.layered.nodePlacement.strategy': 'BRANDES_KOEPF',
      'elk.layered.crossingMinimization.strategy': 'LAYER_SWEEP',
    },
    children: variant.nodes.map((n) => ({ id: n.id, ...(sizes.get(n.id) ?? DEFAULT_SIZE) })),
    edges: variant.edges.map((e) => ({ id: e.id, sources: [e.from], targets: [e.to] })),
  });
  return (graph.children ?? []).map((c) => ({ id: c.id, position: { x: Math.round(c.x ?? 0), y: Math.round(c.y ?? 0) } }));
}
