import type { LoadShape } from './types';

/**
 * A load shape as a rate function λ(t) in requests per second over the scenario's timeline,
 * plus the instants where it bends, so that the arrival process can bound it piecewise.
 * - constant: rps throughout.  ramp: linear from fromRps at 0 to toRps at durationS.
 * - spike: baseRps, then a linear ramp over rampS from startS up to peakRps, held for holdS,
 *   and a linear ramp of rampS back down to baseRps.
 * - steps: piecewise linear through the points; flat before the first and after the last.
 * - trace: one value per second, held for that second; 0 after the trace ends.
 */
export interface RateFunction {
  rate(t: number): number;
  breakpoints: number[];
  /** Piecewise constant and right-continuous (a trace): the right end of each window belongs to the next one. */
  stepwise?: boolean;
}

export function rateFunction(shape: LoadShape, durationS: number): RateFunction {
  switch (shape.type) {
    case 'constant':
      return { rate: () => shape.rps, breakpoints: [] };
    case 'ramp':
      return {
        rate: (t) =>
          durationS <= 0
            ? shape.fromRps
            : shape.fromRps + ((shape.toRps - shape.fromRps) * Math.min(t, durationS)) / durationS,
        breakpoints: [],
      };
    case 'spike': {
      const { baseRps, peakRps, startS, rampS, holdS } = shape;
      const up = startS + rampS;
      const down = up + holdS;
      const end = down + rampS;
      return {
        rate: (t) => {
          if (t < startS || t >= end) return baseRps;
          if (t < up) return baseRps + ((peakRps - baseRps) * (t - startS)) / rampS;
          if (t < down) return peakRps;
          return peakRps - ((peakRps - baseRps) * (t - down)) / rampS;
        },
        breakpoints: [startS, up, down, end],
      };
    }
    case 'steps': {
      const pts = [...shape.points].sort((p, q) => p[0] - q[0]);
      return {
        rate: (t) => {
          if (t <= pts[0][0]) return pts[0][1];
          for (let i = 1; i < pts.length; i++) {
            const [t1, r1] = pts[i];
            if (t <= t1) {
              const [t0, r0] = pts[i - 1];
              return t1 === t0 ? r1 : r0 + ((r1 - r0) * (t - t0)) / (t1 - t0);
            }
          }
          return pts[pts.length - 1][1];
        },
        breakpoints: pts.map((p) => p[0]),
      };
    }
    case 'trace': {
      const rps = shape.rps;
      return {
        rate: (t) => {
          const i = Math.floor(t);
          return i >= 0 && i < rps.length ? rps[i] : 0;
        },
        breakpoints: rps.map((_, i) => i).concat([rps.length]),
        stepwise: true,
      };
    }
  }
}
