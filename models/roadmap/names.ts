import type { ModelEdge, Variant } from '../types';

/** Human names for ids, looked up in the given variants in order (the first that knows wins). */
export interface Names {
  node: (id: string) => string;
  edge: (id: string) => string;
}

export function namesOf(...variants: Variant[]): Names {
  const nodes = new Map<string, string>();
  const edges = new Map<string, ModelEdge>();
  for (const v of variants) {
    for (const n of v.nodes) if (!nodes.has(n.id)) nodes.set(n.id, n.name);
    for (const e of v.edges) if (!edges.has(e.id)) edges.set(e.id, e);
  }
  const node = (id: string): string => nodes.get(id) ?? id;
  const edge = (id: string): string => {
    const e = edges.get(id);
    return e ? `${node(e.from)} → ${node(e.to)}` : id;
  };
  return { node, edge };
}
