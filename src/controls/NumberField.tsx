// The one number input of the app (inspector, scenario editor, faults, load shapes, distributions,
// objectives, compare and capacity controls). The user types freely; Enter or leaving the field
// commits; Escape brings back the current value; ArrowUp/ArrowDown step (Shift: ten steps) and
// commit at once. An entry that is not a number, breaks min/max/integer, or that the owner
// refuses (`onCommit` returns why) is shown with the reason under the field, and the last valid
// value stays in the model. The label names the input for assistive technology.
import { useId, useState, type ChangeEvent, type KeyboardEvent } from 'react';
import { FieldShell } from './FieldShell';
import { parseEntry, stepValue } from './number-entry';

interface CommonProps {
  label: string;
  unit?: string;
  hint?: string;
  min?: number;
  max?: number;
  integer?: boolean;
  /** What one arrow press adds or takes away; 1 unless set. */
  step?: number;
  testId?: string;
  /** When it changes, a rejected draft is dropped (e.g. the field it clashed with was changed). */
  resetKey?: string;
  /**
   * `stacked` (default): label above a full-width input, as in the inspector. `inline`: a compact
   * label and a short input that sit side by side in a toolbar-like row (scenario editor, runs).
   */
  layout?: 'stacked' | 'inline';
}

interface RequiredProps extends CommonProps {
  value: number;
  nullLabel?: undefined;
  /** Applies the value, or returns why it cannot be applied. */
  onCommit: (value: number) => string | null | void;
}

interface NullableProps extends CommonProps {
  value: number | null;
  /** An empty input means null; this text is its placeholder ("unbounded"). */
  nullLabel: string;
  onCommit: (value: number | null) => string | null | void;
}

export type NumberFieldProps = RequiredProps | NullableProps;

export function NumberField(props: NumberFieldProps) {
  const { label, unit, hint, value, nullLabel, min, max, integer, testId, resetKey } = props;
  const id = useId();
  const shown = value === null ? '' : String(value);
  const [draft, setDraft] = useState(shown);
  const [error, setError] = useState<string | null>(null);
  const [lastShown, setLastShown] = useState(shown);
  const [lastResetKey, setLastResetKey] = useState(resetKey);
  if (shown !== lastShown || resetKey !== lastResetKey) {
    // The model changed underneath (undo, another scenario, another edit): show it, drop the message.
    setLastShown(shown);
    setLastResetKey(resetKey);
    setDraft(shown);
    setError(null);
  }
  const rules = { nullable: nullLabel !== undefined, min, max, integer };

  const apply = (next: number | null) => {
    const problem = (props.onCommit as (v: number | null) => string | null | void)(next);
    setError(problem ? `${label} ${problem}; not applied.` : null);
  };
  const commit = () => {
    if (draft.trim() === shown) {
      setError(null);
      return;
    }
    const entry = parseEntry(draft, rules);
    if (!entry.ok) setError(`${label} ${entry.problem}; not applied.`);
    else apply(entry.value);
  };
  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    e.stopPropagation(); // the canvas's shortcuts (Delete, arrows) are not for a field being typed in
    if (e.key === 'Enter') commit();
    else if (e.key === 'Escape') {
      setDraft(shown);
      setError(null);
    } else if (e.key === 'ArrowUp' || e.key === 'ArrowDown') {
      e.preventDefault();
      const entry = parseEntry(draft, rules);
      const from = entry.ok && entry.value !== null ? entry.value : (value ?? min ?? 0);
      const step = (props.step ?? 1) * (e.shiftKey ? 10 : 1);
      const next = stepValue(from, e.key === 'ArrowUp' ? 1 : -1, step, { min, max });
      setDraft(String(next));
      apply(next);
    }
  };

  const common = {
    id,
    type: 'text',
    inputMode: 'decimal',
    value: draft,
    placeholder: nullLabel,
    'aria-invalid': error ? true : undefined,
    'aria-describedby': error ? `${id}-error` : hint ? `${id}-hint` : undefined,
    'data-testid': testId,
    onChange: (e: ChangeEvent<HTMLInputElement>) => setDraft(e.target.value),
    onBlur: commit,
    onKeyDown,
  } as const;
  if (props.layout === 'inline') {
    return (
      <div className="sim-field">
        <label htmlFor={id} className="sim-field-label">
          {label}
          {unit && <span className="sim-field-unit"> ({unit})</span>}
        </label>
        <input {...common} />
        {error && (
          <span className="sim-field-error" role="alert" id={`${id}-error`}>
            {error}
          </span>
        )}
      </div>
    );
  }
  return (
    <FieldShell id={id} label={label} unit={unit} hint={hint} error={error}>
      <input className="input" {...common} />
    </FieldShell>
  );
}
