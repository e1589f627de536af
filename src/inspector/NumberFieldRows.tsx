// Number fields built from descriptors over one object (an edge's retries, its circuit breaker):
// each field commits the whole object with its one member changed, through the caller's commit.
import { NumberField } from './fields';

/** The members of T that hold a number (or null, for fields that may be left empty). */
type NumericKey<T> = {
  [K in keyof T]-?: T[K] extends number | null ? K : never;
}[keyof T] &
  string;

export interface NumberFieldSpec<T> {
  key: NumericKey<T>;
  label: string;
  unit?: string;
  hint?: string;
  /** When set, an empty input means null and this is the placeholder. */
  nullLabel?: string;
  testId?: string;
}

/** Rows of fields side by side; `onCommit` applies the changed object or returns why not. */
export function NumberFieldRows<T extends object>({
  value,
  rows,
  onCommit,
}: {
  value: T;
  rows: readonly (readonly NumberFieldSpec<T>[])[];
  onCommit: (next: T) => string | null;
}) {
  return (
    <>
      {rows.map((fields) => (
        <div className="field-row" key={fields.map((f) => f.key).join()}>
          {fields.map((f) => (
            <NumberField
              key={f.key}
              label={f.label}
              unit={f.unit}
              hint={f.hint}
              nullLabel={f.nullLabel}
              testId={f.testId}
              value={value[f.key] as number | null}
              onCommit={(v) => onCommit({ ...value, [f.key]: v })}
            />
          ))}
        </div>
      ))}
    </>
  );
}
