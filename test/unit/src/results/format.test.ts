import { describe, expect, test } from 'vitest';
import {
  formatClock,
  formatCount,
  formatDuration,
  formatMs,
  formatPercent,
  formatRps,
  formatTick,
} from '../../../../src/results/format';

describe('units', () => {
  test('milliseconds keep 3 significant digits and switch to seconds from 10 s', () => {
    expect(formatMs(0)).toBe('0 ms');
    expect(formatMs(4.237)).toBe('4.24 ms');
    expect(formatMs(42.37)).toBe('42.4 ms');
    expect(formatMs(850.4)).toBe('850 ms');
    expect(formatMs(9999)).toBe('9,999 ms');
    expect(formatMs(12_500)).toBe('12.5 s');
    expect(formatMs(-20)).toBe('\u221220 ms');
    expect(formatMs(Number.NaN)).toBe('—');
  });

  test('percentages from fractions, with tiny non-zero values not shown as 0', () => {
    expect(formatPercent(0.9834)).toBe('98.3 %');
    expect(formatPercent(1)).toBe('100 %');
    expect(formatPercent(0)).toBe('0 %');
    expect(formatPercent(0.05)).toBe('5 %');
    expect(formatPercent(0.0042)).toBe('0.42 %');
    expect(formatPercent(0.0000004)).toBe('<0.01 %');
  });

  test('clock times, durations, rates and counts', () => {
    expect(formatClock(45)).toBe('45 s');
    expect(formatClock(125)).toBe('2:05');
    expect(formatClock(3723)).toBe('1:02:03');
    expect(formatDuration(0.44)).toBe('0.4 s');
    expect(formatDuration(185)).toBe('3 min 5 s');
    expect(formatRps(1234.4)).toBe('1,234 rps');
    expect(formatCount(12345.6)).toBe('12,346');
  });

  test('axis ticks drop the unit and abbreviate thousands', () => {
    expect(formatTick(1500, 'count')).toBe('1.5k');
    expect(formatTick(0.25, 'percent')).toBe('25');
    expect(formatTick(90, 's')).toBe('1:30');
    expect(formatTick(2.5, 'ms')).toBe('2.5');
  });
});
