import type { Change, ModelEdge, ModelNode, Variant } from './types';
import { withoutStageEdges } from './stages/without-stage-edges';

/** Applies primitive changes in order; ids that do not exist are an error, never silently skipped. */
export function applyChanges(variant: Variant, changes: readonly Change[]): Variant {
  let nodes = [...variant.nodes];
  let edges = [...variant.edges];
  for (const change of changes) {
    switch (change.op) {
      case 'addNode':
        nodes = added(nodes, change.node, change, 'node');
        break;
      case 'updateNode':
        nodes = updated(nodes, change.node, change, 'node');
        break;
      case 'removeNode': {
        nodes = removed(nodes, change.id, change, 'node');
        const gone = edges.filter((e) => e.from === change.id || e.to === change.id);
        edges = edges.filter((e) => e.from !== change.id && e.to !== change.id);
        nodes = outOfStages(nodes, gone);
        break;
      }
      case 'addEdge':
        edges = added(edges, change.edge, change, 'edge');
        if (change.after !== undefined) edges = movedAfter(edges, change.after, change);
        break;
      case 'updateEdge':
        edges = updated(edges, change.edge, change, 'edge');
        break;
      case 'removeEdge':
        edges = removed(edges, change.id, change, 'edge');
        nodes = outOfStages(nodes, [{ id: change.id }]);
        break;
    }
  }
  return { ...variant, nodes, edges };
}

type What = 'node' | 'edge';

/** The nodes with the removed edges taken out of their stages (a stage never names a lost edge). */
function outOfStages(nodes: ModelNode[], gone: readonly { id: string }[]): ModelNode[] {
  if (gone.length === 0) return nodes;
  const ids = new Set(gone.map((e) => e.id));
  for (let i = 0; i < nodes.length; i++) nodes[i] = withoutStageEdges(nodes[i]!, ids);
  return nodes;
}

// These change the working copies in place (applyChanges made them): a paste of many nodes stays linear.

function added<T extends { id: string }>(list: T[], item: T, change: Change, what: What): T[] {
  if (list.some((x) => x.id === item.id))
    throw new ChangeError(change, `${what} "${item.id}" already exists`);
  list.push(item);
  return list;
}

function updated<T extends { id: string }>(list: T[], item: T, change: Change, what: What): T[] {
  const i = list.findIndex((x) => x.id === item.id);
  if (i < 0) throw new ChangeError(change, `no ${what} "${item.id}"`);
  list[i] = item;
  return list;
}

function removed<T extends { id: string }>(list: T[], id: string, change: Change, what: What): T[] {
  if (!list.some((x) => x.id === id)) throw new ChangeError(change, `no ${what} "${id}"`);
  return list.filter((x) => x.id !== id);
}

/**
 * The edge just added (the list's last) moved to right after edge `after`: a service's plan runs
 * its edges in the variant's order, and a `when` edge reacts to the steps before it.
 */
function movedAfter(edges: ModelEdge[], after: string, change: Change): ModelEdge[] {
  const i = edges.findIndex((e) => e.id === after);
  if (i < 0) throw new ChangeError(change, `no edge "${after}" to place it after`);
  const edge = edges.pop()!;
  edges.splice(i + 1, 0, edge);
  return edges;
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
/** Adds an edge at the end of the variant's edges, or right after edge `after` when given. */
export const addEdge = (edge: ModelEdge, after?: string): Change =>
  after === undefined
    ? { op: 'addEdge', edge: { ...edge } }
    : { op: 'addEdge', edge: { ...edge }, after };
export const updateEdge = (edge: ModelEdge): Change => ({ op: 'updateEdge', edge: { ...edge } });
export const removeEdge = (id: string): Change => ({ op: 'removeEdge', id });
