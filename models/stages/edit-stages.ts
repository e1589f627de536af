import type { ModelNode, Stage, Variant } from '../types';
import { planStages } from './plan-stages';

/**
 * The node's stages written out as they run: its listed stages, then one per edge they leave
 * out (with its calls one at a time), so that an edit starts from what the node does now.
 */
export function explicitStages(variant: Variant, node: ModelNode): Stage[] {
  return planStages(variant, node).map((stage) => {
    const edges = stage.edges.map((s) => s.edge.id);
    const limits = stage.edges
      .filter((s) => s.edge.kind === 'call' && s.atATime < s.edge.count)
      .map((s) => [s.edge.id, s.atATime] as const);
    return limits.length > 0 ? { edges, atATime: Object.fromEntries(limits) } : { edges };
  });
}

/** The stage a stage list puts `edgeId` in (−1: none). */
export const stageIndexOf = (stages: readonly Stage[], edgeId: string): number =>
  stages.findIndex((s) => s.edges.includes(edgeId));

/**
 * `edgeId` moved into stage `to` (its limit with it); `to` = the number of stages makes a new
 * last stage. A stage left empty goes.
 */
export function moveToStage(stages: readonly Stage[], edgeId: string, to: number): Stage[] {
  const from = stageIndexOf(stages, edgeId);
  if (from === to) return [...stages];
  const limit = from >= 0 ? stages[from]!.atATime?.[edgeId] : undefined;
  const next = stages.map((s, i) => {
    if (i !== from) return s;
    return withoutLimit({ ...s, edges: s.edges.filter((id) => id !== edgeId) }, edgeId);
  });
  const target = to >= next.length ? next.push({ edges: [] }) - 1 : to;
  const stage = next[target]!;
  next[target] = {
    edges: [...stage.edges, edgeId],
    ...(stage.atATime || limit !== undefined
      ? { atATime: { ...stage.atATime, ...(limit !== undefined && { [edgeId]: limit }) } }
      : {}),
  };
  return next.filter((s) => s.edges.length > 0);
}

/** `edgeId`'s limit set to k calls at a time, or taken away (null: all at once). */
export function withAtATime(stages: readonly Stage[], edgeId: string, k: number | null): Stage[] {
  return stages.map((s) => {
    if (!s.edges.includes(edgeId)) return s;
    if (k === null) return withoutLimit(s, edgeId);
    return { ...s, atATime: { ...s.atATime, [edgeId]: k } };
  });
}

/** Stage `i` swapped with its neighbour before (−1) or after (+1). */
export function swapStages(stages: readonly Stage[], i: number, by: -1 | 1): Stage[] {
  const j = i + by;
  if (j < 0 || j >= stages.length) return [...stages];
  const next = [...stages];
  [next[i], next[j]] = [next[j]!, next[i]!];
  return next;
}

function withoutLimit(stage: Stage, edgeId: string): Stage {
  if (!stage.atATime || !(edgeId in stage.atATime)) return stage;
  const rest = Object.entries(stage.atATime).filter(([id]) => id !== edgeId);
  return rest.length > 0
    ? { edges: stage.edges, atATime: Object.fromEntries(rest) }
    : { edges: stage.edges };
}
