import type { LoadShape } from '../models/types';

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
          shape.fromRps + ((shape.toRps - shape.fromRps) * Math.min(t, durationS)) / durationS,
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

/**
 * Upper bounds of λ on consecutive windows of `windowS`: the maximum over the window's ends
 * and the breakpoints inside it (exact for piecewise-linear and piecewise-constant rates;
 * a breakpoint's left limit is covered by sampling just before it).
 */
export function windowBounds(fn: RateFunction, durationS: number, windowS: number): Float64Array {
  const n = Math.max(1, Math.ceil(durationS / windowS));
  const bounds = new Float64Array(n);
  for (let k = 0; k < n; k++) {
    const a = k * windowS;
    const b = Math.min(durationS, a + windowS);
    let m = Math.max(fn.rate(a), fn.rate(b - 1e-9 * windowS), fn.stepwise ? 0 : fn.rate(b));
    for (const p of fn.breakpoints) {
      if (p > a && p < b) m = Math.max(m, fn.rate(p), fn.rate(p - 1e-9 * windowS));
    }
    bounds[k] = m;
  }
  return bounds;
}
