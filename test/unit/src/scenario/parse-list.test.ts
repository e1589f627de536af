import { describe, expect, test } from 'vitest';
import { formatSteps, parseSteps, parseTrace } from '../../../../src/scenario/parse-list';

describe('list fields of load shapes', () => {
  test('steps round-trip and keep their order', () => {
    const parsed = parseSteps('0 20, 60 80; 90 10');
    expect(parsed).toEqual({
      ok: true,
      value: [
        [0, 20],
        [60, 80],
        [90, 10],
      ],
    });
    if (parsed.ok) expect(formatSteps(parsed.value)).toBe('0 20, 60 80, 90 10');
  });

  test('a bad step says which one and why', () => {
    expect(parseSteps('0 20, 60')).toEqual({
      ok: false,
      error: 'point 2 ("60") must be "second rps", both ≥ 0',
    });
    expect(parseSteps('30 1, 10 2')).toMatchObject({
      ok: false,
      error: expect.stringContaining('point 2 goes back in time'),
    });
    expect(parseSteps('  ')).toMatchObject({ ok: false });
  });

  test('a trace is one rate per second', () => {
    expect(parseTrace('5 5,8  12')).toEqual({ ok: true, value: [5, 5, 8, 12] });
    expect(parseTrace('5 -1')).toEqual({ ok: false, error: 'value 2 ("-1") must be a number ≥ 0' });
  });
});
