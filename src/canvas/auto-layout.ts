// Left-to-right layered layout of a variant with elkjs; returns new positions for every node.
// A flow of up to MAX_ROW_LAYERS steps stays in one row, as it is read; a longer one wraps into
// rows shaped like the canvas, so a 12-step pipeline fills the screen instead of a thin line.
import { isBroker } from '../../models/kinds/guards';
import type { Variant } from '../../models/types';

const DEFAULT_SIZE = { width: 196, height: 56 };
/** The most layers (steps left to right) laid out in one row before the flow wraps. */
export const MAX_ROW_LAYERS = 8;

const LAYER_SPACING = 130;

type Moves = { id: string; position: { x: number; y: number } }[];

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
  const elk = new ELK();
  const layout = async (wrap: boolean): Promise<Moves> => {
    const graph = await elk.layout({
      id: 'root',
      layoutOptions: {
        'elk.algorithm': 'layered',
        'elk.direction': 'RIGHT',
        'elk.layered.spacing.nodeNodeBetweenLayers': String(LAYER_SPACING),
        'elk.spacing.nodeNode': '40',
        ...(wrap
          ? {
              'elk.layered.wrapping.strategy': 'MULTI_EDGE',
              'elk.aspectRatio': String(aspectRatio),
            }
          : {}),
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
  };
  const row = await layout(false);
  return layers(row) <= MAX_ROW_LAYERS ? row : layout(true);
}

/**
 * How many columns of nodes a layout has: a layer's nodes start within a node's width of each
 * other, and the next layer starts at least the spacing between layers further right.
 */
function layers(moves: Moves): number {
  const xs = moves.map((m) => m.position.x).sort((a, b) => a - b);
  let count = 0;
  let start = Number.NEGATIVE_INFINITY;
  for (const x of xs)
    if (x - start >= LAYER_SPACING) {
      count += 1;
      start = x;
    }
  return count;
}
