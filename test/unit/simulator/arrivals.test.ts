// Arrivals follow the load shape: non-homogeneous Poisson, checked per series bucket.
import { expect, test } from 'vitest';
import { rateFunction } from '../../../models/load-rate';
import { simulate } from '../../../simulator/simulate';
import type { LoadShape } from '../../../models/types';
import { call, client, project, service } from '../../helpers/build-project';

const shapes: LoadShape[] = [
  { type: 'spike', baseRps: 50, peakRps: 800, startS: 60, rampS: 30, holdS: 60 },
  { type: 'ramp', fromRps: 0, toRps: 600 },
  {
    type: 'steps',
    points: [
      [0, 100],
      [100, 100],
      [150, 500],
      [300, 200],
    ],
  },
  {
    type: 'trace',
    rps: Array.from({ length: 300 }, (_, i) => 100 + 300 * Math.abs(Math.sin(i / 20))),
  },
];

test.each(shapes.map((s) => [s.type, s] as const))(
  '%s: arrivals per bucket match the rate within Poisson noise',
  (_type, shape) => {
    const p = project(
      [client(), service('s', { concurrency: 1000, serviceTimeMs: 0 })],
      [call('c', 's')],
      {
        durationS: 300,
        load: [{ client: 'c', shape }],
      },
    );
    const r = simulate(p, { variant: 'v', scenario: 's' });
    const fn = rateFunction(shape, 300);
    const b = r.series.bucketS;
    let chi = 0;
    r.series.t.forEach((t, k) => {
      // Expected count: the rate integrated over the bucket (midpoint rule on 10 sub-steps).
      let expected = 0;
      for (let i = 0; i < 10; i++) expected += (fn.rate(t + (i + 0.5) * (b / 10)) * b) / 10;
      const observed = r.series.entryRps[k] * b;
      if (expected > 0) chi += ((observed - expected) * (observed - expected)) / expected;
      else expect(observed).toBe(0);
    });
    // Pearson's statistic over ~150 buckets has mean ≈ buckets and sd ≈ sqrt(2 × buckets): allow 5 sd.
    const n = r.series.t.length;
    expect(chi).toBeLessThan(n + 5 * Math.sqrt(2 * n));
    // And not far below it either: arrivals are random, not evenly spaced.
    expect(chi).toBeGreaterThan(n - 5 * Math.sqrt(2 * n));
  },
);
