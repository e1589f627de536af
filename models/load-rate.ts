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
  readonly breakpoints: readonly number[];
  /** Piecewise constant and right-continuous (a trace): the right end of each window belongs to the next one. */
  readonly stepwise: boolean;
}

// One class per shape, not object literals with closures: the engine calls `rate` once per
// candidate arrival, and V8 optimises that call for the function it saw. A closure is a new
// function for every model, so the second simulation in a process (compare's to-be, a
// replication, the app's next run) threw that code away; a class's method stays the same one.

class ConstantRate implements RateFunction {
  readonly breakpoints: readonly number[] = [];
  readonly stepwise = false;
  constructor(private readonly rps: number) {}
  rate(): number {
    return this.rps;
  }
}

class RampRate implements RateFunction {
  readonly breakpoints: readonly number[] = [];
  readonly stepwise = false;
  constructor(
    private readonly fromRps: number,
    private readonly toRps: number,
    private readonly durationS: number,
  ) {}
  rate(t: number): number {
    const d = this.durationS;
    return d <= 0
      ? this.fromRps
      : this.fromRps + ((this.toRps - this.fromRps) * Math.min(t, d)) / d;
  }
}

class SpikeRate implements RateFunction {
  readonly breakpoints: readonly number[];
  readonly stepwise = false;
  private readonly up: number;
  private readonly down: number;
  private readonly end: number;
  constructor(
    private readonly baseRps: number,
    private readonly peakRps: number,
    private readonly startS: number,
    private readonly rampS: number,
    holdS: number,
  ) {
    this.up = startS + rampS;
    this.down = this.up + holdS;
    this.end = this.down + rampS;
    this.breakpoints = [startS, this.up, this.down, this.end];
  }
  rate(t: number): number {
    const { baseRps, peakRps, rampS } = this;
    if (t < this.startS || t >= this.end) return baseRps;
    if (t < this.up) return baseRps + ((peakRps - baseRps) * (t - this.startS)) / rampS;
    if (t < this.down) return peakRps;
    return peakRps - ((peakRps - baseRps) * (t - this.down)) / rampS;
  }
}

class StepsRate implements RateFunction {
  readonly breakpoints: readonly number[];
  readonly stepwise = false;
  private readonly pts: [number, number][];
  constructor(points: readonly (readonly [number, number])[]) {
    this.pts = points.map((p): [number, number] => [p[0], p[1]]).sort((p, q) => p[0] - q[0]);
    this.breakpoints = this.pts.map((p) => p[0]);
  }
  rate(t: number): number {
    const pts = this.pts;
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
  }
}

class TraceRate implements RateFunction {
  readonly breakpoints: readonly number[];
  readonly stepwise = true;
  constructor(private readonly rps: readonly number[]) {
    this.breakpoints = rps.map((_, i) => i).concat([rps.length]);
  }
  rate(t: number): number {
    const i = Math.floor(t);
    return i >= 0 && i < this.rps.length ? this.rps[i] : 0;
  }
}

export function rateFunction(shape: LoadShape, durationS: number): RateFunction {
  switch (shape.type) {
    case 'constant':
      return new ConstantRate(shape.rps);
    case 'ramp':
      return new RampRate(shape.fromRps, shape.toRps, durationS);
    case 'spike':
      return new SpikeRate(shape.baseRps, shape.peakRps, shape.startS, shape.rampS, shape.holdS);
    case 'steps':
      return new StepsRate(shape.points);
    case 'trace':
      return new TraceRate(shape.rps);
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
