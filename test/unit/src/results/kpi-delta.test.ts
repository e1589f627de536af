import { describe, expect, test } from 'vitest';
import { formatChange, kpiDelta } from '../../../../src/results/kpi-delta';

describe('KPI difference and percentage change', () => {
  test('a lower latency is better, with a negative change', () => {
    const d = kpiDelta(400, 100, 'lower');
    expect(d.difference).toBe(-300);
    expect(d.change).toBeCloseTo(-0.75, 12);
    expect(d.verdict).toBe('better');
    expect(formatChange(d.change)).toBe('\u221275 %');
  });

  test('a higher success rate is better, with a positive change', () => {
    const d = kpiDelta(0.8, 0.96, 'higher');
    expect(d.change).toBeCloseTo(0.2, 12);
    expect(d.verdict).toBe('better');
    expect(formatChange(d.change)).toBe('+20 %');
    expect(kpiDelta(0.96, 0.8, 'higher').verdict).toBe('worse');
  });

  test('a change from zero has no percentage; zero to zero is no change', () => {
    const fromZero = kpiDelta(0, 12, 'lower');
    expect(fromZero.difference).toBe(12);
    expect(fromZero.change).toBeNull();
    expect(fromZero.verdict).toBe('worse');
    expect(formatChange(fromZero.change)).toBe('new');
    const none = kpiDelta(0, 0, 'lower');
    expect(none).toEqual({ difference: 0, change: 0, verdict: 'same' });
    expect(formatChange(none.change)).toBe('±0 %');
  });

  test('a negative baseline keeps the sign of the direction of change', () => {
    expect(kpiDelta(-10, -5, 'higher').change).toBeCloseTo(0.5, 12);
    expect(kpiDelta(-10, -5, 'higher').verdict).toBe('better');
  });

  test('a missing value gives an unknown verdict, and neutral figures are never judged', () => {
    expect(kpiDelta(Number.NaN, 3, 'lower').verdict).toBe('unknown');
    expect(kpiDelta(100, 200, 'neutral').verdict).toBe('unknown');
    expect(kpiDelta(100, 200, 'neutral').change).toBe(1);
  });
});
