// Window bounds walk the breakpoints once; they equal the per-window scan they replaced.
import fc from 'fast-check';
import { expect, test } from 'vitest';
import { rateFunction, type RateFunction } from '../../../models/load-rate';
import type { LoadShape } from '../../../models/types';
import { windowBounds } from '../../../simulator/window-bounds';

/** Every breakpoint checked for every window, as before. */
function scanAll(fn: RateFunction, durationS: number, windowS: number): Float64Array {
  const n = Math.max(1, Math.ceil(durationS / windowS));
  const bounds = new Float64Array(n);
  for (let k = 0; k < n; k++) {
    const a = k * windowS;
    const b = Math.min(durationS, a + windowS);
    let m = Math.max(fn.rate(a), fn.rate(b - 1e-9 * windowS), fn.stepwise ? 0 : fn.rate(b));
    for (const p of fn.breakpoints)
      if (p > a && p < b) m = Math.max(m, fn.rate(p), fn.rate(p - 1e-9 * windowS));
    bounds[k] = m;
  }
  return bounds;
}

const rps = fc.integer({ min: 0, max: 10_000 }).map((n) => n / 10);
const time = fc.integer({ min: 0, max: 1200 }).map((n) => n / 10);
const shape: fc.Arbitrary<LoadShape> = fc.oneof(
  rps.map((r) => ({ type: 'constant' as const, rps: r })),
  fc.tuple(rps, rps).map(([fromRps, toRps]) => ({ type: 'ramp' as const, fromRps, toRps })),
  fc.tuple(rps, rps, time, time, time).map(([baseRps, peakRps, startS, rampS, holdS]) => ({
    type: 'spike' as const,
    baseRps,
    peakRps,
    startS,
    rampS,
    holdS,
  })),
  fc
    .array(fc.tuple(time, rps), { minLength: 1, maxLength: 12 })
    .map((points) => ({ type: 'steps' as const, points: [...points].sort((a, b) => a[0] - b[0]) })),
  fc.array(rps, { minLength: 1, maxLength: 30 }).map((r) => ({ type: 'trace' as const, rps: r })),
);

test('equal to scanning every breakpoint in every window', () => {
  fc.assert(
    fc.property(
      shape,
      fc.integer({ min: 1, max: 120 }),
      fc.constantFrom(0.5, 1, 7),
      (s, durationS, windowS) => {
        const fn = rateFunction(s, durationS);
        expect(windowBounds(fn, durationS, windowS)).toEqual(scanAll(fn, durationS, windowS));
      },
    ),
    { numRuns: 500 },
  );
});

test('a week-long trace shape is bounded in one pass', () => {
  const trace: LoadShape = { type: 'trace', rps: Array.from({ length: 604_800 }, (_, i) => i % 7) };
  const bounds = windowBounds(rateFunction(trace, 604_800), 604_800, 1);
  expect(bounds.length).toBe(604_800);
  expect(bounds[3]).toBe(3);
  expect(bounds[604_799]).toBe(604_799 % 7);
});
