// A load sweep's scaling: every rate at every instant times the factor, nothing else changed.
import { describe, expect, test } from 'vitest';
import { peakOfferedRps } from '../../../models/busiest-scenario';
import { rateFunction } from '../../../models/load-rate';
import { scaleScenario } from '../../../models/scale-scenario';
import type { Scenario } from '../../../models/types';

const scenario: Scenario = {
  id: 's',
  name: 's',
  durationS: 100,
  warmupS: 5,
  seed: 7,
  replications: 2,
  faults: [{ type: 'outage', node: 'x', startS: 10, endS: 20 }],
  load: [
    { client: 'a', shape: { type: 'constant', rps: 10 } },
    { client: 'b', shape: { type: 'ramp', fromRps: 5, toRps: 50 } },
    {
      client: 'c',
      shape: { type: 'spike', baseRps: 20, peakRps: 200, startS: 30, rampS: 5, holdS: 10 },
    },
    {
      client: 'd',
      shape: {
        type: 'steps',
        points: [
          [0, 1],
          [40, 9],
          [70, 3],
        ],
      },
    },
    { client: 'e', shape: { type: 'trace', rps: [4, 0, 12, 7] } },
  ],
};

describe('scaleScenario', () => {
  test.each([0.5, 1, 2.75])('×%s: the rate of every client at every instant, scaled', (factor) => {
    const scaled = scaleScenario(scenario, factor);
    for (const [i, load] of scenario.load.entries()) {
      const before = rateFunction(load.shape, scenario.durationS);
      const after = rateFunction(scaled.load[i].shape, scenario.durationS);
      expect(after.breakpoints).toEqual(before.breakpoints);
      for (const t of [0, 1.5, 2.5, 12, 33, 40, 44, 52, 69.9, 70, 99])
        expect(after.rate(t)).toBeCloseTo(before.rate(t) * factor, 9);
    }
    expect(peakOfferedRps(scaled)).toBeCloseTo(peakOfferedRps(scenario) * factor, 9);
  });

  test('timing, faults, seed and replications stay as they were; the input is not changed', () => {
    const copy = structuredClone(scenario);
    const scaled = scaleScenario(scenario, 3);
    expect(scenario).toEqual(copy);
    const { load: _l, ...rest } = scaled;
    const { load: _c, ...restCopy } = copy;
    expect(rest).toEqual(restCopy);
  });

  test('a factor that is negative or not finite is refused', () => {
    expect(() => scaleScenario(scenario, -1)).toThrow(/finite number >= 0, got -1/);
    expect(() => scaleScenario(scenario, Number.NaN)).toThrow(/got NaN/);
    expect(() => scaleScenario(scenario, Infinity)).toThrow(/got Infinity/);
  });
});
