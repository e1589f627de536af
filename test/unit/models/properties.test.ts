// Property tests: generated valid projects survive serialise → parse → validate unchanged, and
// random damage to a valid project is either accepted or reported at a precise path, never thrown.
import fc from 'fast-check';
import { expect, test } from 'vitest';
import { loadProject } from '../../../models/load';
import { formatPath, formatProblem, type PathSegment } from '../../../models/problem';
import { serializeProject } from '../../../models/serialize';
import { checkProject } from '../../../models/validate';
import { validProjectInput } from '../../helpers/project-arbitrary';

type Json = Record<string, unknown>;

test('random valid projects load, and survive serialise → parse → validate unchanged', () => {
  fc.assert(
    fc.property(validProjectInput, (input) => {
      const first = loadProject(input);
      if (!first.ok)
        throw new Error(
          `generated project rejected:\n${first.errors.map(formatProblem).join('\n')}`,
        );
      const text = serializeProject(first.project);
      const second = loadProject(text);
      expect(second.ok).toBe(true);
      if (!second.ok) return;
      expect(second.project).toEqual(first.project);
      expect(serializeProject(second.project)).toBe(text);
      expect(second.warnings).toEqual(first.warnings);
      expect(checkProject(second.project)).toEqual({ errors: [], warnings: first.warnings });
    }),
    { numRuns: 200 },
  );
});

/** Every path inside a JSON value, with the value found there. */
function pathsOf(
  value: unknown,
  prefix: PathSegment[] = [],
): { path: PathSegment[]; value: unknown }[] {
  const here = prefix.length ? [{ path: prefix, value }] : [];
  if (Array.isArray(value))
    return [...here, ...value.flatMap((v, i) => pathsOf(v, [...prefix, i]))];
  if (value && typeof value === 'object')
    return [...here, ...Object.entries(value).flatMap(([k, v]) => pathsOf(v, [...prefix, k]))];
  return here;
}

function parentOf(root: unknown, path: PathSegment[]): unknown {
  return path
    .slice(0, -1)
    .reduce<unknown>((v, s) => (v as Record<PathSegment, unknown> | undefined)?.[s], root);
}

function setAt(root: unknown, path: PathSegment[], value: unknown): void {
  const parent = parentOf(root, path) as Record<PathSegment, unknown>;
  parent[path[path.length - 1] as PathSegment] = value;
}

const TYPE_OF = (v: unknown): string =>
  v === null ? 'null' : Array.isArray(v) ? 'array' : typeof v;
const WRONG_VALUES: unknown[] = ['x', -1, true, null, {}, [], 1.5];
const BAD_NUMBERS = [-1, -1e9, 1e9, 1.5, 0, 2, -0.5];
const REFERENCE_KEYS = new Set(['from', 'to', 'client', 'node', 'deadLetterQueue']);

type Mutation = 'delete' | 'wrongType' | 'dangling' | 'outOfRange' | 'duplicateId';

/** Damages a copy of the document; returns where, or null when the document offers no such spot. */
function mutate(doc: Json, kind: Mutation, pick: number, choice: number): PathSegment[] | null {
  const all = pathsOf(doc);
  const choose = <T>(list: T[]): T | undefined => list[pick % Math.max(list.length, 1)];
  switch (kind) {
    case 'delete': {
      const spot = choose(all.filter((p) => typeof p.path[p.path.length - 1] === 'string'));
      if (!spot) return null;
      delete (parentOf(doc, spot.path) as Json)[spot.path[spot.path.length - 1] as string];
      return spot.path;
    }
    case 'wrongType': {
      const spot = choose(all);
      if (!spot) return null;
      const candidates = WRONG_VALUES.filter((w) => TYPE_OF(w) !== TYPE_OF(spot.value));
      setAt(doc, spot.path, candidates[choice % candidates.length]);
      return spot.path;
    }
    case 'dangling': {
      const spot = choose(
        all.filter(
          (p) =>
            REFERENCE_KEYS.has(String(p.path[p.path.length - 1])) && typeof p.value === 'string',
        ),
      );
      if (!spot) return null;
      setAt(doc, spot.path, 'zz-nowhere');
      return spot.path;
    }
    case 'outOfRange': {
      const spot = choose(all.filter((p) => typeof p.value === 'number'));
      if (!spot) return null;
      setAt(doc, spot.path, BAD_NUMBERS[choice % BAD_NUMBERS.length]);
      return spot.path;
    }
    case 'duplicateId': {
      const spot = choose(
        all.filter(
          (p) =>
            Array.isArray(p.value) && p.value.some((e) => e && typeof e === 'object' && 'id' in e),
        ),
      );
      if (!spot) return null;
      const list = spot.value as Json[];
      const copy = JSON.parse(JSON.stringify(list[choice % list.length])) as Json;
      list.push(copy);
      return [...spot.path, list.length - 1, 'id'];
    }
  }
}

const SEGMENT = /^(?:\.?([A-Za-z_$][A-Za-z0-9_$]*)|\[(\d+)\]|\[("(?:[^"\\]|\\.)*")\])/;

/** Reads `variants[0].nodes[3].concurrency` back into segments; throws on anything else. */
function parsePath(path: string): PathSegment[] {
  const segments: PathSegment[] = [];
  let rest = path;
  while (rest) {
    const m = SEGMENT.exec(rest);
    if (!m) throw new Error(`not a JSON path: "${path}"`);
    segments.push(
      m[1] ?? (m[2] !== undefined ? Number(m[2]) : (JSON.parse(m[3] as string) as string)),
    );
    rest = rest.slice(m[0].length);
  }
  return segments;
}

test('random damage to a valid project is accepted or rejected with a precise path, never thrown', () => {
  const mutation = fc.constantFrom<Mutation>(
    'delete',
    'wrongType',
    'dangling',
    'outOfRange',
    'duplicateId',
  );
  let rejected = 0;
  fc.assert(
    fc.property(validProjectInput, mutation, fc.nat(), fc.nat(), (input, kind, pick, choice) => {
      const doc = JSON.parse(JSON.stringify(input)) as Json;
      const where = mutate(doc, kind, pick, choice);
      fc.pre(where !== null);
      const result = loadProject(doc);
      if (result.ok) return;
      rejected++;
      expect(result.errors.length).toBeGreaterThan(0);
      for (const error of result.errors) {
        expect(error.message.trim()).not.toBe('');
        const segments = parsePath(error.path);
        expect(formatPath(segments)).toBe(error.path);
        // The path leads to the value, or to where a missing field belongs.
        if (segments.length > 0)
          expect(parentOf(doc, segments), formatProblem(error)).toBeDefined();
      }
      if ((kind === 'wrongType' || kind === 'outOfRange') && where) {
        // A damaged value is reported at itself, inside it, or next to it (a rule relating siblings).
        const near = result.errors.some((e) => {
          const segments = parsePath(e.path);
          const common = segments.findIndex((s, i) => s !== where[i]);
          const shared = common === -1 ? segments.length : common;
          return shared >= Math.min(where.length, segments.length) || shared >= where.length - 2;
        });
        expect(near, `${formatPath(where)} → ${result.errors.map(formatProblem).join(' | ')}`).toBe(
          true,
        );
      }
    }),
    { numRuns: 300 },
  );
  // Most damage is caught: the property is not passing vacuously on accepted documents.
  expect(rejected).toBeGreaterThan(100);
});
