import { expect, test } from 'vitest';
import { timeTicks } from '../../../../src/charts/time-ticks';

test('a 15-minute run gets ticks on round minutes', () => {
  expect(timeTicks([0, 900], 6)).toEqual([0, 300, 600, 900]);
  expect(timeTicks([0, 900], 10)).toEqual([0, 120, 240, 360, 480, 600, 720, 840]);
});

test('short and offset domains', () => {
  expect(timeTicks([0, 20], 5)).toEqual([0, 5, 10, 15, 20]);
  expect(timeTicks([7, 65], 4)).toEqual([15, 30, 45, 60]);
  expect(timeTicks([5, 5])).toEqual([5]);
});

test('every tick lies in the domain and the count stays near the request', () => {
  for (const end of [3, 59, 61, 600, 3599, 7200, 86400 * 3]) {
    const ticks = timeTicks([0, end], 6);
    expect(ticks.length).toBeGreaterThanOrEqual(2);
    expect(ticks.length).toBeLessThanOrEqual(7);
    for (const t of ticks) expect(t).toBeLessThanOrEqual(end);
  }
});
