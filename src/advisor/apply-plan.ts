// "Apply plan": the advice's design added as a variant and the roadmap going to it, as one edit of
// the project store (so one Undo removes both), said on the status line in the CLI's words.
import type { AdvisedVariant } from '../../models/variants/add-advised-variant';
import { appliedAdviceText, applyAdvice } from '../../simulator/advisor/apply-advice';
import type { Advice } from '../simulation/worker-contract';
import { getProject, useProjectStore } from '../store/project-store';
import { showStatus } from '../store/ui-store';

export function applyPlan(advice: Advice): AdvisedVariant {
  const added = applyAdvice(getProject(), advice);
  useProjectStore.getState().updateProject(() => added.project);
  showStatus(
    `Added the ${appliedAdviceText(added, advice.variant)}. Undo removes both.`,
    'success',
  );
  return added;
}
