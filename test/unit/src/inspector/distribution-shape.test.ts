// The distribution preview's shape in the inspector.
import { expect, test } from 'vitest';
import { distributionShape } from '../../../../src/inspector/distribution-shape';

test('the preview of a log-normal peaks at its mode, below the median; an exponential decays from 0', () => {
  const p50 = 10;
  const p99 = 50;
  const shape = distributionShape({ type: 'lognormal', p50, p99 });
  const peak = shape.points.reduce((a, b) => (b[1] > a[1] ? b : a));
  const sigma = Math.log(p99 / p50) / 2.3263478740408408;
  const mode = Math.exp(Math.log(p50) - sigma * sigma);
  expect(Math.abs(peak[0] * shape.maxMs - mode)).toBeLessThan(shape.maxMs / 48 + 1e-9);
  expect(peak[0] * shape.maxMs).toBeLessThan(p50);
  const exp = distributionShape({ type: 'exponential', mean: 20 });
  expect(exp.points[0]).toEqual([0, 1]);
  expect(exp.points.every((p, i) => i === 0 || p[1] < exp.points[i - 1]![1])).toBe(true);
  expect(distributionShape({ type: 'constant', value: 5 }).spikeAt).toBe(0.5);
});

test('an empirical distribution of 300 000 values (more than a call can spread) has a preview', () => {
  const values = Array.from({ length: 300_000 }, (_, i) => i % 1000);
  const shape = distributionShape({ type: 'empirical', values });
  expect(shape.maxMs).toBe(999);
  expect(shape.points.length).toBe(24);
  expect(Math.max(...shape.points.map((p) => p[1]))).toBe(1);
});
