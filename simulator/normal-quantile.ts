import { exp } from './exp';

/**
 * The standard normal's distribution function and its inverse, for building the lognormal
 * sampling tables (distributions.ts) once per model, not for sampling itself.
 *
 * Φ(z) comes from the series Φ(z) = 1/2 + φ(z) (z + z³/3 + z⁵/(3·5) + z⁷/(3·5·7) + …), whose
 * terms all share z's sign, so no digits cancel: accurate to a few ulp for |z| ≤ 5, more than the
 * tables need (their cells stop at |z| ≈ 2.15). The inverse is Newton's method on it.
 */

const INV_SQRT_2PI = 0.3989422804014327;

/** Density of the standard normal. */
export function normalPdf(z: number): number {
  return INV_SQRT_2PI * exp(-0.5 * z * z); // the same bits in every JS engine (exp.ts)
}

/** Φ(z) for |z| ≤ 5 (beyond, the series is slow and the tables never ask). */
export function normalCdf(z: number): number {
  if (!(Math.abs(z) <= 5)) throw new RangeError(`normalCdf: |z| must be at most 5, got ${z}`);
  const z2 = z * z;
  let term = z;
  let sum = z;
  for (let k = 3; sum + term !== sum; k += 2) {
    term *= z2 / k;
    sum += term;
  }
  return 0.5 + sum * normalPdf(z);
}

/**
 * The z with Φ(z) = p, for p in [0.001, 0.999], to ~1e-14. (Nearer 0 or 1, Φ's absolute error of
 * one ulp of 1 becomes a larger error in z; the tables stay well inside.)
 */
export function normalQuantile(p: number): number {
  if (!(p >= 0.001 && p <= 0.999))
    throw new RangeError(`normalQuantile: p must be in [0.001, 0.999], got ${p}`);
  if (p < 0.5) return -normalQuantile(1 - p);
  // Φ is concave for z ≥ 0, so Newton from 0 climbs to the root from below without overshooting.
  let z = 0;
  for (let i = 0; i < 100; i++) {
    const step = (p - normalCdf(z)) / normalPdf(z);
    z += step;
    if (Math.abs(step) <= 1e-15 * Math.max(1, z)) break;
  }
  return z;
}
