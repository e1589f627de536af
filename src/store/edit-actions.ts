// Model edits the canvas, palette, inspector and commands share. Each is one undoable step.
import {
  applyTransformation,
  recordsStepsFor,
} from '../../models/transformations/apply-transformation';
import type { TransformationResult } from '../../models/transformations/transformation';
import { uniqueId } from '../../models/transformations/unique-id';
import type { ModelEdge, ModelNode, NodeKind } from '../../models/types';
import { judgeConnection } from '../canvas/connection-rules';
import { newEdge } from '../canvas/new-edge';
import { allNodeIds, newNode } from '../palette/new-node';
import { getActiveVariant } from './active-variant';
import { getProject, useProjectStore } from './project-store';
import { showStatus, useUiStore } from './ui-store';

const variantId = (): string => getActiveVariant().id;
const update = useProjectStore.getState;

export function addNode(kind: NodeKind, position: { x: number; y: number }): ModelNode {
  const node = newNode(kind, position, getProject());
  update().updateVariant(variantId(), (v) => ({ ...v, nodes: [...v.nodes, node] }));
  useUiStore.getState().select({ nodes: [node.id], edges: [] });
  return node;
}

/** Connects two nodes with the edge kind their kinds imply, or says why not. */
export function connect(fromId: string, toId: string): ModelEdge | null {
  const variant = getActiveVariant();
  const from = variant.nodes.find((n) => n.id === fromId);
  const to = variant.nodes.find((n) => n.id === toId);
  if (!from || !to) return null;
  const verdict = judgeConnection(from, to, variant.edges);
  if (!verdict.ok) {
    showStatus(verdict.reason, 'error');
    return null;
  }
  const edge = newEdge(
    verdict.kind,
    from.id,
    to.id,
    variant.edges.map((e) => e.id),
  );
  update().updateVariant(variant.id, (v) => ({ ...v, edges: [...v.edges, edge] }));
  useUiStore.getState().select({ nodes: [], edges: [edge.id] });
  showStatus(`Added a ${verdict.kind} from ${from.name} to ${to.name}.`, 'success');
  return edge;
}

export function moveNodes(
  moves: readonly { id: string; position: { x: number; y: number } }[],
): void {
  const byId = new Map(moves.map((m) => [m.id, m.position]));
  update().updateVariant(variantId(), (v) => ({
    ...v,
    nodes: v.nodes.map((n) => {
      const p = byId.get(n.id);
      return p && (p.x !== n.position.x || p.y !== n.position.y)
        ? { ...n, position: { x: Math.round(p.x), y: Math.round(p.y) } }
        : n;
    }),
  }));
}

export function replaceNode(node: ModelNode): void {
  update().updateVariant(variantId(), (v) => ({
    ...v,
    nodes: v.nodes.map((n) => (n.id === node.id ? node : n)),
  }));
}

export function replaceEdge(edge: ModelEdge): void {
  update().updateVariant(variantId(), (v) => ({
    ...v,
    edges: v.edges.map((e) => (e.id === edge.id ? edge : e)),
  }));
}

export function deleteSelection(): void {
  const { nodes, edges } = useUiStore.getState().selection;
  const nodeSet = new Set(nodes);
  const edgeSet = new Set(edges);
  update().updateVariant(variantId(), (v) => ({
    ...v,
    nodes: v.nodes.filter((n) => !nodeSet.has(n.id)),
    edges: v.edges.filter((e) => !edgeSet.has(e.id) && !nodeSet.has(e.from) && !nodeSet.has(e.to)),
  }));
  useUiStore.getState().clearSelection();
}

export function selectAll(): void {
  const v = getActiveVariant();
  useUiStore
    .getState()
    .select({ nodes: v.nodes.map((n) => n.id), edges: v.edges.map((e) => e.id) });
}

interface Clip {
  nodes: ModelNode[];
  edges: ModelEdge[];
}
let clipboard: Clip | null = null;

export function copySelection(): number {
  const { nodes } = useUiStore.getState().selection;
  const v = getActiveVariant();
  const set = new Set(nodes);
  clipboard = {
    nodes: v.nodes.filter((n) => set.has(n.id)),
    edges: v.edges.filter((e) => set.has(e.from) && set.has(e.to)),
  };
  return clipboard.nodes.length;
}

export const hasClipboard = (): boolean => clipboard !== null && clipboard.nodes.length > 0;

/** Pastes copies with fresh ids (unique across variants), offset so they do not hide the originals. */
export function paste(): void {
  if (!clipboard) return;
  const project = getProject();
  const takenNodes = allNodeIds(project);
  const v = getActiveVariant();
  const takenEdges = v.edges.map((e) => e.id);
  const ids = new Map<string, string>();
  const nodes = clipboard.nodes.map((n) => {
    const id = uniqueId(n.id, takenNodes);
    takenNodes.add(id);
    ids.set(n.id, id);
    return {
      ...structuredClone(n),
      id,
      name: `${n.name} copy`,
      position: { x: n.position.x + 40, y: n.position.y + 40 },
    };
  });
  const edges = clipboard.edges.map((e) => {
    const id = uniqueId(e.id, takenEdges);
    takenEdges.push(id);
    return { ...structuredClone(e), id, from: ids.get(e.from)!, to: ids.get(e.to)! };
  });
  update().updateVariant(v.id, (variant) => ({
    ...variant,
    nodes: [...variant.nodes, ...nodes],
    edges: [...variant.edges, ...edges],
  }));
  useUiStore.getState().select({ nodes: nodes.map((n) => n.id), edges: edges.map((e) => e.id) });
}

export function duplicateSelection(): void {
  if (copySelection() > 0) paste();
}

export function transform(result: TransformationResult): void {
  const id = variantId();
  const before = getProject();
  const recorded = recordsStepsFor(before, id);
  update().replaceProject(applyTransformation(before, id, result));
  if (recorded) {
    showStatus(`${result.step.title} — recorded as a roadmap step.`, 'success');
  } else {
    const to = before.roadmap
      ? before.variants.find((v) => v.id === before.roadmap!.to)?.name
      : null;
    const why = to ? `the roadmap leads to “${to}”` : `this is the variant the roadmap starts from`;
    showStatus(`${result.step.title}. Not recorded as a roadmap step: ${why}.`, 'info');
  }
}
