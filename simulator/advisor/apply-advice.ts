// The advice's plan as part of a project: the design it arrives at added as a variant, and the
// roadmap going to it with the plan's steps recorded. One function for `spillway advise --write`
// and the app's "Apply plan" (one undoable step there).
import type { Project } from '../../models/types';
import { addAdvisedVariant, type AdvisedVariant } from '../../models/variants/add-advised-variant';
import type { Advice } from './advise';

export function applyAdvice(project: Project, advice: Advice): AdvisedVariant {
  return addAdvisedVariant(
    project,
    advice.variant,
    advice.advised,
    advice.plan.map((s) => s.step),
  );
}

/** 'variant "Advised: … with 1 change" (advised); the roadmap goes from as-is to it (it went to to-be)'. */
export function appliedAdviceText(added: AdvisedVariant, from: string): string {
  return (
    `variant "${added.name}" (${added.id}); the roadmap goes from ${from} to it` +
    (added.replacedRoadmapTo ? ` (it went to ${added.replacedRoadmapTo})` : '')
  );
}
