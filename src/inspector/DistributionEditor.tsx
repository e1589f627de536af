// Type + parameters of a duration distribution, with a tiny preview of its shape.
import { useId, useState } from 'react';
import type { Distribution, DistributionType } from '../../models/types';
import { distributionShape } from './distribution-shape';
import { NumberField } from '../controls/NumberField';

const TYPES: { value: DistributionType; label: string }[] = [
  { value: 'constant', label: 'Constant' },
  { value: 'exponential', label: 'Exponential' },
  { value: 'uniform', label: 'Uniform' },
  { value: 'lognormal', label: 'Log-normal' },
  { value: 'empirical', label: 'Empirical' },
];

/** A sensible distribution of a new type, keeping the typical value of the old one. */
function convert(d: Distribution, type: DistributionType): Distribution {
  const typical =
    d.type === 'constant'
      ? d.value
      : d.type === 'exponential'
        ? d.mean
        : d.type === 'uniform'
          ? (d.min + d.max) / 2
          : d.type === 'lognormal'
            ? d.p50
            : (d.values[Math.floor(d.values.length / 2)] ?? 10);
  const t = Math.max(typical, 1);
  switch (type) {
    case 'constant':
      return { type, value: t };
    case 'exponential':
      return { type, mean: t };
    case 'uniform':
      return { type, min: Math.round(t / 2), max: Math.round(t * 1.5) };
    case 'lognormal':
      return { type, p50: t, p99: t * 5 };
    case 'empirical':
      return { type, values: [t] };
  }
}

/** Parameters that bound each other: the lower must not exceed the upper. */
const ORDERED_PAIRS: readonly (readonly [string, string])[] = [
  ['min', 'max'],
  ['p50', 'p99'],
];

/**
 * Why a new value of `key` breaks its pair's order, said of the field being edited
 * ("must be ≤ p99 (200 ms)"), or null. The schema reports such a pair on the upper field only.
 */
function orderProblem(params: Record<string, number>, key: string, next: number): string | null {
  for (const [lower, upper] of ORDERED_PAIRS) {
    if (key === lower && upper in params && next > params[upper]!)
      return `must be ≤ ${upper} (${params[upper]} ms)`;
    if (key === upper && lower in params && next < params[lower]!)
      return `must be ≥ ${lower} (${params[lower]} ms)`;
  }
  return null;
}

export function DistributionPreview({ value }: { value: Distribution }) {
  const w = 120;
  const h = 32;
  const shape = distributionShape(value);
  const d =
    shape.spikeAt !== undefined
      ? `M0 ${h} H${shape.spikeAt * w} V2 M${shape.spikeAt * w} ${h} H${w}`
      : `M${shape.points.map(([x, y]) => `${(x * w).toFixed(1)} ${(h - y * (h - 2)).toFixed(1)}`).join(' L')}`;
  return (
    <svg
      className="dist-preview"
      width={w}
      height={h + 12}
      viewBox={`0 0 ${w} ${h + 12}`}
      role="img"
      aria-label={`Shape of the ${value.type} distribution`}
    >
      <path d={d} fill="none" stroke="currentColor" strokeWidth={1.5} />
      <line x1={0} y1={h} x2={w} y2={h} stroke="currentColor" strokeOpacity={0.3} />
      <text x={0} y={h + 10} fontSize={8} fill="currentColor" opacity={0.7}>
        0
      </text>
      <text
        x={w}
        y={h + 10}
        fontSize={8}
        fill="currentColor"
        opacity={0.7}
        textAnchor="end"
      >{`${+shape.maxMs.toPrecision(3)} ms`}</text>
    </svg>
  );
}

export interface DistributionEditorProps {
  label: string;
  value: Distribution;
  onCommit: (value: Distribution) => string | null;
}

export function DistributionEditor({ label, value, onCommit }: DistributionEditorProps) {
  const id = useId();
  const [typeError, setTypeError] = useState<string | null>(null);
  const params = value as unknown as Record<string, number>;
  // Any change of the distribution (a fixed partner field, undo) clears every field's rejected draft.
  const revision = JSON.stringify(value);
  const param = (key: string, paramLabel: string) => (
    <NumberField
      label={paramLabel}
      unit="ms"
      value={params[key]!}
      resetKey={revision}
      onCommit={(v) =>
        orderProblem(params, key, v) ?? onCommit({ ...value, [key]: v } as Distribution)
      }
    />
  );
  return (
    <fieldset className="distribution">
      <legend>{label}</legend>
      <div className="distribution-head">
        <label htmlFor={id} className="visually-hidden">{`${label}: type`}</label>
        <select
          id={id}
          className="input"
          value={value.type}
          onChange={(e) =>
            setTypeError(onCommit(convert(value, e.target.value as DistributionType)))
          }
        >
          {TYPES.map((t) => (
            <option key={t.value} value={t.value}>
              {t.label}
            </option>
          ))}
        </select>
        <DistributionPreview value={value} />
      </div>
      {typeError && (
        <p className="field-error" role="alert">
          {typeError}
        </p>
      )}
      <div className="field-row">
        {value.type === 'constant' && param('value', 'Value')}
        {value.type === 'exponential' && param('mean', 'Mean')}
        {value.type === 'uniform' && (
          <>
            {param('min', 'Min')}
            {param('max', 'Max')}
          </>
        )}
        {value.type === 'lognormal' && (
          <>
            {param('p50', 'p50')}
            {param('p99', 'p99')}
          </>
        )}
      </div>
      {value.type === 'empirical' && (
        <EmpiricalValues
          value={value.values}
          onCommit={(values) => onCommit({ type: 'empirical', values })}
        />
      )}
    </fieldset>
  );
}

function EmpiricalValues({
  value,
  onCommit,
}: {
  value: number[];
  onCommit: (values: number[]) => string | null;
}) {
  const id = useId();
  const shown = value.join(', ');
  const [draft, setDraft] = useState(shown);
  const [last, setLast] = useState(shown);
  const [error, setError] = useState<string | null>(null);
  if (last !== shown) {
    setLast(shown);
    setDraft(shown);
    setError(null);
  }
  const commit = () => {
    const values = draft
      .split(/[\s,;]+/)
      .filter(Boolean)
      .map(Number);
    if (values.some((v) => !Number.isFinite(v)))
      return setError('Samples must be numbers separated by commas; not applied.');
    const problem = onCommit(values);
    setError(problem ? `Samples ${problem}; not applied.` : null);
  };
  return (
    <div className="field">
      <label htmlFor={id} className="field-label">
        Samples<span className="field-unit">ms</span>
      </label>
      <textarea
        id={id}
        className="input"
        rows={2}
        value={draft}
        onChange={(e) => setDraft(e.target.value)}
        onBlur={commit}
        onKeyDown={(e) => e.stopPropagation()}
      />
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
