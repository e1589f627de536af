import type { Variant } from '../types';
import { deepEqual } from './deep-equal';

const byId = (a: { id: string }, b: { id: string }): number =>
  a.id < b.id ? -1 : a.id > b.id ? 1 : 0;

/**
 * The canonical order of a variant: nodes and edges sorted by id (UTF-16 code-unit order).
 * Applying steps appends what they add, so an intermediate variant lists its nodes and edges in
 * a different order than the to-be; two variants are "the same" when their canonical forms are equal.
 */
export function canonicalVariant(variant: Variant): Variant {
  return { ...variant, nodes: [...variant.nodes].sort(byId), edges: [...variant.edges].sort(byId) };
}

/** Same nodes and edges (up to order); the variant's own id, name and description are not compared. */
export function sameContent(a: Variant, b: Variant): boolean {
  const ca = canonicalVariant(a);
  const cb = canonicalVariant(b);
  return deepEqual(ca.nodes, cb.nodes) && deepEqual(ca.edges, cb.edges);
}
