// Model edits the canvas, palette, inspector and commands share. Each is one undoable step.
import {
  applyTransformation,
  recordsStepsFor,
} from '../../models/transformations/apply-transformation';
import type { Clip } from '../../models/clipboard/clip-text';
import { pasteClip } from '../../models/clipboard/paste-clip';
import type { TransformationResult } from '../../models/transformations/transformation';
import type { ModelEdge, ModelNode, NodeKind } from '../../models/types';
import { judgeConnection } from '../../models/elements/connection-rules';
import { newEdge } from '../../models/elements/new-edge';
import { allNodeIds } from '../../models/elements/all-node-ids';
import { newNode } from '../../models/elements/new-node';
import { withoutStageEdges } from '../../models/stages/without-stage-edges';
import { getActiveVariant } from './active-variant';
import { getProject, useProjectStore } from './project-store';
import { showStatus, useUiStore } from './ui-store';
import { markStartStep } from '../help/getting-started-store';

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
  markStartStep('draw');
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
  update().updateVariant(variantId(), (v) => {
    const gone = (e: ModelEdge): boolean =>
      edgeSet.has(e.id) || nodeSet.has(e.from) || nodeSet.has(e.to);
    const goneIds = new Set(v.edges.filter(gone).map((e) => e.id));
    return {
      ...v,
      nodes: v.nodes.filter((n) => !nodeSet.has(n.id)).map((n) => withoutStageEdges(n, goneIds)),
      edges: v.edges.filter((e) => !gone(e)),
    };
  });
  useUiStore.getState().clearSelection();
}

export function selectAll(): void {
  const v = getActiveVariant();
  useUiStore
    .getState()
    .select({ nodes: v.nodes.map((n) => n.id), edges: v.edges.map((e) => e.id) });
}

let clipboard: Clip | null = null;

/** Copies the selected nodes and the edges among them; returns the clip (empty when none). */
export function copySelection(): Clip {
  const { nodes } = useUiStore.getState().selection;
  const v = getActiveVariant();
  const set = new Set(nodes);
  clipboard = {
    nodes: v.nodes.filter((n) => set.has(n.id)),
    edges: v.edges.filter((e) => set.has(e.from) && set.has(e.to)),
  };
  return clipboard;
}

export const hasClipboard = (): boolean => clipboard !== null && clipboard.nodes.length > 0;

/**
 * Pastes a clip (the last one copied here by default) into the current variant as one undoable
 * step, and selects what was pasted. A clip from the system clipboard (another tab or project)
 * also becomes the one the Paste command reuses.
 */
export function paste(clip: Clip | null = clipboard): void {
  if (!clip || clip.nodes.length === 0) return;
  clipboard = clip;
  const v = getActiveVariant();
  const { nodes, edges } = pasteClip(clip, v, allNodeIds(getProject()));
  update().updateVariant(v.id, (variant) => ({
    ...variant,
    nodes: [...variant.nodes, ...nodes],
    edges: [...variant.edges, ...edges],
  }));
  useUiStore.getState().select({ nodes: nodes.map((n) => n.id), edges: edges.map((e) => e.id) });
}

export function duplicateSelection(): void {
  paste(copySelection());
}

export function transform(result: TransformationResult): void {
  const id = variantId();
  const before = getProject();
  const recorded = recordsStepsFor(before, id);
  update().replaceProject(applyTransformation(before, id, result));
  markStartStep('transform');
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
