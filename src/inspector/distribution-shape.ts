// Points of a distribution's density (or histogram), scaled to 0..1 on both axes, for the preview.
import type { Distribution } from '../../models/types';
import { maxOf } from '../../models/max-of';

const Z99 = 2.3263478740408408;

export interface Shape {
  points: [number, number][];
  maxMs: number;
  /** A constant is drawn as a single spike. */
  spikeAt?: number;
}

export function distributionShape(d: Distribution, samples = 48): Shape {
  switch (d.type) {
    case 'constant':
      return { points: [], maxMs: Math.max(d.value * 2, 1), spikeAt: 0.5 };
    case 'exponential': {
      const max = d.mean * 4;
      return { points: curve(samples, max, (x) => Math.exp(-x / d.mean)), maxMs: max };
    }
    case 'uniform': {
      const max = Math.max(d.max * 1.2, 1);
      return { points: curve(samples, max, (x) => (x >= d.min && x <= d.max ? 1 : 0)), maxMs: max };
    }
    case 'lognormal': {
      const mu = Math.log(d.p50);
      const sigma = Math.max((Math.log(d.p99) - mu) / Z99, 1e-6);
      const max = d.p99 * 1.3;
      const pdf = (x: number) =>
        x <= 0 ? 0 : Math.exp(-((Math.log(x) - mu) ** 2) / (2 * sigma * sigma)) / x;
      return { points: curve(samples, max, pdf), maxMs: max };
    }
    case 'empirical': {
      const max = maxOf(d.values, 1);
      const bins = new Array<number>(12).fill(0);
      for (const v of d.values) bins[Math.min(11, Math.floor((v / max) * 12))]! += 1;
      const top = maxOf(bins);
      const points: [number, number][] = [];
      bins.forEach((b, i) => {
        points.push([i / 12, b / top], [(i + 1) / 12, b / top]);
      });
      return { points, maxMs: max };
    }
  }
}

function curve(samples: number, max: number, f: (x: number) => number): [number, number][] {
  const ys = Array.from({ length: samples + 1 }, (_, i) => f((i / samples) * max));
  const top = maxOf(ys) || 1;
  return ys.map((y, i) => [i / samples, y / top]);
}
