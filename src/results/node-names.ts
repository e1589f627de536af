// Display names of node ids across the variants of a project (a node keeps its id between as-is
// and to-be); unknown ids are shown as they are.
import { isClient } from '../../models/kinds/guards';
import { faultTypesOf } from '../../models/kinds/node-kinds';
import type { NodeKind, Project } from '../../models/types';

export function nodeNamer(project: Project): (id: string) => string {
  const names = new Map<string, string>();
  for (const v of project.variants)
    for (const n of v.nodes) if (!names.has(n.id)) names.set(n.id, n.name);
  return (id) => names.get(id) ?? id;
}

/** Clients of all variants, once each, for the scenario's load. */
export function projectClients(project: Project): { id: string; name: string }[] {
  const seen = new Map<string, string>();
  for (const v of project.variants)
    for (const n of v.nodes) if (isClient(n) && !seen.has(n.id)) seen.set(n.id, n.name);
  return [...seen].map(([id, name]) => ({ id, name }));
}

/** A node a fault can hit, with the names of the variants that have it (and so suffer the fault). */
export interface FaultableNode {
  id: string;
  name: string;
  variants: string[];
  /** Its kinds across the variants (a node may change kind between as-is and to-be). */
  kinds: NodeKind[];
}

/** Nodes a fault can hit: every non-client node of any variant, with where it exists. */
export function faultableNodes(project: Project): FaultableNode[] {
  const seen = new Map<string, FaultableNode>();
  for (const v of project.variants)
    for (const n of v.nodes) {
      if (faultTypesOf(n.kind).length === 0) continue;
      const node = seen.get(n.id) ?? { id: n.id, name: n.name, variants: [], kinds: [] };
      node.variants.push(v.name);
      if (!node.kinds.includes(n.kind)) node.kinds.push(n.kind);
      seen.set(n.id, node);
    }
  return [...seen.values()];
}
