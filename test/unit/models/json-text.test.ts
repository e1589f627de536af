import { expect, test } from 'vitest';
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
