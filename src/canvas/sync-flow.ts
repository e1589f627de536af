// Model → React Flow, reusing unchanged objects so that memoised nodes and edges do not re-render.
import { isBroker } from '../../models/kinds/guards';
import { MarkerType } from '@xyflow/react';
import type { ModelEdge, ModelNode } from '../../models/types';
import { stageLabels } from '../../models/stages/stage-labels';
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
    if (
      old &&
      old.data.node === node &&
      !!old.selected === isSelected &&
      old.data.hasProblem === hasProblem
    )
      return old;
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

/** A node's name, for screen-reader labels (the id only if no node has it). */
function nameOf(nodes: readonly ModelNode[], id: string): string {
  return nodes.find((n) => n.id === id)?.name ?? id;
}

/** Prefix of the drawn-only edges from a queue or topic to its dead-letter queue (not model edges). */
export const DEAD_LETTER_EDGE = 'dead-letter:';

/** Drawn only for a dead-letter queue of a single broker; a shared one is shown by the brokers' DLQ badges. */
function deadLetterEdges(nodes: readonly ModelNode[]): FlowEdge[] {
  const ids = new Set(nodes.map((n) => n.id));
  const uses = new Map<string, number>();
  for (const n of nodes)
    if (isBroker(n) && n.deadLetterQueue)
      uses.set(n.deadLetterQueue, (uses.get(n.deadLetterQueue) ?? 0) + 1);
  return nodes.flatMap((n) =>
    isBroker(n) &&
    n.deadLetterQueue &&
    ids.has(n.deadLetterQueue) &&
    uses.get(n.deadLetterQueue) === 1
      ? [
          {
            id: `${DEAD_LETTER_EDGE}${n.id}`,
            source: n.id,
            target: n.deadLetterQueue,
            type: 'deadLetter',
            selectable: false,
            deletable: false,
            focusable: false,
            ariaLabel: `dead letters from ${n.name} to ${nameOf(nodes, n.deadLetterQueue)}`,
          } as FlowEdge,
        ]
      : [],
  );
}

/**
 * Message edges are animated, but each animated edge repaints every frame; past this many the
 * canvas keeps them dashed and still (the selected one still moves), so that big models stay smooth.
 */
export const MAX_ANIMATED_EDGES = 60;

export function syncEdges(
  previous: readonly FlowEdge[],
  edges: readonly ModelEdge[],
  nodes: readonly ModelNode[],
  selected: ReadonlySet<string>,
  problems: ReadonlySet<string>,
): FlowEdge[] {
  const byId = new Map(previous.map((e) => [e.id, e]));
  const animate = edges.filter((e) => e.kind !== 'call').length <= MAX_ANIMATED_EDGES;
  const names = new Map(nodes.map((n) => [n.id, n.name]));
  const stages = stageLabels(nodes, edges);
  const modelEdges = edges.map((edge) => {
    const stage = stages.get(edge.id);
    const old = byId.get(edge.id);
    const ariaLabel = `${edge.kind} from ${names.get(edge.from) ?? edge.from} to ${names.get(edge.to) ?? edge.to}`;
    const isSelected = selected.has(edge.id);
    const hasProblem = problems.has(edge.id);
    const animated = edge.kind !== 'call' && (animate || isSelected);
    if (
      old &&
      old.data?.edge === edge &&
      !!old.selected === isSelected &&
      old.data.hasProblem === hasProblem &&
      old.data.stage === stage &&
      !!old.animated === animated &&
      old.ariaLabel === ariaLabel
    )
      return old;
    return {
      id: edge.id,
      source: edge.from,
      target: edge.to,
      type: edge.kind,
      animated,
      markerEnd: { type: MarkerType.ArrowClosed, width: 16, height: 16 },
      data: stage === undefined ? { edge, hasProblem } : { edge, hasProblem, stage },
      selected: isSelected,
      ariaLabel,
    } as FlowEdge;
  });
  const drawn = deadLetterEdges(nodes).map((e) => {
    const old = byId.get(e.id);
    return old && old.source === e.source && old.target === e.target ? old : e;
  });
  return drawn.length ? [...modelEdges, ...drawn] : modelEdges;
}
