// Ticks for a time axis in seconds that land on round clock values (every 30 s, 1 min, 5 min,
// ...) rather than d3's decimal steps (which give 3:20, 6:40 on a 15-minute run).
const STEPS_S = [
  1, 2, 5, 10, 15, 30, 60, 120, 300, 600, 900, 1800, 3600, 7200, 10800, 21600, 43200, 86400,
];

export function timeTicks(domain: readonly [number, number], approxCount = 6): number[] {
  const [a, b] = domain[0] <= domain[1] ? domain : [domain[1], domain[0]];
  const span = b - a;
  if (!(span > 0)) return [a];
  const step =
    STEPS_S.find((s) => span / s <= approxCount) ?? Math.ceil(span / approxCount / 86400) * 86400;
  const ticks: number[] = [];
  for (let t = Math.ceil(a / step) * step; t <= b + 1e-9; t += step) ticks.push(t);
  return ticks;
}
