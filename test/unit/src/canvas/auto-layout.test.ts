import { expect, test } from 'vitest';
import { newEdge } from '../../../../models/elements/new-edge';
import { newNode } from '../../../../models/elements/new-node';
import type { Project, Variant } from '../../../../models/types';
import { autoLayout, MAX_ROW_LAYERS } from '../../../../src/canvas/auto-layout';

/** A client and services calling each other in a line: n nodes, n - 1 edges. */
function chain(n: number): Variant {
  const variant: Variant = { id: 'v', name: 'V', nodes: [], edges: [] };
  const project = { variants: [variant] } as unknown as Project;
  for (let i = 0; i < n; i++)
    variant.nodes.push(
      newNode(i === 0 ? 'client' : 'service', { x: i * 7, y: (i % 3) * 90 }, project),
    );
  for (let i = 1; i < n; i++)
    variant.edges.push(
      newEdge(
        'call',
        variant.nodes[i - 1]!.id,
        variant.nodes[i]!.id,
        variant.edges.map((e) => e.id),
      ),
    );
  return variant;
}

const rows = (moves: { position: { y: number } }[]): number =>
  new Set(moves.map((m) => m.position.y)).size;

test(`a chain of up to ${MAX_ROW_LAYERS} nodes stays in one row, left to right in its order`, async () => {
  for (const n of [2, 6, MAX_ROW_LAYERS]) {
    const variant = chain(n);
    const moves = await autoLayout(variant, new Map(), 1.6);
    expect(rows(moves), `${n} nodes`).toBe(1);
    const x = new Map(moves.map((m) => [m.id, m.position.x]));
    const order = variant.nodes.map((node) => x.get(node.id)!);
    expect(order).toEqual([...order].sort((a, b) => a - b));
  }
});

test('a 12-node chain wraps into rows shaped like the canvas', async () => {
  const moves = await autoLayout(chain(12), new Map(), 1.6);
  expect(rows(moves)).toBeGreaterThan(1);
  const xs = moves.map((m) => m.position.x);
  const ys = moves.map((m) => m.position.y);
  const width = Math.max(...xs) - Math.min(...xs);
  const height = Math.max(...ys) - Math.min(...ys);
  expect(width / Math.max(height, 1)).toBeLessThan(12);
});
