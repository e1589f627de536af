import { describe, expect, test } from 'vitest';
import { valueChange, verdictText } from '../../../../models/figures/figure-change';

const ms = { unit: 'ms', better: 'lower' } as const;
const share = { unit: 'percent', better: 'higher' } as const;
const count = { unit: 'count', better: 'lower' } as const;
const neutral = { unit: 'count', better: 'neutral' } as const;

describe('how a figure’s change reads', () => {
  test('a lower latency is better, with a negative percentage', () => {
    const c = valueChange(ms, 400, 100);
    expect(c.difference).toBe(-300);
    expect(c.relative).toBeCloseTo(-0.75, 12);
    expect(c.changeText).toBe('\u221275 %');
    expect(c.differenceText).toBe('\u2212300 ms');
    expect(verdictText(c)).toBe('▼ better');
  });

  test('a share changes by points, never by a percentage of a percentage', () => {
    const c = valueChange(share, 0.752, 0.9999);
    expect(c.relative).toBeNull();
    expect(c.changeText).toBe('+24.8 points');
    expect(verdictText(c)).toBe('▲ better');
    expect(verdictText(valueChange(share, 0.9, 0.8))).toBe('▼ worse');
  });

  test('from a baseline that reads as zero there is no percentage: the value is new', () => {
    const c = valueChange(count, 0, 12);
    expect(c.changeText).toBe('new');
    expect(c.relative).toBeNull();
    expect(c.verdict).toBe('worse');
    // 0.0004 ms reads "0 ms": no +6 524 900 %.
    expect(valueChange(ms, 0.0004, 65.3).changeText).toBe('new');
  });

  test('beyond tenfold a change is a factor, so no six-digit percentage appears', () => {
    expect(valueChange(ms, 61.4, 170_496).changeText).toBe('×2777');
    expect(valueChange(ms, 100, 1234).changeText).toBe('×12.3');
    expect(valueChange(ms, 100, 999).changeText).toBe('+899 %');
  });

  test('values that read the same are the same, whatever their last bits', () => {
    const c = valueChange(ms, 61.381, 61.379);
    expect(c).toMatchObject({ verdict: 'same', changeText: 'same', differenceText: '±0' });
  });

  test('a missing value is unknown, and a neutral figure is never judged', () => {
    expect(valueChange(ms, Number.NaN, 3)).toMatchObject({ verdict: 'unknown', changeText: '—' });
    const n = valueChange(neutral, 100, 200);
    expect(n.verdict).toBe('unknown');
    expect(n.changeText).toBe('+100 %');
    expect(verdictText(n)).toBe('');
  });
});
