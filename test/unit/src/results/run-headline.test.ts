import { expect, test } from 'vitest';
import type { LatencySummary, SimulationResult } from '../../../../simulator/result';
import { runHeadline } from '../../../../src/results/run-headline';

const lat = (p99: number): LatencySummary => ({ mean: 1, p50: 1, p90: 1, p95: 1, p99, max: p99 });
const queue = (maxBacklog: number) => ({
  published: 1,
  delivered: 1,
  acked: 1,
  deadLettered: 0,
  duplicates: 0,
  refused: 0,
  duplicatesDiscarded: 0,
  duplicateSideEffects: 0,
  maxBacklog,
  finalBacklog: 0,
  messageAgeMs: lat(1),
});

function result(over: Partial<SimulationResult>): SimulationResult {
  return {
    variant: 'v',
    scenario: 's',
    seed: 1,
    simulatedS: 60,
    events: 0,
    wallMs: 0,
    entry: {
      requests: 1000,
      succeeded: 750,
      failed: 250,
      errors: { timeout: 50, rejected: 200, failed: 0, circuitOpen: 0, backpressure: 0 },
      latencyMs: lat(6192),
    },
    completion: { latencyMs: lat(6192) },
    nodes: {},
    queues: {},
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
    cascade: [
      { node: 'stmt', saturatedAtS: 195, failingAtS: null },
      { node: 'portal', saturatedAtS: 205, failingAtS: 211 },
    ],
    conservation: { generated: 1000, succeeded: 750, failed: 250, deadLettered: 0, inFlight: 0 },
    cutShort: null,
    skippedFaults: [],
    ...over,
  };
}

test('a failing run: success, the main reason for failures, who gave way first', () => {
  expect(runHeadline(result({}), (id) => ({ stmt: 'Statement generation' })[id] ?? id)).toEqual([
    '75 % of 1,000 requests succeeded; the slowest 1 % waited longer than 6,192 ms.',
    '250 requests failed; most of them (200) were turned away by a service with no room left.',
    'Statement generation gave way first, at 3:15; 1 more node followed (see the cascade).',
  ]);
});

test('a calm queued run: no failure sentence, the fullest queue', () => {
  const calm = result({
    entry: {
      requests: 10,
      succeeded: 10,
      failed: 0,
      errors: { timeout: 0, rejected: 0, failed: 0, circuitOpen: 0, backpressure: 0 },
      latencyMs: lat(90),
    },
    completion: { latencyMs: lat(20_000) },
    queues: { a: queue(3), b: queue(40) },
    cascade: [],
  });
  expect(runHeadline(calm, (id) => id.toUpperCase())).toEqual([
    '100 % of 10 requests succeeded; the slowest 1 % waited longer than 90 ms.',
    'No node saturated or failed.',
    'Up to 40 messages waited in B; 99 % of requests had all their asynchronous work done within 20 s.',
  ]);
  expect(runHeadline(result({ entry: { ...calm.entry, requests: 0 } }), (id) => id)).toEqual([
    'No request arrived after the warm-up.',
  ]);
});
