/** Two-sided 95 % quantiles t(0.975, df) for df = 1..30. */
const T975 = [
  12.706, 4.303, 3.182, 2.776, 2.571, 2.447, 2.365, 2.306, 2.262, 2.228, 2.201, 2.179, 2.16, 2.145,
  2.131, 2.12, 2.11, 2.101, 2.093, 2.086, 2.08, 2.074, 2.069, 2.064, 2.06, 2.056, 2.052, 2.048,
  2.045, 2.042,
];

/** t(0.975, df): the table up to 30, then the Cornish–Fisher expansion around z = 1.95996 (error < 1e-3). */
export function t975(df: number): number {
  if (df < 1) return Infinity;
  if (df <= 30) return T975[df - 1];
  const z = 1.959964;
  const z3 = z * z * z;
  const z5 = z3 * z * z;
  return z + (z3 + z) / (4 * df) + (5 * z5 + 16 * z3 + 3 * z) / (96 * df * df);
}

/** Mean and half-width of its 95 % confidence interval (Student's t); the half-width is 0 for one value. */
export function meanCi95(values: readonly number[]): { mean: number; ci95: number } {
  const n = values.length;
  if (n === 0) return { mean: 0, ci95: 0 };
  const mean = values.reduce((s, v) => s + v, 0) / n;
  if (n === 1) return { mean, ci95: 0 };
  const variance = values.reduce((s, v) => s + (v - mean) * (v - mean), 0) / (n - 1);
  return { mean, ci95: t975(n - 1) * Math.sqrt(variance / n) };
}

/**
 * P(T ≤ t) for Student's t with a whole number of degrees of freedom, in closed form: with
 * θ = atan(t/√df), P(|T| ≤ |t|) is a finite series in sin θ and cos θ (odd df: (2/π)(θ + sin θ
 * Σ c_k cos^(2k−1) θ); even df: sin θ Σ d_k cos^(2k) θ, with c_k, d_k ratios of odd and even products).
 */
export function studentTCdf(t: number, df: number): number {
  if (!Number.isInteger(df) || df < 1)
    throw new RangeError(`df must be a whole number >= 1, got ${df}`);
  if (t === Infinity) return 1;
  if (t === -Infinity) return 0;
  const theta = Math.atan(t / Math.sqrt(df));
  const s = Math.sin(theta);
  const c = Math.cos(theta);
  let a: number;
  if (df % 2 === 1) {
    let sum = 0;
    let term = c;
    for (let k = 1; 2 * k + 1 <= df; k++) {
      sum += term;
      term *= (c * c * (2 * k)) / (2 * k + 1);
    }
    a = (2 / Math.PI) * (theta + s * sum);
  } else {
    let sum = 0;
    let term = 1;
    for (let k = 0; 2 * k + 2 <= df; k++) {
      sum += term;
      term *= (c * c * (2 * k + 1)) / (2 * k + 2);
    }
    a = s * sum;
  }
  return 0.5 + a / 2;
}
