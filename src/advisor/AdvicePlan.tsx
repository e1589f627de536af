// The advisor's plan: its steps in the CLI's words, why it stopped, and "Apply plan", which adds
// the design as a variant with the roadmap to it (one undoable step). Refused, with the reason,
// when the plan makes no change, when the model changed since the advice, or when it was just
// applied (Undo makes it applicable again).
import { planEndText, planStepText } from '../../simulator/advisor/advice-words';
import type { Advice } from '../simulation/worker-contract';

interface AdvicePlanProps {
  advice: Advice;
  /** Why the plan cannot be applied now, or null. */
  blocker: string | null;
  onApply: () => void;
}

export function AdvicePlan({ advice, blocker, onApply }: AdvicePlanProps) {
  return (
    <section className="advice-plan" aria-label="Plan">
      <h4 className="advice-subtitle">Plan</h4>
      {advice.plan.length > 0 && (
        <ol className="advice-steps">
          {advice.plan.map((s) => (
            <li key={s.step.id}>{planStepText(s)}</li>
          ))}
        </ol>
      )}
      <p className="advice-end" data-testid="advice-end">
        {planEndText(advice.end, advice.plan.length)}
      </p>
      <div className="advice-apply">
        <button
          type="button"
          className="sim-run"
          disabled={blocker !== null}
          title={blocker ?? undefined}
          onClick={onApply}
        >
          Apply plan
        </button>
        <span className="sim-field-hint">
          {blocker ??
            'Adds the proposed design as a new variant, with these steps recorded in the roadmap. Undo removes it.'}
        </span>
      </div>
    </section>
  );
}
