// The slides' narrative: whole sentences up to the limit, at least the first one; notes keep
// the lines that say something.
import fc from 'fast-check';
import { expect, test } from 'vitest';
import { notes, opening } from '../../../../src/present/narrative';

test('a short description is kept whole; a long one to its last whole sentence within the limit', () => {
  expect(opening('One.  Two.')).toBe('One. Two.');
  const long = `${'A'.repeat(100)}. ${'B'.repeat(100)}. ${'C'.repeat(100)}.`;
  expect(opening(long)).toBe(`${'A'.repeat(100)}. ${'B'.repeat(100)}.`);
  expect(opening(`${'A'.repeat(300)}. B.`, 50)).toBe(`${'A'.repeat(49)}…`);
  expect(opening(undefined)).toBe('');
});

test('property: the opening is never longer than the limit and is where the text starts', () => {
  fc.assert(
    fc.property(fc.string({ maxLength: 600 }), fc.integer({ min: 10, max: 300 }), (text, max) => {
      const out = opening(text, max);
      expect(out.length).toBeLessThanOrEqual(max);
      const clean = text.replace(/\s+/g, ' ').trim();
      expect(clean.startsWith(out.replace(/…$/, ''))).toBe(true);
    }),
    { numRuns: 500 },
  );
});

test('notes drop empty and missing lines and trim the rest', () => {
  expect(notes(' a ', '', undefined, null, false, 'b')).toEqual(['a', 'b']);
});
