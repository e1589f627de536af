/**
 * The largest (or smallest) of many numbers without spreading them into Math.max's arguments:
 * a spread of a few hundred thousand values overflows the call stack. `floor` is the answer for
 * an empty list and the least answer there can be; NaN values are skipped.
 */
export function maxOf(values: Iterable<number>, floor = -Infinity): number {
  let max = floor;
  for (const v of values) if (v > max) max = v;
  return max;
}

export function minOf(values: Iterable<number>, ceiling = Infinity): number {
  let min = ceiling;
  for (const v of values) if (v < min) min = v;
  return min;
}
