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
      {shape.type === 'constant' && (
        <NumberField
          layout="inline"
          label="Rate"
          unit="rps"
          min={0}
          value={shape.rps}
          onCommit={(rps) => onChange({ ...shape, rps })}
        />
      )}
      {shape.type === 'ramp' && (
        <>
          <NumberField
            layout="inline"
            label="From"
            unit="rps"
            min={0}
            value={shape.fromRps}
            onCommit={(fromRps) => onChange({ ...shape, fromRps })}
          />
          <NumberField
            layout="inline"
            label="To"
            unit="rps"
            min={0}
            value={shape.toRps}
            onCommit={(toRps) => onChange({ ...shape, toRps })}
          />
        </>
      )}
      {shape.type === 'spike' && (
        <>
          <NumberField
            layout="inline"
            label="Base"
            unit="rps"
            min={0}
            value={shape.baseRps}
            onCommit={(baseRps) => onChange({ ...shape, baseRps })}
          />
          <NumberField
            layout="inline"
            label="Peak"
            unit="rps"
            min={0}
            value={shape.peakRps}
            onCommit={(peakRps) => onChange({ ...shape, peakRps })}
          />
          <NumberField
            layout="inline"
            label="Starts at"
            unit="s"
            min={0}
            value={shape.startS}
            onCommit={(startS) => onChange({ ...shape, startS })}
          />
          <NumberField
            layout="inline"
            label="Ramp"
            unit="s"
            min={0}
            value={shape.rampS}
            onCommit={(rampS) => onChange({ ...shape, rampS })}
          />
          <NumberField
            layout="inline"
            label="Hold"
            unit="s"
            min={0}
            value={shape.holdS}
            onCommit={(holdS) => onChange({ ...shape, holdS })}
          />
        </>
      )}
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
