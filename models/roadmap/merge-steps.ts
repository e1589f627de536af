import type { ChecklistItem, RoadmapStep, Variant } from '../types';
import { applySteps } from './apply-steps';
import { stepsProblem } from './check-steps';
import { brokenDependency, stepDependencies } from './dependencies';
import { checkIndex } from './reorder-steps';
import type { StepEdit } from './step-edit';

function mergedChecklist(
  a: readonly ChecklistItem[],
  b: readonly ChecklistItem[],
): ChecklistItem[] {
  const seen = new Set(a.map((i) => i.id));
  return [...a, ...b.filter((i) => !seen.has(i.id))];
}

/**
 * Merges two steps into one (the earlier one's id and kind, both titles, changes in plan order).
 * The merged step takes the earlier step's place if the dependencies allow, else the later one's.
 */
export function mergeSteps(
  base: Variant,
  steps: readonly RoadmapStep[],
  i: number,
  j: number,
): StepEdit {
  checkIndex(steps, i, 'step');
  checkIndex(steps, j, 'step');
  if (i === j) return { ok: false, explanation: 'A step cannot be merged with itself.' };
  const [lo, hi] = i < j ? [i, j] : [j, i];
  const a = steps[lo]!;
  const b = steps[hi]!;
  const merged: RoadmapStep = {
    ...a,
    title: `${a.title}; ${b.title}`,
    rationale: [a.rationale, b.rationale].filter((r) => r.length > 0).join(' '),
    owner: a.owner || b.owner,
    recorded: a.recorded && b.recorded,
    changes: [...a.changes, ...b.changes],
    checklist: mergedChecklist(a.checklist, b.checklist),
  };
  const deps = stepDependencies(base, steps).map((d) => ({
    ...d,
    step: d.step === b.id ? a.id : d.step,
    on: d.on === b.id ? a.id : d.on,
  }));
  const expected = applySteps(base, steps);
  const others = steps.filter((_, k) => k !== lo && k !== hi);
  let explanation = '';
  for (const at of [lo, hi - 1]) {
    const next = [...others.slice(0, at), merged, ...others.slice(at)];
    const broken = brokenDependency(
      deps.filter((d) => d.step !== d.on),
      next.map((s) => s.id),
    );
    const problem = broken ? `${broken.reason}` : stepsProblem(base, next, expected);
    if (!problem) return { ok: true, steps: next };
    explanation ||= problem;
  }
  return { ok: false, explanation: `These steps cannot be merged: ${explanation}.` };
}
