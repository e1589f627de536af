// Errors the caller lived with do not fail simulated requests: the imported model fails as
// many requests as the traces did (1 in 5, the payment failure), not 95 %.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { importTraces } from '../../../../models/interop/import-traces';
import { simulate } from '../../../../simulator/simulate';

test('the absorbed-errors corpus simulates with the observed share of failed requests', () => {
  const file = join(__dirname, '../../../fixtures/traces/corpus/absorbed-errors/traces.otlp.json');
  const { project } = importTraces(readFileSync(file, 'utf8'));
  const scenario = project.scenarios[0];
  if (!scenario) throw new Error('no scenario');
  scenario.durationS = 4000;
  const result = simulate(project, { variant: 'as-is', scenario: scenario.id });
  const share = result.entry.failed / result.entry.requests;
  // Binomial(≈4000, 0.2): the standard deviation of the share is about 0.006.
  expect(Math.abs(share - 0.2), `failed share ${share}`).toBeLessThan(0.03);
});
