import { expect, test } from 'vitest';
import fc from 'fast-check';
import { findSyntaxError, parseJsonText } from '../../../models/json-text';

test('valid JSON parses, with or without a byte-order mark', () => {
  expect(parseJsonText('{"a": [1, 2.5e3, true, null, "x\\u00e9"]}')).toEqual({
    ok: true,
    value: { a: [1, 2500, true, null, 'xé'] },
  });
  expect(parseJsonText('\ufeff[1]')).toEqual({ ok: true, value: [1] });
});

test.each([
  ['{"a": 1,}', 1, 9, 'trailing comma before "}"'],
  ['[1, 2,\n]', 2, 1, 'trailing comma before "]"'],
  [
    '{\n  "a": 1\n  "b": 2\n}',
    3,
    3,
    'expected "," or "}" after a property value, found character "\\""',
  ],
  ['{\n  "a" 1\n}', 2, 7, 'expected ":" after the property name, found character "1"'],
  ['{"a": tru}', 1, 7, 'unexpected character "t", expected a value'],
  ['{"a": "b', 1, 7, 'unterminated string'],
  ['{"a": "b\\x"}', 1, 9, 'invalid escape "\\x" in a string'],
  ['{"a": -}', 1, 7, 'invalid number'],
  ['{"a": 1} x', 1, 10, 'unexpected character "x" after the end of the document'],
  ['', 1, 1, 'unexpected end of file, expected a value'],
  ['{"a": [1, 2', 1, 12, 'expected "," or "]" after an array element, found end of file'],
])('%j fails at line %i, column %i: %s', (text, line, column, reason) => {
  expect(parseJsonText(text)).toEqual({ ok: false, line, column, reason });
});

test('the scanner agrees with JSON.parse on what is valid', () => {
  for (const text of [
    '0',
    '-0.5e-3',
    '"\\ud83d\\ude00"',
    '{"a":{"b":[[]]}}',
    ' [ ] ',
    '01',
    '1.',
    '.5',
    '+1',
    '"\t"',
    'nul',
    '{,}',
  ]) {
    let valid = true;
    try {
      JSON.parse(text);
    } catch {
      valid = false;
    }
    expect(findSyntaxError(text) === null, text).toBe(valid);
  }
});

test('a million open brackets are located without overflowing the stack', () => {
  const text = '['.repeat(1_000_000);
  expect(parseJsonText(text)).toEqual({
    ok: false,
    line: 1,
    column: 1_000_001,
    reason: 'unexpected end of file, expected a value',
  });
  expect(findSyntaxError(`${'[{"a":'.repeat(100_000)}1${'}]'.repeat(100_000)}`)).toBeNull();
});

test('the scanner agrees with JSON.parse on random documents and random damage to them', () => {
  const damaged = fc
    .tuple(
      fc.json(),
      fc.nat(),
      fc.constantFrom('', '"', ',', '}', ']', '{', '[', ':', '\\', ' ', 'x', '0'),
    )
    .map(([text, at, c]) => {
      const i = at % (text.length + 1);
      return `${text.slice(0, i)}${c}${text.slice(i + (at % 3 === 0 ? 1 : 0))}`;
    });
  fc.assert(
    fc.property(fc.oneof(fc.json(), damaged), (text) => {
      let valid = true;
      try {
        JSON.parse(text);
      } catch {
        valid = false;
      }
      expect(findSyntaxError(text) === null, text).toBe(valid);
    }),
    { numRuns: 2000 },
  );
});
