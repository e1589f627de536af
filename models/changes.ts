import type { Change, ModelEdge, ModelNode, Variant } from './types';

/** Applies primitive changes in order; ids that do not exist are an error, never silently skipped. */
export function applyChanges(variant: Variant, changes: readonly Change[]): Variant {
  let nodes = [...variant.nodes];
  let edges = [...variant.edges];
  for (const change of changes) {
    switch (change.op) {
      case 'addNode': {
        const node = change.node;
        if (nodes.some((n) => n.id === node.id))
          throw new ChangeError(change, `node "${node.id}" already exists`);
        nodes.push(node);
        break;
      }
      case 'updateNode': {
        const node = change.node;
        const i = nodes.findIndex((n) => n.id === node.id);
        if (i < 0) throw new ChangeError(change, `no node "${node.id}"`);
        nodes[i] = node;
        break;
      }
      case 'removeNode': {
        if (!nodes.some((n) => n.id === change.id))
          throw new ChangeError(change, `no node "${change.id}"`);
        nodes = nodes.filter((n) => n.id !== change.id);
        edges = edges.filter((e) => e.from !== change.id && e.to !== change.id);
        break;
      }
      case 'addEdge': {
        const edge = change.edge;
        if (edges.some((e) => e.id === edge.id))
          throw new ChangeError(change, `edge "${edge.id}" already exists`);
        edges.push(edge);
        break;
      }
      case 'updateEdge': {
        const edge = change.edge;
        const i = edges.findIndex((e) => e.id === edge.id);
        if (i < 0) throw new ChangeError(change, `no edge "${edge.id}"`);
        edges[i] = edge;
        break;
      }
      case 'removeEdge': {
        if (!edges.some((e) => e.id === change.id))
          throw new ChangeError(change, `no edge "${change.id}"`);
        edges = edges.filter((e) => e.id !== change.id);
        break;
      }
    }
  }
  return { ...variant, nodes, edges };
}

export class ChangeError extends Error {
  constructor(
    readonly change: Change,
    reason: string,
  ) {
    super(`cannot apply ${change.op}: ${reason}`);
  }
}

export const addNode = (node: ModelNode): Change => ({ op: 'addNode', node: { ...node } });
export const updateNode = (node: ModelNode): Change => ({ op: 'updateNode', node: { ...node } });
export const removeNode = (id: string): Change => ({ op: 'removeNode', id });
export const addEdge = (edge: ModelEdge): Change => ({ op: 'addEdge', edge: { ...edge } });
export const updateEdge = (edge: ModelEdge): Change => ({ op: 'updateEdge', edge: { ...edge } });
export const removeEdge = (id: string): Change => ({ op: 'removeEdge', id });
