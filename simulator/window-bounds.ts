import type { RateFunction } from '../models/load-rate';

/**
 * Upper bounds of λ on consecutive windows of `windowS`: the maximum over the window's ends
 * and the breakpoints inside it (exact for piecewise-linear and piecewise-constant rates;
 * a breakpoint's left limit is covered by sampling just before it). The breakpoints are walked
 * once in order, not once per window: a week-long trace shape has 604 800 of each.
 */
export function windowBounds(fn: RateFunction, durationS: number, windowS: number): Float64Array {
  const n = Math.max(1, Math.ceil(durationS / windowS));
  const bounds = new Float64Array(n);
  const points = [...fn.breakpoints].sort((x, y) => x - y);
  let next = 0;
  for (let k = 0; k < n; k++) {
    const a = k * windowS;
    const b = Math.min(durationS, a + windowS);
    let m = Math.max(fn.rate(a), fn.rate(b - 1e-9 * windowS), fn.stepwise ? 0 : fn.rate(b));
    while (next < points.length && points[next]! <= a) next++;
    for (let i = next; i < points.length && points[i]! < b; i++) {
      const p = points[i]!;
      m = Math.max(m, fn.rate(p), fn.rate(p - 1e-9 * windowS));
    }
    bounds[k] = m;
  }
  return bounds;
}
