import type { z } from 'zod';
import { LIMITS } from './limits';
import { formatPath, type PathSegment, type Problem } from './problem';
import { isRecord, knownKeys, numberFacts, schemaAt, valueAt } from './schema-at';

type Issue = z.core.$ZodIssue;

/**
 * Turns zod's issues into sentences a user can act on: the JSON path of the offending value and
 * what is wrong with it, in plain words (`must be an integer >= 1, got -2`).
 */
export function issuesToProblems(
  issues: readonly Issue[],
  input: unknown,
  root: z.ZodType,
): Problem[] {
  const seen = new Set<string>();
  const problems: Problem[] = [];
  const add = (p: Problem): void => {
    const key = `${p.path}\u0000${p.message}`;
    if (seen.has(key)) return;
    seen.add(key);
    problems.push(p);
  };
  for (const issue of issues) for (const p of describeIssue(issue, [], input, root)) add(p);
  return problems;
}

function describeIssue(
  issue: Issue,
  prefix: PathSegment[],
  input: unknown,
  root: z.ZodType,
): Problem[] {
  const path = [...prefix, ...(issue.path as PathSegment[])];
  const at = (segments: PathSegment[], message: string): Problem => ({
    path: formatPath(segments),
    message,
  });
  const value = valueAt(input, path);
  switch (issue.code) {
    case 'invalid_type':
      return [at(path, invalidType(issue.expected, value, path, input, root))];
    case 'too_small':
    case 'too_big':
      return [outOfRange(issue, path, input, root)];
    case 'invalid_format':
      return [
        at(
          path,
          `${issue.format === 'regex' ? issue.message : `must be a valid ${issue.format}`}, got ${describeValue(value)}`,
        ),
      ];
    case 'invalid_value':
      return [at(path, invalidValue(issue.values, value))];
    case 'unrecognized_keys':
      return issue.keys.map((key) => at([...path, key], unknownField(key, path, input, root)));
    case 'invalid_union':
      return invalidUnion(issue, path, value, input, root);
    case 'custom':
      return [
        at(
          path,
          isPrimitive(value) ? `${issue.message}, got ${describeValue(value)}` : issue.message,
        ),
      ];
    default:
      return [at(path, issue.message)];
  }
}

const EXPECTED: Record<string, string> = {
  number: 'a number',
  int: 'an integer',
  string: 'a string',
  boolean: 'true or false',
  array: 'a list ([...])',
  object: 'an object ({...})',
  tuple: 'a list ([...])',
  record: 'an object ({...})',
};

function invalidType(
  expected: string,
  value: unknown,
  path: PathSegment[],
  input: unknown,
  root: z.ZodType,
): string {
  if (value === undefined) return 'is required';
  const last = path[path.length - 1];
  const schema = schemaAt(root, input, path);
  const nullable = schema?.nullable ?? false;
  if (expected === 'number' && numberFacts(schema)?.isInt) expected = 'int';
  // Distributions accept a bare number as a constant, so say both forms.
  const wanted =
    expected === 'object' && typeof last === 'string' && last.endsWith('Ms')
      ? 'a number of milliseconds or a distribution object ({"type": ...})'
      : (EXPECTED[expected] ?? expected);
  return `must be ${wanted}${nullable ? ' or null' : ''}, got ${describeValue(value)}`;
}

function outOfRange(
  issue: Extract<Issue, { code: 'too_small' | 'too_big' }>,
  issuePath: PathSegment[],
  input: unknown,
  root: z.ZodType,
): Problem {
  let path = issuePath;
  // A bare number given for a distribution is checked as {type: constant, value}: point at the number.
  if (path[path.length - 1] === 'value' && typeof valueAt(input, path.slice(0, -1)) === 'number')
    path = path.slice(0, -1);
  const value = valueAt(input, path);
  const small = issue.code === 'too_small';
  const bound = Number(
    small
      ? (issue as { minimum: number | bigint }).minimum
      : (issue as { maximum: number | bigint }).maximum,
  );
  const inclusive = issue.inclusive !== false;
  const formatted = { path: formatPath(path), message: '' };
  // A bound that is one of Spillway's size limits is named as such, so nobody takes it for a rule of the domain.
  const limit =
    !small && SIZE_LIMITS.has(bound) ? `: Spillway's limit (docs/file-format.md, Limits)` : '';
  if (issue.origin === 'array' || issue.origin === 'set') {
    formatted.message = small
      ? `must have at least ${bound} ${bound === 1 ? 'item' : 'items'}, got ${countOf(value)}`
      : `must have at most ${bound} ${bound === 1 ? 'item' : 'items'}, got ${countOf(value)}${limit}`;
    return formatted;
  }
  if (issue.origin === 'string') {
    formatted.message =
      small && bound === 1
        ? 'must not be empty'
        : `must have ${small ? 'at least' : 'at most'} ${bound} characters${typeof value === 'string' ? `, got ${value.length}` : ''}${limit}`;
    return formatted;
  }
  const facts = numberFacts(schemaAt(root, input, path));
  const noun = facts?.isInt || issue.origin === 'int' ? 'an integer' : 'a number';
  let range = `${small ? (inclusive ? '>=' : '>') : inclusive ? '<=' : '<'} ${bound}`;
  // "between" for a range of the domain (a probability's 0..1), not for a size limit.
  const max = facts?.max ?? null;
  if (inclusive && facts && facts.min !== null && max !== null && !SIZE_LIMITS.has(max))
    range = `between ${facts.min} and ${max}`;
  formatted.message = `must be ${noun} ${range}, got ${describeValue(value)}${limit}`;
  return formatted;
}

const SIZE_LIMITS: ReadonlySet<number> = new Set(Object.values(LIMITS));

function invalidValue(values: readonly unknown[], value: unknown): string {
  const list = values.map((v) => (typeof v === 'string' ? v : JSON.stringify(v))).join(', ');
  if (value === undefined)
    return values.length === 1
      ? `is required (${JSON.stringify(values[0])})`
      : `is required (one of ${list})`;
  if (values.length === 1)
    return `must be ${JSON.stringify(values[0])}, got ${describeValue(value)}`;
  return `must be one of ${list}; got ${describeValue(value)}`;
}

/** What the thing picked by a discriminator is called, from where it sits. */
function unionNoun(path: PathSegment[]): string {
  const key = [...path]
    .reverse()
    .find((s) => typeof s === 'string' && s !== 'kind' && s !== 'type' && s !== 'op');
  const nouns: Record<string, string> = {
    nodes: 'node',
    node: 'node',
    edges: 'edge',
    edge: 'edge',
    shape: 'load shape',
    faults: 'fault',
    changes: 'change',
  };
  if (typeof key !== 'string') return '';
  if (nouns[key]) return `${nouns[key]} `;
  return key.endsWith('Ms') ? 'distribution ' : '';
}

function invalidUnion(
  issue: Extract<Issue, { code: 'invalid_union' }>,
  path: PathSegment[],
  value: unknown,
  input: unknown,
  root: z.ZodType,
): Problem[] {
  const discriminator = (issue as { discriminator?: string }).discriminator;
  const options = (issue as { options?: unknown[] }).options;
  if (discriminator && options) {
    const fieldPath = path[path.length - 1] === discriminator ? path : [...path, discriminator];
    const holder = valueAt(input, fieldPath.slice(0, -1));
    if (!isRecord(holder)) {
      return [
        {
          path: formatPath(fieldPath.slice(0, -1)),
          message: `must be an object ({...}), got ${describeValue(holder)}`,
        },
      ];
    }
    const given = holder[discriminator];
    const list = options.map(String).join(', ');
    const noun = `${unionNoun(fieldPath)}${discriminator}`;
    const message =
      given === undefined
        ? `is required (one of ${list})`
        : `unknown ${noun} ${describeValue(given)} (expected ${list})`;
    return [{ path: formatPath(fieldPath), message }];
  }
  // A plain union: report the branch that got furthest (fewest complaints).
  const branches = issue.errors.filter((b) => b.length > 0);
  if (branches.length === 0)
    return [{ path: formatPath(path), message: `is not valid, got ${describeValue(value)}` }];
  const best = branches.reduce((a, b) => (b.length < a.length ? b : a));
  return best.flatMap((inner) => describeIssue(inner, path, input, root));
}

function unknownField(
  key: string,
  objectPath: PathSegment[],
  input: unknown,
  root: z.ZodType,
): string {
  const known = knownKeys(schemaAt(root, input, objectPath));
  // Only a key of about a field's length can be a misspelling (and a megabyte-long key would cost seconds).
  const plausible = known.filter((k) => Math.abs(k.length - key.length) <= 2);
  const close =
    plausible.find((k) => k.toLowerCase() === key.toLowerCase()) ??
    plausible.find((k) => editDistance(k, key) <= 2);
  return close ? `unknown field (did you mean "${close}"?)` : 'unknown field';
}

function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let diagonal = row[0] as number;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const above = row[j] as number;
      row[j] = Math.min(
        above + 1,
        (row[j - 1] as number) + 1,
        diagonal + (a[i - 1] === b[j - 1] ? 0 : 1),
      );
      diagonal = above;
    }
  }
  return row[b.length] as number;
}

function isPrimitive(value: unknown): boolean {
  return value === null || ['string', 'number', 'boolean'].includes(typeof value);
}

function countOf(value: unknown): string {
  return Array.isArray(value) ? String(value.length) : describeValue(value);
}

/** A short rendering of a value for a message: strings quoted, containers named. */
export function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (typeof value === 'string')
    return JSON.stringify(value.length > 40 ? `${value.slice(0, 37)}...` : value);
  if (Array.isArray(value)) return value.length === 0 ? 'an empty list' : 'a list';
  if (typeof value === 'object') return 'an object';
  return String(value);
}
