// Φ and Φ⁻¹, which the lognormal tables are built from, against published values.
import { describe, expect, test } from 'vitest';
import { normalCdf, normalQuantile } from '../../../simulator/normal-quantile';

// Quantiles of the standard normal to 16 digits (any statistics table or R's qnorm).
const KNOWN: [number, number][] = [
  [0.5, 0],
  [0.75, 0.6744897501960817],
  [0.9, 1.2815515655446004],
  [0.975, 1.959963984540054],
  [0.99, 2.3263478740408408],
  [0.999, 3.090232306167813],
];

describe('normal quantile', () => {
  test('matches published quantiles to 1e-13, symmetric in p', () => {
    for (const [p, z] of KNOWN) {
      expect(Math.abs(normalQuantile(p) - z)).toBeLessThan(1e-13);
      expect(Math.abs(normalQuantile(1 - p) + z)).toBeLessThan(1e-13);
    }
  });

  test('Φ inverts it and grows strictly over a fine grid', () => {
    let last = -Infinity;
    for (let i = 2; i <= 1022; i++) {
      const p = i / 1024;
      const z = normalQuantile(p);
      expect(Math.abs(normalCdf(z) - p)).toBeLessThan(2e-16 * 4);
      expect(z).toBeGreaterThan(last);
      last = z;
    }
  });

  test('outside its domain it says so instead of returning a wrong number', () => {
    expect(() => normalQuantile(0.0009)).toThrow(/p must be in/);
    expect(() => normalQuantile(0.9991)).toThrow(/p must be in/);
    expect(() => normalQuantile(Number.NaN)).toThrow(/p must be in/);
    expect(() => normalCdf(6)).toThrow(/at most 5/);
  });
});
