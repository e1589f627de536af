// The default scenario of the Roadmap and Present views: the busiest at its peak.
import { describe, expect, test } from 'vitest';
import { busiestScenario, peakOfferedRps } from '../../../models/busiest-scenario';
import { findExample } from '../../../models/examples';
import type { Scenario } from '../../../models/types';

const base: Omit<Scenario, 'id' | 'name' | 'load'> = {
  durationS: 100,
  warmupS: 0,
  seed: 1,
  replications: 1,
  faults: [],
};
const scenario = (id: string, load: Scenario['load']): Scenario => ({
  ...base,
  id,
  name: id,
  load,
});

describe('peakOfferedRps', () => {
  test('adds the clients up at the moment their sum peaks, not their separate maxima', () => {
    const s = scenario('two', [
      {
        client: 'a',
        shape: { type: 'spike', baseRps: 10, peakRps: 100, startS: 10, rampS: 5, holdS: 5 },
      },
      {
        client: 'b',
        shape: { type: 'spike', baseRps: 20, peakRps: 200, startS: 50, rampS: 5, holdS: 5 },
      },
    ]);
    expect(peakOfferedRps(s)).toBe(210); // b's peak (200) plus a's base (10), never 300
  });

  test('ramps, steps and traces reach their highest point', () => {
    expect(
      peakOfferedRps(
        scenario('r', [{ client: 'a', shape: { type: 'ramp', fromRps: 5, toRps: 50 } }]),
      ),
    ).toBe(50);
    expect(
      peakOfferedRps(
        scenario('s', [
          {
            client: 'a',
            shape: {
              type: 'steps',
              points: [
                [0, 5],
                [40, 80],
                [100, 10],
              ],
            },
          },
        ]),
      ),
    ).toBe(80);
    expect(
      peakOfferedRps(scenario('t', [{ client: 'a', shape: { type: 'trace', rps: [3, 9, 4] } }])),
    ).toBe(9);
  });
});

describe('busiestScenario', () => {
  test("the Client portal's quarterly peak, not its first scenario (a normal day)", () => {
    const p = findExample('client-portal')!.project;
    expect(p.scenarios[0]!.id).toBe('normal-day');
    expect(busiestScenario(p)!.id).toBe('quarterly-peak'); // ties with the slowdown: the first wins
  });

  test('none without scenarios', () => {
    const p = findExample('client-portal')!.project;
    expect(busiestScenario({ ...p, scenarios: [] })).toBeNull();
  });
});
