import type { Distribution } from '../types';

/**
 * How samples become a distribution: `auto` (the default) fits a lognormal when there are
 * enough samples and it matches them, else keeps the samples (empirical); `lognormal` and
 * `empirical` force one or the other.
 */
export type FitMode = 'auto' | 'lognormal' | 'empirical';
export const FIT_MODES: readonly FitMode[] = ['auto', 'lognormal', 'empirical'];

/** A fitted distribution and, in words, what it rests on and how well it matches the samples. */
export interface Fit {
  distribution: Distribution;
  basis: string;
}

/** Below this many samples `auto` keeps the samples: a lognormal's tail from 5 would be a guess. */
export const MIN_LOGNORMAL_SAMPLES = 30;
/** `auto` keeps the samples when a checked quantile of the lognormal is further off than this. */
export const POOR_FIT = 0.25;
/** The fitted p99 is checked against the observed one only from this many samples on. */
const P99_CHECK_SAMPLES = 1000;
/** z of the 90th and 99th percentiles of the standard normal. */
const Z90 = 1.2815515655446004;
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

interface LognormalEstimate {
  mu: number;
  sigma: number;
  /** Samples the estimate used (zeros left out). */
  used: number;
}

/**
 * Maximum likelihood on the logarithms: mu and sigma are the mean and the standard deviation of
 * ln x, the latter dividing by n (not n − 1: that is the unbiased variance, not the MLE). Zero
 * durations cannot be logged and are left out; null when most samples are zero or fewer than
 * two remain.
 */
function estimateLognormal(sorted: readonly number[]): LognormalEstimate | null {
  const positive = sorted.filter((v) => v > NEGLIGIBLE_MS);
  if (positive.length * 2 <= sorted.length || positive.length < 2) return null;
  let sum = 0;
  for (const v of positive) sum += Math.log(v);
  const mu = sum / positive.length;
  let sq = 0;
  for (const v of positive) sq += (Math.log(v) - mu) ** 2;
  return { mu, sigma: Math.sqrt(sq / positive.length), used: positive.length };
}

/** The largest relative gap between the lognormal's and the samples' quantiles that are checked. */
function lognormalGaps(
  sorted: readonly number[],
  e: LognormalEstimate,
): { q: string; fitted: number; observed: number; gap: number }[] {
  const checks: [string, number, number][] = [
    ['p50', 0.5, 0],
    ['p90', 0.9, Z90],
  ];
  if (sorted.length >= P99_CHECK_SAMPLES) checks.push(['p99', 0.99, Z99]);
  return checks.map(([q, p, z]) => {
    const fitted = Math.exp(e.mu + z * e.sigma);
    const observed = quantile(sorted, p);
    const gap = Math.abs(fitted - observed) / Math.max(observed, NEGLIGIBLE_MS);
    return { q, fitted, observed, gap };
  });
}

function lognormalOf(e: LognormalEstimate): Distribution {
  const p50 = Math.max(NEGLIGIBLE_MS, round(Math.exp(e.mu)));
  if (e.sigma < 1e-9) return { type: 'constant', value: p50 };
  return { type: 'lognormal', p50, p99: Math.max(p50, round(Math.exp(e.mu + Z99 * e.sigma))) };
}

/** The samples' quantiles at EMPIRICAL_POINTS even steps (all of them when fewer). */
function empiricalOf(sorted: readonly number[]): Distribution {
  if (sorted.length === 0) return { type: 'constant', value: 0 };
  const first = round(sorted[0] as number);
  if (round(sorted[sorted.length - 1] as number) === first)
    return { type: 'constant', value: first };
  const values =
    sorted.length <= EMPIRICAL_POINTS
      ? sorted.map(round)
      : Array.from({ length: EMPIRICAL_POINTS }, (_, i) =>
          round(quantile(sorted, i / (EMPIRICAL_POINTS - 1))),
        );
  return { type: 'empirical', values };
}

const ms = (v: number): string => `${round(v)}`;

/**
 * Fits samples (ms) by `mode` and says what the fit rests on: how many samples, which
 * estimate, and, for a lognormal, its p50, p90 (and p99 from 1000 samples) against the
 * observed ones, so the user can judge the fit.
 */
export function fitSamples(samples: readonly number[], mode: FitMode): Fit {
  const sorted = samples.map((v) => Math.max(0, v)).sort((a, b) => a - b);
  const n = sorted.length;
  if (mode === 'empirical') return { distribution: empiricalOf(sorted), basis: `${n} samples` };
  const estimate = estimateLognormal(sorted);
  if (!estimate) {
    const why = n < 2 ? `${n} sample${n === 1 ? '' : 's'}` : `${n} samples, mostly zero`;
    return { distribution: empiricalOf(sorted), basis: `${why}: no lognormal fit` };
  }
  const gaps = lognormalGaps(sorted, estimate);
  const compared = gaps
    .map((g) => `${g.q} ${ms(g.fitted)} vs ${ms(g.observed)} observed`)
    .join(', ');
  const worst = gaps.reduce((a, b) => (b.gap > a.gap ? b : a));
  if (mode === 'auto' && n < MIN_LOGNORMAL_SAMPLES) {
    return {
      distribution: empiricalOf(sorted),
      basis: `${n} samples, fewer than the ${MIN_LOGNORMAL_SAMPLES} a lognormal fit needs: the samples kept`,
    };
  }
  if (mode === 'auto' && worst.gap > POOR_FIT) {
    return {
      distribution: empiricalOf(sorted),
      basis: `${n} samples; a lognormal fits them poorly (${compared}: its ${worst.q} ${Math.round(worst.gap * 100)}% off): the samples kept`,
    };
  }
  const zeros = n - estimate.used;
  return {
    distribution: lognormalOf(estimate),
    basis: `maximum likelihood over ${n} samples${zeros > 0 ? ` (${zeros} zero ones left out)` : ''}; ${compared}: within ${Math.max(1, Math.ceil(worst.gap * 100))}%`,
  };
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

/** A fit as one summary phrase: the distribution, then what it rests on. */
export function describeFit(fit: Fit): string {
  return `${describeDistribution(fit.distribution)} (${fit.basis})`;
}
