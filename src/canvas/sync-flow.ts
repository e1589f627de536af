// Model → React Flow, reusing unchanged objects so that memoised nodes and edges do not re-render.
import { MarkerType } from '@xyflow/react';
import type { ModelEdge, ModelNode } from '../../models/types';
import type { FlowEdge, FlowNode } from './flow-types';

export function syncNodes(
  previous: readonly FlowNode[],
  nodes: readonly ModelNode[],
  selected: ReadonlySet<string>,
  problems: ReadonlySet<string>,
): FlowNode[] {
  const byId = new Map(previous.map((n) => [n.id, n]));
  return nodes.map((node) => {
    const old = byId.get(node.id);
    const isSelected = selected.has(node.id);
    const hasProblem = problems.has(node.id);
    if (old && old.data.node === node && !!old.selected === isSelected && old.data.hasProblem === hasProblem) return old;
    return {
      ...(old ?? {}),
      id: node.id,
      type: node.kind,
      position: old && old.data.node === node ? old.position : node.position,
      data: { node, hasProblem },
      selected: isSelected,
      ariaLabel: `${node.kind} ${node.name}`,
    };
  });
}

export function syncEdges(
  previous: readonly FlowEdge[],
  edges: readonly ModelEdge[],
  selected: ReadonlySet<string>,
  problems: ReadonlySet<string>,
): FlowEdge[] {
  const byId = new Map(previous.map((e) => [e.id, e]));
  return edges.map((edge) => {
    const old = byId.get(edge.id);
    const isSelected = selected.has(edge.id);
    const hasProblem = problems.has(edge.id);
    if (old && old.data?.edge === edge && !!old.selected === isSelected && old.data.hasProblem === hasProblem) return old;
    return {
      id: edge.id,
      source: edge.from,
      target: edge.to,
      type: edge.kind,
      animated: edge.kind !== 'call',
      markerEnd: { type: MarkerType.ArrowClosed, width: 16, height: 16 },
      data: { edge, hasProblem },
      selected: isSelected,
      ariaLabel: `${edge.kind} from ${edge.from} to ${edge.to}`,
    };
  });
}
