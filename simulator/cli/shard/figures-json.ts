// A run's figures (run-figures.ts) in JSON and back, exactly: JSON has no NaN, no infinities and
// no −0, so those numbers are written as strings ("NaN", "Infinity", "-Infinity", "-0") and read
// back as the numbers they were. Every other number round-trips as JSON writes it.
import type { ObjectiveMeasure } from '../../../models/slo/objective-measures';
import type { RunFigures } from '../../run-figures';

export type JsonNumber = number | 'NaN' | 'Infinity' | '-Infinity' | '-0';

export interface FiguresJson {
  kpis: Record<string, JsonNumber>;
  arrivalsRps: JsonNumber;
  objectives: (Omit<ObjectiveMeasure, 'value' | 'target'> & {
    value: JsonNumber | null;
    target: JsonNumber;
  })[];
  cutShort: boolean;
}

export function numberToJson(v: number): JsonNumber {
  if (Number.isNaN(v)) return 'NaN';
  if (v === Infinity) return 'Infinity';
  if (v === -Infinity) return '-Infinity';
  if (Object.is(v, -0)) return '-0';
  return v;
}

const SPECIAL = new Set(['NaN', 'Infinity', '-Infinity', '-0']);

/** The number, or null when `v` is not one written by numberToJson. */
export function numberFromJson(v: unknown): number | null {
  if (typeof v === 'number' && Number.isFinite(v)) return v;
  if (typeof v === 'string' && SPECIAL.has(v)) return Number(v);
  return null;
}

export function figuresToJson(f: RunFigures): FiguresJson {
  const kpis: Record<string, JsonNumber> = {};
  for (const [k, v] of Object.entries(f.kpis)) kpis[k] = numberToJson(v);
  return {
    kpis,
    arrivalsRps: numberToJson(f.arrivalsRps),
    objectives: f.objectives.map((o) => ({
      ...o,
      value: o.value === null ? null : numberToJson(o.value),
      target: numberToJson(o.target),
    })),
    cutShort: f.cutShort,
  };
}

const OBJECTIVE_IDS = new Set(['latency', 'availability', 'messageAge']);

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** Reads figures written by figuresToJson; a problem names the path under `at` and why. */
export function figuresFromJson(v: unknown, at: string): RunFigures {
  const bad = (path: string, why: string): never => {
    throw new Error(`${at}${path}: ${why}`);
  };
  const num = (x: unknown, path: string): number =>
    numberFromJson(x) ?? bad(path, `must be a number, got ${JSON.stringify(x) ?? 'nothing'}`);
  if (!isRecord(v)) return bad('', 'must be an object of run figures');
  if (!isRecord(v.kpis)) return bad('.kpis', 'must be an object of numbers');
  const kpis: Record<string, number> = {};
  for (const [k, x] of Object.entries(v.kpis)) kpis[k] = num(x, `.kpis["${k}"]`);
  if (!Array.isArray(v.objectives)) return bad('.objectives', 'must be a list');
  const objectives = v.objectives.map((o: unknown, i): ObjectiveMeasure => {
    const path = `.objectives[${i}]`;
    if (!isRecord(o)) return bad(path, 'must be an object');
    if (typeof o.id !== 'string' || !OBJECTIVE_IDS.has(o.id))
      return bad(`${path}.id`, 'must be latency, availability or messageAge');
    if (o.better !== 'higher' && o.better !== 'lower')
      return bad(`${path}.better`, 'must be higher or lower');
    return {
      id: o.id as ObjectiveMeasure['id'],
      value: o.value === null ? null : num(o.value, `${path}.value`),
      target: num(o.target, `${path}.target`),
      better: o.better,
    };
  });
  if (typeof v.cutShort !== 'boolean') return bad('.cutShort', 'must be true or false');
  return {
    kpis,
    arrivalsRps: num(v.arrivalsRps, '.arrivalsRps'),
    objectives,
    cutShort: v.cutShort,
  };
}
