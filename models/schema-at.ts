import type { z } from 'zod';
import type { PathSegment } from './problem';

/**
 * Finds the schema that governs a JSON path, so that error messages can say what a field is
 * (an integer, a nullable number) and which fields an object knows. Unions are resolved by the
 * value's discriminator, the way the schema itself resolves them. Reads zod's definition
 * objects (`_zod.def`), which are its documented way of introspecting a schema.
 */
export interface SchemaAt {
  schema: z.ZodType;
  /** True when `null` is accepted at this path. */
  nullable: boolean;
}

interface Def {
  type: string;
  shape?: Record<string, z.ZodType>;
  element?: z.ZodType;
  items?: z.ZodType[];
  rest?: z.ZodType | null;
  valueType?: z.ZodType;
  options?: z.ZodType[];
  discriminator?: string;
  innerType?: z.ZodType;
  in?: z.ZodType;
  out?: z.ZodType;
}

const defOf = (schema: z.ZodType): Def => (schema as unknown as { _zod: { def: Def } })._zod.def;
const propValuesOf = (schema: z.ZodType): Record<string, Set<unknown>> | undefined =>
  (schema as unknown as { _zod: { propValues?: Record<string, Set<unknown>> } })._zod.propValues;

const WRAPPERS = new Set(['default', 'optional', 'prefault', 'readonly', 'catch', 'nonoptional']);

/** Strips wrappers (defaults, optional, nullable, pipes) down to the schema that checks the value. */
function unwrap(schema: z.ZodType, value: unknown): SchemaAt {
  let current = schema;
  let nullable = false;
  for (;;) {
    const def = defOf(current);
    if (def.type === 'nullable' && def.innerType) {
      nullable = true;
      current = def.innerType;
    } else if (WRAPPERS.has(def.type) && def.innerType) {
      current = def.innerType;
    } else if (def.type === 'pipe' && def.in && def.out) {
      // A preprocess is a pipe from a transform into the real schema; a .transform() is the reverse.
      current = defOf(def.in).type === 'transform' ? def.out : def.in;
    } else if (def.type === 'union' && def.options) {
      const option = pickOption(def, value);
      if (!option) return { schema: current, nullable };
      current = option;
    } else {
      return { schema: current, nullable };
    }
  }
}

function pickOption(def: Def, value: unknown): z.ZodType | undefined {
  const options = def.options ?? [];
  if (def.discriminator && isRecord(value)) {
    const key = def.discriminator;
    return options.find((o) => propValuesOf(o)?.[key]?.has(value[key]));
  }
  return options.length === 1 ? options[0] : undefined;
}

function child(def: Def, segment: PathSegment): z.ZodType | undefined {
  if (def.type === 'object' && typeof segment === 'string') return def.shape?.[segment];
  if (def.type === 'array') return def.element;
  if (def.type === 'tuple' && typeof segment === 'number')
    return def.items?.[segment] ?? def.rest ?? undefined;
  if (def.type === 'record') return def.valueType;
  return undefined;
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function step(value: unknown, segment: PathSegment): unknown {
  if (Array.isArray(value) && typeof segment === 'number') return value[segment];
  if (isRecord(value) && typeof segment === 'string') return value[segment];
  return undefined;
}

/** The value at a path of a JSON document, or undefined when the path does not exist. */
export function valueAt(root: unknown, path: readonly PathSegment[]): unknown {
  return path.reduce<unknown>(step, root);
}

export function schemaAt(
  root: z.ZodType,
  input: unknown,
  path: readonly PathSegment[],
): SchemaAt | undefined {
  let value = input;
  let at = unwrap(root, value);
  for (const segment of path) {
    const next = child(defOf(at.schema), segment);
    if (!next) return undefined;
    value = step(value, segment);
    at = unwrap(next, value);
  }
  return at;
}

/** The fields an object schema knows, or an empty list when the schema is not an object. */
export function knownKeys(at: SchemaAt | undefined): string[] {
  if (!at) return [];
  const def = defOf(at.schema);
  return def.type === 'object' && def.shape ? Object.keys(def.shape) : [];
}

/** Integer-ness and bounds of a number schema, when the schema at hand is one. */
export function numberFacts(
  at: SchemaAt | undefined,
): { isInt: boolean; min: number | null; max: number | null } | undefined {
  if (!at || defOf(at.schema).type !== 'number') return undefined;
  const n = at.schema as unknown as {
    isInt: boolean;
    minValue: number | null;
    maxValue: number | null;
  };
  // Integers carry the safe-integer range as implicit bounds; those are not worth mentioning.
  const real = (v: number | null): number | null => (v !== null && Math.abs(v) < 1e15 ? v : null);
  return { isInt: n.isInt, min: real(n.minValue), max: real(n.maxValue) };
}
