import type { Change, Project, RoadmapStep, Variant } from '../types';
import { applyChanges, ChangeError } from '../changes';
import { groupDiff } from './group-diff';
import { RoadmapError } from './roadmap-error';
import { variantProblems } from './variant-problems';
import { findVariant as lookUpVariant } from '../variants/find-variant';

/** The ordered steps from one variant to another, plus the saved steps that no longer apply. */
export interface RoadmapPlan {
  from: string;
  to: string;
  steps: RoadmapStep[];
  /** Saved steps left out because the variants changed since they were recorded. */
  dropped: { step: RoadmapStep; reason: string }[];
}

export const findVariant = (project: Project, id: string): Variant =>
  lookUpVariant(
    project,
    id,
    (missing, known) =>
      new RoadmapError(
        `no variant "${missing}" in the project (variants: ${known.map((k) => `"${k}"`).join(', ')})`,
      ),
  );

function idOf(change: Change): { id: string; present: boolean; what: string } {
  switch (change.op) {
    case 'addNode':
    case 'updateNode':
      return { id: String(change.node.id), present: true, what: 'node' };
    case 'addEdge':
    case 'updateEdge':
      return { id: String(change.edge.id), present: true, what: 'edge' };
    case 'removeNode':
      return { id: change.id, present: false, what: 'node' };
    case 'removeEdge':
      return { id: change.id, present: false, what: 'edge' };
  }
}

/** Why a saved step cannot be used on `current` on the way to `target`, or null if it can. */
export function whyNotApplicable(
  current: Variant,
  target: Variant,
  step: RoadmapStep,
): string | null {
  for (const change of step.changes) {
    const { id, present, what } = idOf(change);
    const list: { id: string }[] = what === 'node' ? target.nodes : target.edges;
    const inTarget = list.some((x) => x.id === id);
    if (present && !inTarget)
      return `it ${change.op === 'addNode' || change.op === 'addEdge' ? 'adds' : 'changes'} ${what} "${id}", which "${target.id}" no longer has`;
    if (!present && inTarget) return `it removes ${what} "${id}", which "${target.id}" still has`;
  }
  let next: Variant;
  try {
    next = applyChanges(current, step.changes);
  } catch (e) {
    if (e instanceof ChangeError) return e.message;
    throw e;
  }
  const problems = variantProblems(next);
  return problems.length > 0 ? `it would leave the system invalid: ${problems[0]}` : null;
}

/**
 * A saved step fitted to where the plan stands. A transformation is recorded against the variant
 * as it was then, hand edits included, while the plan replays saved steps from the start variant:
 * so a removal of something that neither `current` nor `target` has is moot and left out, and a
 * node that the step wires up but that only hand edits added (it is in `target`) comes with the
 * step. Anything else is left as recorded, for whyNotApplicable to judge.
 */
export function fitStep(current: Variant, target: Variant, step: RoadmapStep): RoadmapStep {
  const has = (list: readonly { id: string }[], id: string): boolean =>
    list.some((x) => x.id === id);
  const changes = step.changes.filter(
    (c) =>
      !(c.op === 'removeEdge' && !has(current.edges, c.id) && !has(target.edges, c.id)) &&
      !(c.op === 'removeNode' && !has(current.nodes, c.id) && !has(target.nodes, c.id)),
  );
  // Nothing left of it: the step stays as recorded, and whyNotApplicable says why it is left out.
  if (changes.length === 0) return step;
  const added = new Set(changes.flatMap((c) => (c.op === 'addNode' ? [String(c.node.id)] : [])));
  const prerequisites: Change[] = [];
  for (const c of changes) {
    if (c.op !== 'addEdge') continue;
    for (const end of [c.edge.from, c.edge.to]) {
      const node = target.nodes.find((n) => n.id === end);
      if (!node || has(current.nodes, end) || added.has(end)) continue;
      added.add(end);
      prerequisites.push({ op: 'addNode', node });
    }
  }
  if (prerequisites.length === 0 && changes.length === step.changes.length) return step;
  return { ...step, changes: [...prerequisites, ...changes] };
}

/**
 * The roadmap from `fromId` to `toId`. Steps saved in `project.roadmap` for the same pair of
 * variants (recorded by the editor's transformations, or edited in the roadmap view) are kept
 * as they are, in their order, as long as they still apply; the rest of the difference is
 * grouped into automatic steps that follow them.
 */
export function planRoadmap(project: Project, fromId: string, toId: string): RoadmapPlan {
  const from = findVariant(project, fromId);
  const to = findVariant(project, toId);
  const saved =
    project.roadmap && project.roadmap.from === fromId && project.roadmap.to === toId
      ? project.roadmap.steps
      : [];
  let current = from;
  const kept: RoadmapStep[] = [];
  const dropped: RoadmapPlan['dropped'] = [];
  for (const savedStep of saved) {
    const step = fitStep(current, to, savedStep);
    const reason = whyNotApplicable(current, to, step);
    if (reason) {
      dropped.push({ step: savedStep, reason });
      continue;
    }
    current = applyChanges(current, step.changes);
    kept.push(step);
  }
  const rest = groupDiff(
    current,
    to,
    kept.map((s) => s.id),
  );
  return { from: fromId, to: toId, steps: [...kept, ...rest], dropped };
}
