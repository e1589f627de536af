import { describe, expect, test } from 'vitest';
import { poolSize } from '../../../../src/simulation/pool-size';

describe('pool size', () => {
  test('one worker per reported core, at least 2 and at most 8', () => {
    expect(poolSize(1).size).toBe(2);
    expect(poolSize(2).size).toBe(2);
    expect(poolSize(6).size).toBe(6);
    expect(poolSize(32).size).toBe(8);
    // A browser that reports nothing (or nonsense) gets the least.
    expect(poolSize(undefined).size).toBe(2);
    expect(poolSize(0).size).toBe(2);
  });

  test('the ?workers= debug switch overrides it from 1 to 16', () => {
    expect(poolSize(8, '?workers=1')).toEqual({ size: 1, ignored: null });
    expect(poolSize(2, '?x=1&workers=12')).toEqual({ size: 12, ignored: null });
  });

  test('a ?workers= value out of range or not a whole number is ignored and says why', () => {
    for (const bad of ['0', '17', '2.5', 'two', '-1', ''])
      expect(poolSize(4, `?workers=${bad}`)).toEqual({
        size: 4,
        ignored: `?workers=${bad} ignored: a whole number from 1 to 16 is expected; using 4.`,
      });
  });
});
