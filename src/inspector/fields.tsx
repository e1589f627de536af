// Inspector inputs. Numbers are committed on Enter or blur; an invalid value shows why and is not applied.
import { useId, useState, type ReactNode } from 'react';

interface FieldShellProps {
  id: string;
  label: string;
  unit?: string;
  hint?: string;
  error?: string | null;
  children: ReactNode;
}

function FieldShell({ id, label, unit, hint, error, children }: FieldShellProps) {
  return (
    <div className={`field${error ? ' has-error' : ''}`}>
      <label htmlFor={id} className="field-label">
        {label}
        {unit && <span className="field-unit">{unit}</span>}
      </label>
      {children}
      {error ? (
        <p className="field-error" role="alert" id={`${id}-error`}>
          {error}
        </p>
      ) : hint ? (
        <p className="field-hint" id={`${id}-hint`}>
          {hint}
        </p>
      ) : null}
    </div>
  );
}

export interface NumberFieldProps {
  label: string;
  unit?: string;
  hint?: string;
  value: number | null;
  /** When set, an empty input means null and this text is the placeholder ("unbounded"). */
  nullLabel?: string;
  step?: number;
  /** Applies the value, or returns why it cannot be applied. */
  onCommit: (value: number | null) => string | null;
  testId?: string;
  /** When it changes, a rejected draft is dropped (e.g. the field it clashed with was changed). */
  resetKey?: string;
}

export function NumberField({
  label,
  unit,
  hint,
  value,
  nullLabel,
  step,
  onCommit,
  testId,
  resetKey,
}: NumberFieldProps) {
  const id = useId();
  const shown = value === null ? '' : String(value);
  const [draft, setDraft] = useState(shown);
  const [error, setError] = useState<string | null>(null);
  const [lastShown, setLastShown] = useState(shown);
  const [lastResetKey, setLastResetKey] = useState(resetKey);
  if (shown !== lastShown || resetKey !== lastResetKey) {
    // The model changed underneath (undo, another edit): show it and drop a stale message.
    setLastShown(shown);
    setLastResetKey(resetKey);
    setDraft(shown);
    setError(null);
  }

  const commit = () => {
    const text = draft.trim();
    if (text === shown) {
      setError(null);
      return;
    }
    let parsed: number | null;
    if (text === '') {
      if (nullLabel === undefined) {
        setError('a value is required');
        return;
      }
      parsed = null;
    } else {
      parsed = Number(text);
      if (!Number.isFinite(parsed)) {
        setError('must be a number');
        return;
      }
    }
    const problem = onCommit(parsed);
    setError(problem ? `${label} ${problem}; not applied.` : null);
  };

  return (
    <FieldShell id={id} label={label} unit={unit} hint={hint} error={error}>
      <input
        id={id}
        className="input"
        type="text"
        inputMode="decimal"
        value={draft}
        step={step}
        placeholder={nullLabel}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : hint ? `${id}-hint` : undefined}
        data-testid={testId}
        onChange={(e) => setDraft(e.target.value)}
        onBlur={commit}
        onKeyDown={(e) => {
          e.stopPropagation();
          if (e.key === 'Enter') commit();
          if (e.key === 'Escape') {
            setDraft(shown);
            setError(null);
          }
        }}
      />
    </FieldShell>
  );
}

export interface TextFieldProps {
  label: string;
  value: string;
  multiline?: boolean;
  placeholder?: string;
  onCommit: (value: string) => string | null;
  testId?: string;
}

export function TextField({
  label,
  value,
  multiline,
  placeholder,
  onCommit,
  testId,
}: TextFieldProps) {
  const id = useId();
  const [draft, setDraft] = useState(value);
  const [error, setError] = useState<string | null>(null);
  const [lastValue, setLastValue] = useState(value);
  if (value !== lastValue) {
    setLastValue(value);
    setDraft(value);
    setError(null);
  }
  const commit = () => {
    if (draft === value) return;
    const problem = onCommit(draft);
    setError(problem ? `${label} ${problem}; not applied.` : null);
  };
  const common = {
    id,
    className: 'input',
    value: draft,
    placeholder,
    'aria-invalid': error ? true : undefined,
    'data-testid': testId,
    onBlur: commit,
  };
  return (
    <FieldShell id={id} label={label} error={error}>
      {multiline ? (
        <textarea
          {...common}
          rows={3}
          onChange={(e) => setDraft(e.target.value)}
          onKeyDown={(e) => e.stopPropagation()}
        />
      ) : (
        <input
          {...common}
          type="text"
          onChange={(e) => setDraft(e.target.value)}
          onKeyDown={(e) => {
            e.stopPropagation();
            if (e.key === 'Enter') commit();
            if (e.key === 'Escape') setDraft(value);
          }}
        />
      )}
    </FieldShell>
  );
}

export interface SelectFieldProps<T extends string> {
  label: string;
  value: T;
  options: readonly { value: T; label: string }[];
  hint?: string;
  onChange: (value: T) => void;
  testId?: string;
}

export function SelectField<T extends string>({
  label,
  value,
  options,
  hint,
  onChange,
  testId,
}: SelectFieldProps<T>) {
  const id = useId();
  return (
    <FieldShell id={id} label={label} hint={hint}>
      <select
        id={id}
        className="input"
        value={value}
        data-testid={testId}
        onChange={(e) => onChange(e.target.value as T)}
      >
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </FieldShell>
  );
}

export function CheckboxField({
  label,
  checked,
  hint,
  onChange,
}: {
  label: string;
  checked: boolean;
  hint?: string;
  onChange: (checked: boolean) => void;
}) {
  const id = useId();
  return (
    <div className="field field-check">
      <input
        id={id}
        type="checkbox"
        checked={checked}
        onChange={(e) => onChange(e.target.checked)}
        aria-describedby={hint ? `${id}-hint` : undefined}
      />
      <label htmlFor={id}>{label}</label>
      {hint && (
        <p className="field-hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
    </div>
  );
}

export function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <section className="inspector-section" aria-label={title}>
      <h3 className="section-title">{title}</h3>
      {children}
    </section>
  );
}
