// Number fields built from descriptors over one object (a node, an edge, an edge's retries or
// circuit breaker): each descriptor is one parameter, and its field commits the whole object
// with that one member changed, through the caller's commit. A row of one field stands alone; a
// row of several sits side by side.
import { NumberField, type NumberFieldProps } from '../controls/NumberField';
import { CheckboxField } from './fields';

/** The members of T that hold a number (or null or nothing, for fields that may be left empty). */
export type NumericKey<T> = {
  [K in keyof T]-?: Exclude<T[K], undefined> extends number | null ? K : never;
}[keyof T] &
  string;

export interface NumberFieldSpec<T> {
  key: NumericKey<T>;
  label: string;
  unit?: string;
  hint?: string;
  /** When set, an empty input means null and this is the placeholder. */
  nullLabel?: string;
  /** With nullLabel: an empty input leaves the member out (an optional member) instead of null. */
  omitWhenEmpty?: boolean;
  integer?: boolean;
  /** What an arrow press adds; 1 unless set. */
  step?: number;
  testId?: string;
}

/** A section's number fields: rows of descriptors. */
export type NumberFieldLayout<T> = readonly (readonly NumberFieldSpec<T>[])[];

/** Rows of fields; `onCommit` applies the changed object (whose `key` changed) or returns why not. */
export function NumberFieldRows<T extends object>({
  value,
  rows,
  onCommit,
}: {
  value: T;
  rows: NumberFieldLayout<T>;
  onCommit: (next: T, key: NumericKey<T>) => string | null;
}) {
  const field = (f: NumberFieldSpec<T>) => {
    const current = (value[f.key] ?? null) as number | null;
    const props = {
      label: f.label,
      unit: f.unit,
      hint: f.hint,
      nullLabel: f.nullLabel,
      integer: f.integer,
      step: f.step,
      testId: f.testId,
      value: current,
      onCommit: (v: number | null) =>
        onCommit({ ...value, [f.key]: v === null && f.omitWhenEmpty ? undefined : v }, f.key),
    } as NumberFieldProps;
    return <NumberField key={f.key} {...props} />;
  };
  return (
    <>
      {rows.map((fields) =>
        fields.length === 1 ? (
          field(fields[0]!)
        ) : (
          <div className="field-row" key={fields.map((f) => f.key).join()}>
            {fields.map(field)}
          </div>
        ),
      )}
    </>
  );
}

/** A group that may be off (null): a checkbox that turns it on with `whenOn`, then its rows. */
export function OptionalFieldRows<T extends object>({
  label,
  value,
  whenOn,
  rows,
  onCommit,
}: {
  label: string;
  value: T | null;
  whenOn: T;
  rows: NumberFieldLayout<T>;
  onCommit: (next: T | null) => string | null;
}) {
  return (
    <>
      <CheckboxField
        label={label}
        checked={value !== null}
        onChange={(on) => onCommit(on ? whenOn : null)}
      />
      {value && <NumberFieldRows value={value} rows={rows} onCommit={onCommit} />}
    </>
  );
}
