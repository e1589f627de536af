// The fields of one client's load shape; the type switch keeps the magnitude of the old shape.
import { useState } from 'react';
import type { LoadShape } from '../../models/types';
import { defaultShape, SHAPE_TYPES } from './default-shapes';
import { NumberField } from '../controls/NumberField';
import { formatSteps, parseSteps, parseTrace } from './parse-list';

interface LoadShapeFieldsProps {
  clientName: string;
  shape: LoadShape;
  durationS: number;
  onChange: (shape: LoadShape) => void;
}

function ListField({
  label,
  initial,
  hint,
  apply,
}: {
  label: string;
  initial: string;
  hint: string;
  apply: (text: string) => string | null;
}) {
  const [text, setText] = useState(initial);
  const [error, setError] = useState<string | null>(null);
  return (
    <label className="sim-field sim-field-wide">
      <span className="sim-field-label">{label}</span>
      <input
        value={text}
        aria-invalid={error !== null}
        onChange={(e) => {
          setText(e.currentTarget.value);
          setError(apply(e.currentTarget.value));
        }}
      />
      <span className={error ? 'sim-field-error' : 'sim-field-hint'}>{error ?? hint}</span>
    </label>
  );
}

type Shape<T extends LoadShape['type']> = Extract<LoadShape, { type: T }>;

/** One number of a shape: its member, label and unit (every one is ≥ 0). */
interface ShapeField<S extends LoadShape> {
  key: Exclude<keyof S, 'type'> & string;
  label: string;
  unit: 'rps' | 's';
}

const CONSTANT_FIELDS: readonly ShapeField<Shape<'constant'>>[] = [
  { key: 'rps', label: 'Rate', unit: 'rps' },
];
const RAMP_FIELDS: readonly ShapeField<Shape<'ramp'>>[] = [
  { key: 'fromRps', label: 'From', unit: 'rps' },
  { key: 'toRps', label: 'To', unit: 'rps' },
];
const SPIKE_FIELDS: readonly ShapeField<Shape<'spike'>>[] = [
  { key: 'baseRps', label: 'Base', unit: 'rps' },
  { key: 'peakRps', label: 'Peak', unit: 'rps' },
  { key: 'startS', label: 'Starts at', unit: 's' },
  { key: 'rampS', label: 'Ramp', unit: 's' },
  { key: 'holdS', label: 'Hold', unit: 's' },
];

function numberFields<S extends Shape<'constant' | 'ramp' | 'spike'>>(
  shape: S,
  fields: readonly ShapeField<S>[],
  onChange: (shape: LoadShape) => void,
) {
  return fields.map((f) => (
    <NumberField
      key={`${shape.type}-${f.key}`}
      layout="inline"
      label={f.label}
      unit={f.unit}
      min={0}
      value={shape[f.key] as number}
      onCommit={(v) => onChange({ ...shape, [f.key]: v })}
    />
  ));
}

export function LoadShapeFields({ clientName, shape, durationS, onChange }: LoadShapeFieldsProps) {
  return (
    <fieldset className="shape-fields">
      <legend>{clientName}</legend>
      <label className="sim-field">
        <span className="sim-field-label">Shape</span>
        <select
          value={shape.type}
          aria-label={`Load shape of ${clientName}`}
          onChange={(e) =>
            onChange(defaultShape(e.currentTarget.value as LoadShape['type'], shape, durationS))
          }
        >
          {SHAPE_TYPES.map((t) => (
            <option key={t.type} value={t.type}>
              {t.label}
            </option>
          ))}
        </select>
      </label>
      {shape.type === 'constant' && numberFields(shape, CONSTANT_FIELDS, onChange)}
      {shape.type === 'ramp' && numberFields(shape, RAMP_FIELDS, onChange)}
      {shape.type === 'spike' && numberFields(shape, SPIKE_FIELDS, onChange)}
      {shape.type === 'steps' && (
        <ListField
          key="steps"
          label="Points"
          hint='"second rps" pairs, straight lines between them'
          initial={formatSteps(shape.points)}
          apply={(text) => {
            const p = parseSteps(text);
            if (p.ok) onChange({ type: 'steps', points: p.value });
            return p.ok ? null : `Points: ${p.error}`;
          }}
        />
      )}
      {shape.type === 'trace' && (
        <ListField
          key="trace"
          label="Rates per second"
          hint="one rate per second of the scenario"
          initial={shape.rps.join(' ')}
          apply={(text) => {
            const p = parseTrace(text);
            if (p.ok) onChange({ type: 'trace', rps: p.value });
            return p.ok ? null : `Rates: ${p.error}`;
          }}
        />
      )}
    </fieldset>
  );
}
