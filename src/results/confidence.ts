// Confidence intervals over replications: each replication is one independent run with its own
// seed, so the mean of a KPI over n runs has a Student-t interval with n − 1 degrees of freedom.

export interface Interval {
  mean: number;
  /** Half-width of the 95 % interval (mean ± halfWidth); 0 for a single run. */
  halfWidth: number;
  n: number;
}

/** Two-sided 95 % quantiles of Student's t for 1..30 degrees of freedom. */
const T95 = [
  12.706, 4.303, 3.182, 2.776, 2.571, 2.447, 2.365, 2.306, 2.262, 2.228, 2.201, 2.179, 2.16, 2.145,
  2.131, 2.12, 2.11, 2.101, 2.093, 2.086, 2.08, 2.074, 2.069, 2.064, 2.06, 2.056, 2.052, 2.048,
  2.045, 2.042,
];

export function tQuantile95(degreesOfFreedom: number): number {
  if (degreesOfFreedom < 1) return Number.NaN;
  if (degreesOfFreedom <= 30) return T95[Math.floor(degreesOfFreedom) - 1]!;
  if (degreesOfFreedom <= 60) return 2.0;
  if (degreesOfFreedom <= 120) return 1.98;
  return 1.96;
}

/** Mean and 95 % half-width of the finite values (a run without requests has no latency). */
export function confidenceInterval(values: readonly number[]): Interval {
  const xs = values.filter(Number.isFinite);
  const n = xs.length;
  if (n === 0) return { mean: Number.NaN, halfWidth: Number.NaN, n: 0 };
  const mean = xs.reduce((s, x) => s + x, 0) / n;
  if (n === 1) return { mean, halfWidth: 0, n };
  const variance = xs.reduce((s, x) => s + (x - mean) ** 2, 0) / (n - 1);
  return { mean, halfWidth: tQuantile95(n - 1) * Math.sqrt(variance / n), n };
}

/** "120 ms ± 4.5 ms" with the caller's formatter; the ± part is left out for one run. */
export function formatInterval(interval: Interval, format: (value: number) => string): string {
  if (interval.n <= 1 || !Number.isFinite(interval.halfWidth)) return format(interval.mean);
  return `${format(interval.mean)} ± ${format(interval.halfWidth)}`;
}
