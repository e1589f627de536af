// The built-in Client portal example under its quarterly peak: what `spillway compare` shows.
import { resolve } from 'node:path';
import { expect, test } from 'vitest';
import { main } from '../../../../simulator/cli/main';

test("compare on the client portal's quarterly peak: the to-be's p99 and error rate far below the as-is's", async () => {
  let out = '';
  const code = await main(
    [
      'compare',
      resolve('models/examples/client-portal.json'),
      '--scenario',
      'quarterly-peak',
      '--json',
    ],
    {
      out: (t) => (out += t),
      err: (t) => {
        throw new Error(t);
      },
    },
  );
  expect(code).toBe(0);
  const { asIs, toBe } = JSON.parse(out);
  const errorRate = (r: { entry: { succeeded: number; failed: number } }) =>
    r.entry.failed / (r.entry.succeeded + r.entry.failed);
  expect(asIs.entry.requests).toBe(toBe.entry.requests);
  expect(errorRate(asIs)).toBeGreaterThan(0.05);
  expect(errorRate(toBe)).toBeLessThan(errorRate(asIs) / 10);
  expect(toBe.entry.latencyMs.p99).toBeLessThan(asIs.entry.latencyMs.p99 / 5);
  expect(asIs.cascade.length).toBeGreaterThan(0);
  for (const r of [asIs, toBe]) {
    const c = r.conservation;
    expect(c.generated).toBe(c.succeeded + c.failed + c.deadLettered + c.inFlight);
  }
});
