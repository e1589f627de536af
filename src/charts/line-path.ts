// Series values → SVG path data. d3 computes the geometry; React renders the <path>.
import { area, line, stack, type ScaleLinear } from 'd3';

export type XScale = ScaleLinear<number, number>;
export type YScale = ScaleLinear<number, number>;

/** A missing bucket (NaN, e.g. no request finished in it) breaks the line instead of drawing 0. */
function defined(v: number): boolean {
  return Number.isFinite(v);
}

/** The bucket indices a path runs over: as many as both the times and the values have. */
function indicesOf(t: readonly number[], values: readonly number[]): number[] {
  return Array.from({ length: Math.min(t.length, values.length) }, (_, i) => i);
}

export function linePath(
  t: readonly number[],
  values: readonly number[],
  x: XScale,
  y: YScale,
): string {
  return (
    line<number>()
      .defined((i) => defined(values[i]!))
      .x((i) => x(t[i]!))
      .y((i) => y(values[i]!))(indicesOf(t, values)) ?? ''
  );
}

/** The area between a line and the zero baseline (backlog, load shapes). */
export function areaPath(
  t: readonly number[],
  values: readonly number[],
  x: XScale,
  y: YScale,
): string {
  return (
    area<number>()
      .defined((i) => defined(values[i]!))
      .x((i) => x(t[i]!))
      .y0(y(0))
      .y1((i) => y(values[i]!))(indicesOf(t, values)) ?? ''
  );
}

/** Stacked areas, first key at the bottom; missing values stack as 0 so layers stay closed. */
export function stackedAreaPaths(
  t: readonly number[],
  layers: readonly { id: string; values: readonly number[] }[],
  x: XScale,
  y: YScale,
): { id: string; d: string; top: number[] }[] {
  const rows = t.map((_, i) => {
    const row: Record<string, number> = {};
    for (const layer of layers) {
      const v = layer.values[i];
      row[layer.id] = v !== undefined && Number.isFinite(v) ? v : 0;
    }
    return row;
  });
  const stacked = stack<Record<string, number>>().keys(layers.map((l) => l.id))(rows);
  const shape = area<[number, number]>()
    .x((_, i) => x(t[i]!))
    .y0((d) => y(d[0]))
    .y1((d) => y(d[1]));
  return stacked.map((s) => ({
    id: String(s.key),
    d: shape(s.map((p) => [p[0], p[1]] as [number, number])) ?? '',
    top: s.map((p) => p[1]),
  }));
}

/** The largest finite value across series (0 when there is none), for a y-domain from 0. */
export function maxFinite(...series: readonly (readonly number[])[]): number {
  let max = 0;
  for (const values of series) for (const v of values) if (Number.isFinite(v) && v > max) max = v;
  return max;
}

/** Index of the bucket whose start is closest at or before time `s` (clamped to the series). */
export function bucketIndexAt(t: readonly number[], s: number): number {
  if (t.length === 0) return -1;
  let lo = 0;
  let hi = t.length - 1;
  if (s <= t[0]!) return 0;
  if (s >= t[hi]!) return hi;
  while (hi - lo > 1) {
    const mid = (lo + hi) >> 1;
    if (t[mid]! <= s) lo = mid;
    else hi = mid;
  }
  return lo;
}
