import type { CallEdge, ModelNode, PublishEdge, Variant } from '../types';
import { planOf } from '../transformations/plan-of';

/** One edge of a stage as it runs: its calls (`count`) go `atATime` at a time. */
export interface StagedEdge {
  edge: CallEdge | PublishEdge;
  /** From 1 to the edge's count (a publish: 1); the count itself when the stage sets no limit. */
  atATime: number;
}

/** A stage as it runs: its edges start together, and it ends when all their calls have. */
export interface PlannedStage {
  edges: StagedEdge[];
  /**
   * False for an edge the node's `stages` leave out: it runs after them, in a stage of its own,
   * its calls one at a time (as in `sequential` mode).
   */
  listed: boolean;
}

/** How many calls of `edge` run at once under a stage's limit `limit` (undefined: all). */
export function callsAtATime(edge: CallEdge | PublishEdge, limit: number | undefined): number {
  const count = edge.kind === 'call' ? edge.count : 1;
  return Math.min(count, limit ?? count);
}

/**
 * The stages a service-like node with `callMode: 'stages'` runs, in order: its listed stages
 * (ids that are not its own call or publish edges are skipped: the validator reports them), then
 * each of its other plan edges as a stage of its own, in the variant's order, its calls one at a
 * time: with no stages listed, the node runs exactly as in `sequential` mode. Empty for a node in
 * another mode.
 */
export function planStages(variant: Variant, node: ModelNode): PlannedStage[] {
  if (!('callMode' in node) || node.callMode !== 'stages') return [];
  const plan = planOf(variant, node.id);
  const byId = new Map(plan.map((e) => [e.id, e]));
  const placed = new Set<string>();
  const stages: PlannedStage[] = [];
  for (const stage of node.stages ?? []) {
    const edges: StagedEdge[] = [];
    for (const id of stage.edges) {
      const edge = byId.get(id);
      if (!edge || placed.has(id)) continue;
      placed.add(id);
      edges.push({ edge, atATime: callsAtATime(edge, stage.atATime?.[id]) });
    }
    if (edges.length > 0) stages.push({ edges, listed: true });
  }
  for (const edge of plan)
    if (!placed.has(edge.id)) stages.push({ edges: [{ edge, atATime: 1 }], listed: false });
  return stages;
}
