import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { ImportIssue } from '../../../../models/interop/import-issue';
import {
  JsonElementScanner,
  type PathSegment,
} from '../../../../models/interop/json-element-scanner';

/** Elements of the top-level `items` array, and of `groups[*].members[*]`. */
const wants = (p: readonly PathSegment[]): boolean =>
  (p.length === 2 && p[0] === 'items') ||
  (p.length === 4 && p[0] === 'groups' && p[2] === 'members');

function scan(chunks: string[]): { path: string; value: unknown }[] {
  const out: { path: string; value: unknown }[] = [];
  const scanner = new JsonElementScanner(wants, (path, value) =>
    out.push({ path: path.join('/'), value }),
  );
  for (const c of chunks) scanner.feed(c);
  scanner.end();
  return out;
}

const DOC = JSON.stringify({
  before: { 'tricky "key" {': ['[', ']', '\\', 'q"'], n: -1.5e3, t: true, z: null },
  items: [{ a: 1, s: 'br}ace\\"' }, { nested: [[{}], []] }, 'not a "container"', 3, -1.5e-3, true],
  groups: [{ name: 'g', members: [{ m: 'é ☃ \u2028' }, [1, 2]] }, { members: [] }],
  after: [],
});

describe('JsonElementScanner', () => {
  const expected = [
    { path: 'items/0', value: { a: 1, s: 'br}ace\\"' } },
    { path: 'items/1', value: { nested: [[{}], []] } },
    { path: 'items/2', value: 'not a "container"' },
    { path: 'items/3', value: 3 },
    { path: 'items/4', value: -1.5e-3 },
    { path: 'items/5', value: true },
    { path: 'groups/0/members/0', value: { m: 'é ☃ \u2028' } },
    { path: 'groups/0/members/1', value: [1, 2] },
  ];

  test('hands over the wanted values, parsed (containers and scalars)', () => {
    expect(scan([DOC])).toEqual(expected);
  });

  test('any split into chunks gives the same elements', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.integer({ min: 1, max: DOC.length - 1 }), { maxLength: 12 }),
        (cuts) => {
          const sorted = [...cuts].sort((a, b) => a - b);
          const chunks = [0, ...sorted].map((from, i) => DOC.slice(from, sorted[i] ?? DOC.length));
          expect(scan(chunks)).toEqual(expected);
        },
      ),
      { numRuns: 300 },
    );
  });

  test('a document cut short at any point is reported as truncated, never hangs', () => {
    for (let cut = 1; cut < DOC.length; cut += 7) {
      expect(() => scan([DOC.slice(0, cut)]), `cut at ${cut}`).toThrow(ImportIssue);
    }
    expect(() => scan([DOC.slice(0, 200)])).toThrow(/ends early/);
  });

  test('structural errors name the place', () => {
    expect(() => scan(['{"items": [1, 2}'])).toThrow(/items\[1\].*unexpected "}"/);
    expect(() => scan(['hello'])).toThrow(/unexpected "h" at character 0/);
    expect(() => scan(['{"a": 1} {"b": 2}'])).toThrow(/after the end/);
    expect(() => scan(['{"items": [{"a": tru}]}'])).toThrow(/items\[0\]: is not valid JSON/);
    expect(() => scan(['   '])).toThrow(/empty/);
  });
});
