import { expect, test } from 'vitest';
import type { LatencySummary, SimulationResult } from '../../../../simulator/result';
import { compareHeadline } from '../../../../src/results/compare-headline';

const lat = (p99: number): LatencySummary => ({
  mean: p99 / 2,
  p50: p99 / 4,
  p90: p99 / 2,
  p95: p99 / 1.5,
  p99,
  max: p99 * 2,
});

function run(
  p99: number,
  failed: number,
  backlog: number,
  cascade: SimulationResult['cascade'],
): SimulationResult {
  return {
    variant: 'v',
    scenario: 's',
    seed: 1,
    simulatedS: 100,
    events: 0,
    wallMs: 0,
    entry: {
      requests: 1000,
      succeeded: 1000 - failed,
      failed,
      errors: { timeout: 0, rejected: failed, failed: 0, circuitOpen: 0, backpressure: 0 },
      latencyMs: lat(p99),
    },
    completion: { latencyMs: lat(p99 * 100) },
    nodes: {},
    queues:
      backlog > 0
        ? {
            q: {
              published: 1,
              delivered: 1,
              acked: 1,
              deadLettered: 0,
              duplicates: 0,
              refused: 0,
              duplicatesDiscarded: 0,
              duplicateSideEffects: 0,
              maxBacklog: backlog,
              finalBacklog: 0,
              messageAgeMs: lat(1),
            },
          }
        : {},
    series: {
      bucketS: 1,
      t: [],
      entryRps: [],
      errorRate: [],
      errorsByKind: { timeout: [], rejected: [], failed: [], circuitOpen: [], backpressure: [] },
      p99Ms: [],
      utilization: {},
      backlog: {},
      edgeRps: {},
    },
    cascade,
    conservation: {
      generated: 1000,
      succeeded: 1000 - failed,
      failed,
      deadLettered: 0,
      inFlight: 0,
    },
    cutShort: null,
    skippedFaults: [],
  };
}

test('the headline states latency, failures, parking and who gave way, from the runs', () => {
  const asIs = run(6000, 250, 0, [
    { node: 'stmt', saturatedAtS: 195, failingAtS: null },
    { node: 'portal', saturatedAtS: 205, failingAtS: 211 },
  ]);
  const toBe = run(200, 0, 29637, []);
  const names: Record<string, string> = { stmt: 'Statement generation', portal: 'Client portal' };
  const lines = compareHeadline(
    { name: 'As-is', result: asIs },
    { name: 'To-be', result: toBe },
    (id) => names[id] ?? id,
  );
  expect(lines).toEqual([
    'The slowest 1 % of users wait 200 ms with To-be instead of 6,000 ms with As-is (\u221296.7 %).',
    'Failed requests: 25 % with As-is, 0 % with To-be.',
    'To-be parks up to 29,637 messages in its queues and finishes the work later: the last asynchronous work of 99 % of requests is done within 20 s.',
    'As-is: Statement generation gave way first, at 3:15, and 1 more node followed.',
    'To-be: no node saturated or failed; the extra work waited in queues.',
  ]);
});

test('no failure sentence when neither run failed; no parking sentence without queues', () => {
  const lines = compareHeadline(
    { name: 'A', result: run(100, 0, 0, []) },
    { name: 'B', result: run(100, 0, 0, []) },
    (id) => id,
  );
  expect(lines[0]).toBe('The slowest 1 % of users wait 100 ms with B instead of 100 ms with A.');
  expect(lines.some((l) => l.startsWith('Failed'))).toBe(false);
  expect(lines.some((l) => l.includes('parks'))).toBe(false);
});
