// Inspector inputs besides numbers (src/controls/NumberField.tsx): text committed on Enter or blur,
// selects, checkboxes, and the titled section that groups them.
import { useId, useState, type ReactNode } from 'react';
import { FieldShell } from '../controls/FieldShell';

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
