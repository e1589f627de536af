// An exclusive outcome group is valid only whole (its weights add up to 1): the diff's steps that
// add, change or remove members of one group become one step, so that no step in between leaves
// a group with part of its weight (the validator would refuse that variant).
import type { Change, ModelEdge, RoadmapStep, Variant } from '../types';

const groupOf = (e: ModelEdge | undefined): string | null =>
  e && e.kind !== 'consume' && e.outcome ? `${e.from}\u0000${e.outcome.group}` : null;

/** The outcome groups (source and name, in `from` or in `to`) whose members a step's changes touch. */
function groupsTouched(step: RoadmapStep, from: Variant): Set<string> {
  const out = new Set<string>();
  const before = (id: string): ModelEdge | undefined => from.edges.find((e) => e.id === id);
  for (const c of step.changes as Change[]) {
    const id = c.op === 'addEdge' || c.op === 'updateEdge' ? String(c.edge.id) : null;
    const records =
      c.op === 'addEdge' || c.op === 'updateEdge'
        ? [c.edge as unknown as ModelEdge, before(id!)]
        : c.op === 'removeEdge'
          ? [before(c.id)]
          : [];
    for (const r of records) {
      const g = groupOf(r);
      if (g) out.add(g);
    }
  }
  return out;
}

/**
 * Merges the steps that touch the same outcome group into the first of them (titles joined,
 * changes in the steps' order). The caller checks that the merged steps still apply in order.
 */
export function mergeOutcomeGroups(from: Variant, steps: readonly RoadmapStep[]): RoadmapStep[] {
  const owner = new Map<string, number>();
  const into = steps.map((_, i) => i);
  steps.forEach((s, i) => {
    for (const g of groupsTouched(s, from)) {
      const first = owner.get(g);
      if (first === undefined) owner.set(g, into[i]!);
      else if (into[i] === i) into[i] = into[first]!;
    }
  });
  if (into.every((t, i) => t === i)) return [...steps];
  const merged = steps.map((s) => ({ ...s, changes: [...s.changes] }));
  steps.forEach((s, i) => {
    const t = into[i]!;
    if (t === i) return;
    const target = merged[t]!;
    target.title = `${target.title}; ${s.title}`;
    target.rationale = [target.rationale, s.rationale].filter((r) => r.length > 0).join(' ');
    target.changes.push(...s.changes);
    const seen = new Set(target.checklist.map((c) => c.id));
    target.checklist = [...target.checklist, ...s.checklist.filter((c) => !seen.has(c.id))];
  });
  return merged.filter((_, i) => into[i] === i);
}
