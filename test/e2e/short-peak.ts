// The Client portal's quarterly peak, shortened (same shape, three simulated minutes) to keep
// browser tests quick.
import type { Scenario } from '../../models/types';

export function shortPeak(): Scenario {
  return {
    id: 'short-peak',
    name: 'Quarterly peak (short)',
    durationS: 180,
    warmupS: 20,
    seed: 3,
    replications: 1,
    load: [
      {
        client: 'customers',
        shape: { type: 'spike', baseRps: 60, peakRps: 300, startS: 40, rampS: 20, holdS: 60 },
      },
    ],
    faults: [],
  };
}
