import { describe, expect, test } from 'vitest';
import { peakRps, rpsAt, sampleLoadShape } from '../../../../src/charts/load-shape';
import type { LoadShape } from '../../../../models/types';

describe('load shape preview', () => {
  test('a spike ramps up, holds, and ramps back down to the base', () => {
    const spike = {
      type: 'spike',
      baseRps: 10,
      peakRps: 110,
      startS: 60,
      rampS: 10,
      holdS: 30,
    } as const;
    expect(rpsAt(spike, 0, 300)).toBe(10);
    expect(rpsAt(spike, 65, 300)).toBe(60);
    expect(rpsAt(spike, 70, 300)).toBe(110);
    expect(rpsAt(spike, 99, 300)).toBe(110);
    expect(rpsAt(spike, 105, 300)).toBe(60);
    expect(rpsAt(spike, 200, 300)).toBe(10);
  });

  test('ramp, steps and trace', () => {
    expect(rpsAt({ type: 'ramp', fromRps: 0, toRps: 100 }, 25, 100)).toBe(25);
    const steps = {
      type: 'steps',
      points: [
        [10, 5],
        [20, 25],
      ] as [number, number][],
    } as const;
    expect(rpsAt(steps, 0, 30)).toBe(5);
    expect(rpsAt(steps, 15, 30)).toBe(15);
    expect(rpsAt(steps, 29, 30)).toBe(25);
    const trace: LoadShape = { type: 'trace', rps: [1, 2, 3] };
    expect(rpsAt(trace, 1.5, 10)).toBe(2);
    expect(rpsAt(trace, 2.5, 10)).toBe(3);
    expect(rpsAt(trace, 9, 10)).toBe(0);
  });

  test('samples keep the corners of the shape exactly and span the duration', () => {
    const spike = {
      type: 'spike',
      baseRps: 0,
      peakRps: 100,
      startS: 13.3,
      rampS: 1.1,
      holdS: 2,
    } as const;
    const pts = sampleLoadShape(spike, 60, 10);
    expect(pts[0]![0]).toBe(0);
    expect(pts[pts.length - 1]![0]).toBe(60);
    expect(pts.find(([s]) => s === 14.4)?.[1]).toBe(100);
    for (let i = 1; i < pts.length; i++) expect(pts[i]![0]).toBeGreaterThan(pts[i - 1]![0]);
    expect(peakRps([spike, { type: 'constant', rps: 120 }], 60)).toBe(120);
  });
});
