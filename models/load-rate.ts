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
          // The first point at or after t, by bisection (a shape may have thousands of points).
          let lo = 1;
          let hi = pts.length;
          while (lo < hi) {
            const mid = (lo + hi) >>> 1;
            if (t <= pts[mid][0]) hi = mid;
            else lo = mid + 1;
          }
          if (lo === pts.length) return pts[pts.length - 1][1];
          const [t1, r1] = pts[lo];
          const [t0, r0] = pts[lo - 1];
          return t1 === t0 ? r1 : r0 + ((r1 - r0) * (t - t0)) / (t1 - t0);
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

/**
 * The requests a rate function offers from 0 to `durationS`: its integral. Between two
 * consecutive breakpoints every shape is linear (or constant), so the rate at the middle of the
 * piece times its length is exact.
 */
export function expectedRequests(fn: RateFunction, durationS: number): number {
  const cuts = fn.breakpoints.filter((t) => t > 0 && t < durationS).sort((a, b) => a - b);
  let total = 0;
  let from = 0;
  for (const to of [...cuts, durationS]) {
    if (to > from) total += (to - from) * fn.rate((from + to) / 2);
    from = to;
  }
  return total;
}
