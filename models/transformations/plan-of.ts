import type { CallEdge, ModelEdge, PublishEdge, Variant } from '../types';

/** A node's plan: its outbound calls and publishes, in the variant's order (the order they run in). */
export function planOf(variant: Variant, nodeId: string): (CallEdge | PublishEdge)[] {
  return variant.edges.filter(
    (e): e is CallEdge | PublishEdge => e.from === nodeId && e.kind !== 'consume',
  );
}

/** The edge that comes right after `edge` in its source's plan, if any. */
export function nextInPlan(variant: Variant, edge: ModelEdge): CallEdge | PublishEdge | undefined {
  const plan = planOf(variant, edge.from);
  return plan[plan.findIndex((e) => e.id === edge.id) + 1];
}

/** Whether the edge reacts to a failure (a fallback or an on-failure step) rather than doing the work. */
export const reactsToFailure = (edge: CallEdge | PublishEdge): boolean =>
  edge.when === 'fallback' || edge.when === 'onFailure';
