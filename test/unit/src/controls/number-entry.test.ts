import { describe, expect, test } from 'vitest';
import { parseEntry, stepValue } from '../../../../src/controls/number-entry';

describe('parseEntry', () => {
  test('a number within the rules, surrounding spaces ignored', () => {
    expect(parseEntry(' 12.5 ', {})).toEqual({ ok: true, value: 12.5 });
    expect(parseEntry('1e3', { max: 1000 })).toEqual({ ok: true, value: 1000 });
  });
  test('empty: null when the field may be empty, otherwise a value is needed', () => {
    expect(parseEntry('  ', { nullable: true })).toEqual({ ok: true, value: null });
    expect(parseEntry('', {})).toEqual({ ok: false, problem: 'needs a value' });
  });
  test('says why an entry is refused', () => {
    expect(parseEntry('12abc', {})).toEqual({ ok: false, problem: 'must be a number' });
    expect(parseEntry('Infinity', {})).toEqual({ ok: false, problem: 'must be a number' });
    expect(parseEntry('2.5', { integer: true })).toEqual({
      ok: false,
      problem: 'must be a whole number',
    });
    expect(parseEntry('-1', { min: 0 })).toEqual({ ok: false, problem: 'must be ≥ 0' });
    expect(parseEntry('31', { max: 30 })).toEqual({ ok: false, problem: 'must be ≤ 30' });
  });
});

describe('stepValue', () => {
  test('adds or takes one step, without binary noise', () => {
    expect(stepValue(0.1, 1, 0.2, {})).toBe(0.3);
    expect(stepValue(0.7, -1, 0.01, {})).toBe(0.69);
    expect(stepValue(5, 1, 1, {})).toBe(6);
  });
  test('stays within min and max', () => {
    expect(stepValue(0.995, 1, 0.01, { max: 1 })).toBe(1);
    expect(stepValue(0, -1, 1, { min: 0 })).toBe(0);
  });
});
