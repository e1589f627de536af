import type { Variant } from '../types';

/** Room a node takes on the canvas (a little more than it draws), so new nodes do not land on others. */
const WIDTH = 220;
const HEIGHT = 80;

/** The desired position, moved down in steps until it overlaps no node of the variant. */
export function freePosition(
  variant: Variant,
  desired: { x: number; y: number },
): { x: number; y: number } {
  let y = Math.round(desired.y);
  const x = Math.round(desired.x);
  while (
    variant.nodes.some(
      (n) => Math.abs(n.position.x - x) < WIDTH && Math.abs(n.position.y - y) < HEIGHT,
    )
  )
    y += HEIGHT + 10;
  return { x, y };
}
