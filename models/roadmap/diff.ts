import type { Change, ModelEdge, ModelNode, Variant } from '../types';
import { addEdge, addNode, removeEdge, removeNode, updateEdge, updateNode } from '../changes';
import { deepEqual } from './deep-equal';

/** What differs between two variants, entity by entity (ids are shared across variants). */
export interface VariantDiff {
  addedNodes: ModelNode[];
  removedNodes: ModelNode[];
  updatedNodes: { from: ModelNode; to: ModelNode }[];
  addedEdges: ModelEdge[];
  removedEdges: ModelEdge[];
  updatedEdges: { from: ModelEdge; to: ModelEdge }[];
}

export function compareVariants(from: Variant, to: Variant): VariantDiff {
  const toNodes = new Map(to.nodes.map((n) => [n.id, n]));
  const fromNodes = new Map(from.nodes.map((n) => [n.id, n]));
  const toEdges = new Map(to.edges.map((e) => [e.id, e]));
  const fromEdges = new Map(from.edges.map((e) => [e.id, e]));
  const updatedNodes: VariantDiff['updatedNodes'] = [];
  for (const n of from.nodes) {
    const t = toNodes.get(n.id);
    if (t && !deepEqual(n, t)) updatedNodes.push({ from: n, to: t });
  }
  const updatedEdges: VariantDiff['updatedEdges'] = [];
  for (const e of from.edges) {
    const t = toEdges.get(e.id);
    if (t && !deepEqual(e, t)) updatedEdges.push({ from: e, to: t });
  }
  return {
    addedNodes: to.nodes.filter((n) => !fromNodes.has(n.id)),
    removedNodes: from.nodes.filter((n) => !toNodes.has(n.id)),
    updatedNodes,
    addedEdges: to.edges.filter((e) => !fromEdges.has(e.id)),
    removedEdges: from.edges.filter((e) => !toEdges.has(e.id)),
    updatedEdges,
  };
}

/**
 * The primitive changes that turn `from` into `to`, in an order that applies cleanly:
 * removed edges, added nodes, updated nodes, added edges, updated edges, removed nodes (last, so
 * that an edge moved away from a removed node is updated before the node disappears).
 * Updates carry the whole to-be record.
 */
export function diffVariants(from: Variant, to: Variant): Change[] {
  const d = compareVariants(from, to);
  return [
    ...d.removedEdges.map((e) => removeEdge(e.id)),
    ...d.addedNodes.map(addNode),
    ...d.updatedNodes.map((u) => updateNode(u.to)),
    ...d.addedEdges.map((e) => addEdge(e)),
    ...d.updatedEdges.map((u) => updateEdge(u.to)),
    ...d.removedNodes.map((n) => removeNode(n.id)),
  ];
}
