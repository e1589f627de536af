// Fitting imported samples: maximum likelihood, the samples kept below a documented sample size
// or when a lognormal does not match them, and the summary saying which and how well.
import { describe, expect, test } from 'vitest';
import { fitSamples, MIN_LOGNORMAL_SAMPLES } from '../../../../models/interop/distribution-fit';
import { Random } from '../../../fixtures/traces/generate-spans';

const draw = (n: number, seed: number, p50: number, p99: number): number[] => {
  const rng = new Random(seed);
  return Array.from({ length: n }, () => rng.lognormal({ p50, p99 }));
};

describe('fitSamples', () => {
  test('maximum likelihood: sigma divides by n, not n − 1', () => {
    // ln x = 0 and 2: mu 1, MLE sigma 1 (the unbiased estimate would be √2).
    const fit = fitSamples([1, Math.exp(2)], 'lognormal');
    expect(fit.distribution).toEqual({
      type: 'lognormal',
      p50: Math.round(Math.exp(1) * 1000) / 1000,
      p99: Math.round(Math.exp(1 + 2.3263478740408408) * 1000) / 1000,
    });
    expect(fit.basis).toMatch(/^maximum likelihood over 2 samples; p50 2\.718 vs 4\.195 observed/);
  });

  test('5 samples up to 2.6 s: the samples are kept, no 62-minute p99, and the summary says why', () => {
    const samples = [180, 240, 310, 520, 2600];
    const auto = fitSamples(samples, 'auto');
    expect(auto.distribution).toEqual({ type: 'empirical', values: samples });
    expect(auto.basis).toBe(
      `5 samples, fewer than the ${MIN_LOGNORMAL_SAMPLES} a lognormal fit needs: the samples kept`,
    );
    // Forced, the maximum-likelihood p99 is 4.05 s (the n − 1 estimate gave 5.24 s).
    const forced = fitSamples(samples, 'lognormal').distribution;
    expect(forced.type === 'lognormal' && forced.p99).toBeCloseTo(4045.1, 0);
  });

  test('many lognormal samples: a lognormal within 5% of the truth, the fit quoted as within a few %', () => {
    const fit = fitSamples(draw(5000, 7, 20, 80), 'auto');
    expect(fit.distribution.type).toBe('lognormal');
    if (fit.distribution.type !== 'lognormal') return;
    expect(Math.abs(fit.distribution.p50 / 20 - 1)).toBeLessThan(0.05);
    expect(Math.abs(fit.distribution.p99 / 80 - 1)).toBeLessThan(0.05);
    expect(fit.basis).toMatch(
      /^maximum likelihood over 5000 samples; p50 [\d.]+ vs [\d.]+ observed, p90 [\d.]+ vs [\d.]+ observed, p99 [\d.]+ vs [\d.]+ observed: within [1-5]%$/,
    );
  });

  test('two modes (a cache hit or a miss): auto keeps the samples, forced lognormal is reported as off', () => {
    const samples = [...draw(1000, 1, 2, 3), ...draw(1000, 2, 120, 160)];
    const auto = fitSamples(samples, 'auto');
    expect(auto.distribution.type).toBe('empirical');
    expect(auto.basis).toMatch(
      /^2000 samples; a lognormal fits them poorly \(.*: its p\d\d \d+% off\): the samples kept$/,
    );
    const forced = fitSamples(samples, 'lognormal');
    expect(forced.distribution.type).toBe('lognormal');
    const within = Number(/within (\d+)%$/.exec(forced.basis)?.[1]);
    expect(within).toBeGreaterThan(25);
  });

  test('mostly zero, or a single sample: no lognormal, said so', () => {
    expect(fitSamples([0, 0, 0, 4], 'auto')).toEqual({
      distribution: { type: 'empirical', values: [0, 0, 0, 4] },
      basis: '4 samples, mostly zero: no lognormal fit',
    });
    expect(fitSamples([12.5], 'lognormal')).toEqual({
      distribution: { type: 'constant', value: 12.5 },
      basis: '1 sample: no lognormal fit',
    });
    expect(fitSamples([3, 3, 3], 'empirical').distribution).toEqual({ type: 'constant', value: 3 });
  });
});
