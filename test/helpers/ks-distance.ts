/** Kolmogorov–Smirnov distance of a sample from a continuous CDF. */
export function ksDistance(values: number[], cdf: (x: number) => number): number {
  const s = [...values].sort((a, b) => a - b);
  let d = 0;
  for (let i = 0; i < s.length; i++) {
    const f = cdf(s[i]);
    d = Math.max(d, Math.abs(f - i / s.length), Math.abs(f - (i + 1) / s.length));
  }
  return d;
}
