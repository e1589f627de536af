import { expect, test } from 'vitest';
import type { SimulationResult } from '../../../../simulator/result';
import { compareHeadline } from '../../../../src/results/compare-headline';
import { latency, queueStats, resultOf } from '../../../helpers/result-builder';

function run(
  p99: number,
  failed: number,
  backlog: number,
  cascade: SimulationResult['cascade'],
): SimulationResult {
  return resultOf({
    entry: {
      requests: 1000,
      succeeded: 1000 - failed,
      failed,
      errors: {
        timeout: 0,
        rejected: failed,
        failed: 0,
        circuitOpen: 0,
        backpressure: 0,
        rateLimited: 0,
      },
      succeededLatencyMs: latency(p99),
      timeToFailMs: latency(failed > 0 ? 40 : 0),
    },
    completion: { latencyMs: latency(p99 * 100) },
    queues: backlog > 0 ? { q: queueStats(backlog) } : {},
    cascade,
  });
}

test('the headline states outcomes, latency of successful requests, parking and who gave way', () => {
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
    'As-is: of 1,000 requests, 75 % succeeded and 25 % failed.',
    'To-be: of 1,000 requests, 100 % succeeded.',
    'The slowest 1 % of successful requests wait 200 ms with To-be instead of 6,000 ms with As-is (\u221296.7 %).',
    'To-be parks up to 29,637 messages in its queues and finishes the work later: the last asynchronous work of 99 % of requests is done within 20 s. That is the cost of decoupling: users have their answer first.',
    'As-is: Statement generation gave way first, at 3:15, and 1 more node followed.',
    'To-be: no node saturated or failed; the extra work waited in queues.',
  ]);
});

test('the same latency reads without a change; no parking sentence without queues', () => {
  const lines = compareHeadline(
    { name: 'A', result: run(100, 0, 0, []) },
    { name: 'B', result: run(100, 0, 0, []) },
    (id) => id,
  );
  expect(lines[2]).toBe(
    'The slowest 1 % of successful requests wait 100 ms with B instead of 100 ms with A.',
  );
  expect(lines.some((l) => l.includes('parks'))).toBe(false);
});
