import { expect, test } from 'vitest';
import { runHeadline } from '../../../../src/results/run-headline';
import { latency, queueStats, resultOf } from '../../../helpers/result-builder';

const failing = resultOf({
  entry: {
    requests: 1000,
    succeeded: 740,
    failed: 250,
    errors: {
      timeout: 50,
      rejected: 200,
      failed: 0,
      circuitOpen: 0,
      backpressure: 0,
      rateLimited: 0,
    },
    latencyMs: latency(6192, 400),
    succeededLatencyMs: latency(6192, 5520),
    timeToFailMs: latency(300, 45.1),
  },
  cascade: [
    { node: 'stmt', saturatedAtS: 195, failingAtS: null },
    { node: 'portal', saturatedAtS: 205, failingAtS: 211 },
  ],
});

test('a failing run: every outcome as a share of the requests, the latency of the successful ones, the time to fail', () => {
  expect(runHeadline(failing, (id) => ({ stmt: 'Statement generation' })[id] ?? id)).toEqual([
    'Of 1,000 requests, 74 % succeeded, 25 % failed and 1 % were unanswered at the end.',
    'Successful requests were answered in 5,520 ms (median); the slowest 1 % of them waited longer than 6,192 ms.',
    '250 requests failed, after 45.1 ms (median); most of them (200) were turned away by a service with no room left.',
    'Statement generation gave way first, at 3:15; 1 more node followed (see the cascade).',
  ]);
});

test('a calm queued run: no failure sentence, the fullest queue', () => {
  const calm = resultOf({
    entry: { requests: 10, succeeded: 10, succeededLatencyMs: latency(90, 40) },
    completion: { latencyMs: latency(20_000) },
    queues: { a: queueStats(3), b: queueStats(40) },
  });
  expect(runHeadline(calm, (id) => id.toUpperCase())).toEqual([
    'Of 10 requests, 100 % succeeded.',
    'Successful requests were answered in 40 ms (median); the slowest 1 % of them waited longer than 90 ms.',
    'No node saturated or failed.',
    'Up to 40 messages waited in B; 99 % of requests had all their asynchronous work done within 20 s.',
  ]);
  expect(runHeadline(resultOf({ entry: { requests: 0, succeeded: 0 } }), (id) => id)).toEqual([
    'No request arrived after the warm-up.',
  ]);
});
