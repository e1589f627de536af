// Left-to-right layered layout of a variant with elkjs; returns new positions for every node.
import { isBroker } from '../../models/kinds/guards';
import type { Variant } from '../../models/types';

const DEFAULT_SIZE = { width: 196, height: 56 };

export async function autoLayout(
  variant: Variant,
  sizes: ReadonlyMap<string, { width: number; height: number }>,
  aspectRatio = 1.6,
): Promise<{ id: string; position: { x: number; y: number } }[]> {
  const dlqUse = new Map<string, number>();
  for (const n of variant.nodes)
    if (isBroker(n) && n.deadLetterQueue)
      dlqUse.set(n.deadLetterQueue, (dlqUse.get(n.deadLetterQueue) ?? 0) + 1);
  // elkjs is large: load it on first use, not with the app.
  const { default: ELK } = await import('elkjs/lib/elk.bundled.js');
  const graph = await new ELK().layout({
    id: 'root',
    layoutOptions: {
      'elk.algorithm': 'layered',
      'elk.direction': 'RIGHT',
      'elk.layered.spacing.nodeNodeBetweenLayers': '130',
      'elk.spacing.nodeNode': '40',
      // Long chains wrap into rows, so a 12-step pipeline stays readable on a screen.
      'elk.layered.wrapping.strategy': 'MULTI_EDGE',
      'elk.aspectRatio': String(aspectRatio),
      'elk.spacing.edgeNode': '30',
      'elk.layered.nodePlacement.strategy': 'BRANDES_KOEPF',
      'elk.layered.crossingMinimization.strategy': 'LAYER_SWEEP',
    },
    children: variant.nodes.map((n) => ({ id: n.id, ...(sizes.get(n.id) ?? DEFAULT_SIZE) })),
    edges: [
      ...variant.edges.map((e) => ({ id: e.id, sources: [e.from], targets: [e.to] })),
      // A dead-letter queue of one broker sits after it; one shared by many would pull the layout apart.
      ...variant.nodes.flatMap((n) =>
        isBroker(n) && n.deadLetterQueue && dlqUse.get(n.deadLetterQueue) === 1
          ? [{ id: `dlq:${n.id}`, sources: [n.id], targets: [n.deadLetterQueue] }]
          : [],
      ),
    ],
  });
  return (graph.children ?? []).map((c) => ({
    id: c.id,
    position: { x: Math.round(c.x ?? 0), y: Math.round(c.y ?? 0) },
  }));
}
