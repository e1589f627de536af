// A number input that lets the user type freely and only commits valid numbers in range; an
// invalid entry is shown as such (with why) instead of being dropped or clamped silently.
import { useId, useState } from 'react';

interface NumberFieldProps {
  label: string;
  value: number;
  onChange: (value: number) => void;
  min?: number;
  max?: number;
  step?: number;
  integer?: boolean;
  unit?: string;
}

export function NumberField({
  label,
  value,
  onChange,
  min,
  max,
  step,
  integer,
  unit,
}: NumberFieldProps) {
  const id = useId();
  const [text, setText] = useState(String(value));
  const [shown, setShown] = useState(value);
  // Follow outside changes (another scenario selected, undo) unless the user is mid-edit.
  if (value !== shown) {
    setShown(value);
    setText(String(value));
  }
  const problem = ((): string | null => {
    const v = Number(text);
    if (text.trim() === '' || !Number.isFinite(v)) return 'must be a number';
    if (integer && !Number.isInteger(v)) return 'must be a whole number';
    if (min !== undefined && v < min) return `must be ≥ ${min}`;
    if (max !== undefined && v > max) return `must be ≤ ${max}`;
    return null;
  })();
  return (
    <label className="sim-field" htmlFor={id}>
      <span className="sim-field-label">
        {label}
        {unit && <span className="sim-field-unit"> ({unit})</span>}
      </span>
      <input
        id={id}
        type="number"
        inputMode="decimal"
        value={text}
        min={min}
        max={max}
        step={step ?? (integer ? 1 : 'any')}
        aria-invalid={problem !== null}
        onChange={(e) => {
          const next = e.currentTarget.value;
          setText(next);
          const v = Number(next);
          if (
            next.trim() !== '' &&
            Number.isFinite(v) &&
            (!integer || Number.isInteger(v)) &&
            (min === undefined || v >= min) &&
            (max === undefined || v <= max)
          ) {
            setShown(v);
            onChange(v);
          }
        }}
      />
      {problem && (
        <span className="sim-field-error">
          {label} {problem}
        </span>
      )}
    </label>
  );
}
