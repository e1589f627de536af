import type { Distribution } from './types';

/** The standard normal's 99th percentile: a lognormal given by p50 and p99 has σ = ln(p99/p50) / Z99. */
const Z99 = 2.3263478740408408;

/** The mean of a duration distribution, in ms (a lognormal's is p50 · e^(σ²/2)). */
export function distributionMean(d: Distribution): number {
  switch (d.type) {
    case 'constant':
      return d.value;
    case 'exponential':
      return d.mean;
    case 'uniform':
      return (d.min + d.max) / 2;
    case 'lognormal': {
      const sigma = Math.log(d.p99 / d.p50) / Z99;
      return d.p50 * Math.exp((sigma * sigma) / 2);
    }
    case 'empirical':
      return d.values.reduce((sum, v) => sum + v, 0) / d.values.length;
  }
}
