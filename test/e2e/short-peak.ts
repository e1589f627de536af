// The Client portal's quarterly peak, shortened (same shape, three simulated minutes) to keep
// browser tests quick.
import type { Scenario } from '../../models/types';
import { shortenScenario } from '../helpers/shorten';

/** The short peak; `factor` scales its timeline again (0.5: a minute and a half). */
export function shortPeak(factor = 1): Scenario {
  const peak: Scenario = {
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
  return factor === 1 ? peak : shortenScenario(peak, factor);
}
