import { expect, test } from 'vitest';
import {
  formatCount,
  formatMs,
  formatPercent,
  formatRps,
} from '../../../../models/figures/format-value';

test('a share close to 100 % keeps the digits that tell it from the objective and from 100 %', () => {
  expect(formatPercent(0.9987)).toBe('99.87 %');
  expect(formatPercent(0.999)).toBe('99.9 %');
  expect(formatPercent(0.99995)).toBe('99.995 %');
  expect(formatPercent(0.9999999)).toBe('>99.99 %');
  expect(formatPercent(1)).toBe('100 %');
  expect(formatPercent(0.752)).toBe('75.2 %');
  expect(formatPercent(0.0042)).toBe('0.42 %');
  expect(formatPercent(0.00004)).toBe('<0.01 %');
  expect(formatPercent(0)).toBe('0 %');
  expect(formatPercent(Number.NaN)).toBe('—');
});

test('latencies in ms up to 10 s, then seconds; counts grouped without a locale', () => {
  expect(formatMs(61.38)).toBe('61.4 ms');
  expect(formatMs(4.236)).toBe('4.24 ms');
  expect(formatMs(6192)).toBe('6,192 ms');
  expect(formatMs(170_496)).toBe('170 s');
  expect(formatMs(-300)).toBe('\u2212300 ms');
  expect(formatCount(1_234_567)).toBe('1,234,567');
  expect(formatCount(-12)).toBe('\u221212');
  expect(formatRps(137.4)).toBe('137 rps');
});
