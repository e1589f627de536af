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
        if (change.sameStageAs !== undefined)
          nodes = inStageWith(nodes, edges, change.edge, change.sameStageAs, change);
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

/**
 * The new edge put in the stage of edge `other` of its source, right after it; a call takes
 * `other`'s limit, a publish makes one message. The nodes unchanged when the source names `other`
 * in no stage (an unlisted edge runs after the stages, as the new one then does).
 */
function inStageWith(
  nodes: ModelNode[],
  edges: readonly ModelEdge[],
  edge: ModelEdge,
  other: string,
  change: Change,
): ModelNode[] {
  if (!edges.some((e) => e.id === other))
    throw new ChangeError(change, `no edge "${other}" to share a stage with`);
  const i = nodes.findIndex((n) => n.id === edge.from);
  const node = nodes[i];
  if (!node || !('stages' in node) || node.stages === undefined) return nodes;
  const at = node.stages.findIndex((s) => s.edges.includes(other));
  if (at < 0) return nodes;
  const stages = node.stages.map((stage, s) => {
    if (s !== at) return stage;
    const ids = [...stage.edges];
    ids.splice(ids.indexOf(other) + 1, 0, edge.id);
    const limit = stage.atATime?.[other];
    const atATime =
      limit !== undefined && edge.kind === 'call'
        ? { ...stage.atATime, [edge.id]: limit }
        : stage.atATime;
    return atATime ? { edges: ids, atATime } : { edges: ids };
  });
  nodes[i] = { ...node, stages };
  return nodes;
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
/**
 * Adds an edge at the end of the variant's edges, or right after edge `after` when given; with
 * `sameStageAs`, in that edge's stage of its staged source.
 */
export const addEdge = (edge: ModelEdge, after?: string, sameStageAs?: string): Change => ({
  op: 'addEdge',
  edge: { ...edge },
  ...(after !== undefined && { after }),
  ...(sameStageAs !== undefined && { sameStageAs }),
});
export const updateEdge = (edge: ModelEdge): Change => ({ op: 'updateEdge', edge: { ...edge } });
export const removeEdge = (id: string): Change => ({ op: 'removeEdge', id });
