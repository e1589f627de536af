// Rates of steps shapes by bisection, and the requests a shape offers (its integral).
import fc from 'fast-check';
import { expect, test } from 'vitest';
import { expectedRequests, rateFunction } from '../../../models/load-rate';
import type { LoadShape } from '../../../models/types';

/** The linear scan the bisection replaced. */
function scanRate(points: [number, number][], t: number): number {
  const pts = [...points].sort((p, q) => p[0] - q[0]);
  if (t <= pts[0]![0]) return pts[0]![1];
  for (let i = 1; i < pts.length; i++) {
    const [t1, r1] = pts[i]!;
    if (t <= t1) {
      const [t0, r0] = pts[i - 1]!;
      return t1 === t0 ? r1 : r0 + ((r1 - r0) * (t - t0)) / (t1 - t0);
    }
  }
  return pts[pts.length - 1]![1];
}

test('a steps shape gives what a scan through its points gives, also at repeated times', () => {
  const point = fc.tuple(fc.integer({ min: 0, max: 50 }), fc.integer({ min: 0, max: 1000 }));
  fc.assert(
    fc.property(
      fc.array(point, { minLength: 1, maxLength: 20 }),
      fc.integer({ min: -10, max: 600 }),
      (points, t10) => {
        const fn = rateFunction({ type: 'steps', points }, 60);
        expect(fn.rate(t10 / 10)).toBe(scanRate(points, t10 / 10));
      },
    ),
    { numRuns: 2000 },
  );
});

test.each<[LoadShape, number, number]>([
  [{ type: 'constant', rps: 60 }, 600, 36_000],
  [{ type: 'ramp', fromRps: 10, toRps: 30 }, 100, 2000],
  [
    { type: 'spike', baseRps: 10, peakRps: 110, startS: 10, rampS: 10, holdS: 20 },
    100,
    1000 + 100 * 30,
  ],
  [
    {
      type: 'steps',
      points: [
        [0, 0],
        [10, 100],
        [20, 100],
      ],
    },
    30,
    500 + 1000 + 1000,
  ],
  [{ type: 'trace', rps: [1, 2, 3] }, 10, 6],
  [{ type: 'spike', baseRps: 0, peakRps: 50, startS: 5, rampS: 0, holdS: 10 }, 100, 500],
])('%j over %d s offers %d requests', (shape, durationS, requests) => {
  expect(expectedRequests(rateFunction(shape, durationS), durationS)).toBeCloseTo(requests, 6);
});
