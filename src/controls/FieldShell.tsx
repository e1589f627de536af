// The frame every labelled input shares: the label with its unit above the control, and below it
// either why the last entry was refused (an alert) or a hint.
import type { ReactNode } from 'react';

export interface FieldShellProps {
  id: string;
  label: string;
  unit?: string;
  hint?: string;
  error?: string | null;
  children: ReactNode;
}

export function FieldShell({ id, label, unit, hint, error, children }: FieldShellProps) {
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
