import type { Distribution } from '../types';

export type FitMode = 'lognormal' | 'empirical';

/** z of the 99th percentile of the standard normal. */
const Z99 = 2.3263478740408408;
/** Below this (ms) a duration is treated as zero: clock resolution of most tracers is 1 µs. */
const NEGLIGIBLE_MS = 0.001;
/** Points kept by an empirical fit: its quantiles at even steps, so the file stays small. */
export const EMPIRICAL_POINTS = 101;

const round = (v: number): number => Math.round(v * 1000) / 1000;

export function quantile(sorted: readonly number[], q: number): number {
  if (sorted.length === 0) return Number.NaN;
  const pos = (sorted.length - 1) * q;
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  return (sorted[lo] as number) + ((sorted[hi] as number) - (sorted[lo] as number)) * (pos - lo);
}

/**
 * Lognormal by maximum likelihood on the logarithms (mean and standard deviation of ln x),
 * reported as p50 = e^mu and p99 = e^(mu + 2.326 sigma). Zero durations cannot be logged:
 * when most samples are zero the fit is a constant 0, otherwise zeros are left out.
 */
export function fitLognormal(samples: readonly number[]): Distribution {
  const positive = samples.filter((v) => v > NEGLIGIBLE_MS);
  if (positive.length * 2 <= samples.length || positive.length === 0)
    return { type: 'constant', value: 0 };
  if (positive.length === 1) return { type: 'constant', value: round(positive[0] as number) };
  let sum = 0;
  for (const v of positive) sum += Math.log(v);
  const mu = sum / positive.length;
  let sq = 0;
  for (const v of positive) sq += (Math.log(v) - mu) ** 2;
  const sigma = Math.sqrt(sq / (positive.length - 1));
  const p50 = Math.max(NEGLIGIBLE_MS, round(Math.exp(mu)));
  const p99 = Math.max(p50, round(Math.exp(mu + Z99 * sigma)));
  if (sigma < 1e-9) return { type: 'constant', value: p50 };
  return { type: 'lognormal', p50, p99 };
}

/** The samples' quantiles at EMPIRICAL_POINTS even steps (all of them when fewer). */
export function fitEmpirical(samples: readonly number[]): Distribution {
  const sorted = [...samples].sort((a, b) => a - b).map((v) => Math.max(0, v));
  if (sorted.length === 0) return { type: 'constant', value: 0 };
  const values =
    sorted.length <= EMPIRICAL_POINTS
      ? sorted.map(round)
      : Array.from({ length: EMPIRICAL_POINTS }, (_, i) =>
          round(quantile(sorted, i / (EMPIRICAL_POINTS - 1))),
        );
  return { type: 'empirical', values };
}

export function fitDistribution(samples: readonly number[], mode: FitMode): Distribution {
  return mode === 'empirical' ? fitEmpirical(samples) : fitLognormal(samples);
}

export function describeDistribution(d: Distribution): string {
  switch (d.type) {
    case 'constant':
      return `constant ${d.value} ms`;
    case 'lognormal':
      return `lognormal p50 ${d.p50} ms, p99 ${d.p99} ms`;
    case 'empirical':
      return `empirical (${d.values.length} points, ${d.values[0]}..${d.values[d.values.length - 1]} ms)`;
    case 'exponential':
      return `exponential mean ${d.mean} ms`;
    case 'uniform':
      return `uniform ${d.min}..${d.max} ms`;
  }
}
