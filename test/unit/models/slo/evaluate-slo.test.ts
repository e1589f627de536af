import { expect, test } from 'vitest';
import { DEFAULT_SLO } from '../../../../models/schema/slo';
import {
  allMet,
  budgetText,
  evaluateSlo,
  objectiveTexts,
} from '../../../../models/slo/evaluate-slo';
import { latency, queueStats, resultOf } from '../../../helpers/result-builder';

const slo = { ...DEFAULT_SLO, latencyTargetMs: 800, availability: 0.995 };

test('each objective: what it asks, what the run measured, the verdict and the budget burnt', () => {
  const r = resultOf({
    entry: {
      requests: 10_000,
      succeeded: 9_960,
      failed: 30,
      latencyTargetMs: 800,
      succeededWithinTarget: 9_900,
    },
  });
  const [lat, avail] = evaluateSlo(slo, r);
  expect(lat).toMatchObject({
    id: 'latency',
    objective: 'Latency: 99 % of successful requests within 800 ms',
    measured: '99.4 % within 800 ms',
    met: true,
  });
  // 1 % of 9 960 may be slow; 60 were.
  expect(lat!.budget!.allowed).toBeCloseTo(99.6, 9);
  expect(lat!.budget!.spent).toBe(60);
  expect(budgetText(lat!.budget!)).toBe('60.2 % of the budget');
  // 0.5 % of 10 000 may fail or go unanswered; 30 failed and 10 were unanswered.
  expect(avail).toMatchObject({
    measured: '99.6 % of 10,000 succeeded',
    met: true,
  });
  expect(avail!.budget!.allowed).toBeCloseTo(50, 9);
  expect(avail!.budget!.spent).toBe(40);
  expect(allMet([lat!, avail!])).toBe(true);
});

test('a missed objective, a budget burnt several times over, and none allowed at 100 %', () => {
  const r = resultOf({
    entry: { requests: 1000, succeeded: 750, failed: 250, succeededWithinTarget: 300 },
  });
  const verdicts = evaluateSlo({ ...slo, latencyTargetMs: 1000 }, r);
  expect(verdicts.map((v) => v.met)).toEqual([false, false]);
  expect(budgetText(verdicts[1]!.budget!)).toBe('50× the budget');
  expect(allMet(verdicts)).toBe(false);
  const strict = evaluateSlo({ ...slo, latencyTargetMs: 1000, availability: 1 }, r)[1]!;
  expect(budgetText(strict.budget!)).toBe('none allowed, 250 bad');
});

test('the message-age objective reads the oldest message, handed over or still waiting at the end', () => {
  const withAge = { ...slo, latencyTargetMs: 1000, maxMessageAgeMs: 60_000 };
  const queued = resultOf({
    queues: {
      a: queueStats(10, { messageAgeMs: latency(5000, 100) }),
      b: queueStats(99, { oldestWaitingMs: 75_000 }),
    },
  });
  const age = evaluateSlo(withAge, queued)[2]!;
  expect(age).toMatchObject({ measured: 'oldest 75 s', met: false, budget: null });
  expect(evaluateSlo(withAge, resultOf())[2]).toMatchObject({ met: null, why: 'no queues' });
  expect(objectiveTexts(withAge)).toEqual([
    'Latency: 99 % of successful requests within 1,000 ms',
    'Availability: 99.5 % of requests succeed',
    'Message age: no message waits longer than 60 s',
  ]);
});

test('a run counted against another latency target is not judged (run it again)', () => {
  const stale = evaluateSlo(slo, resultOf({ entry: { latencyTargetMs: 1000 } }))[0]!;
  expect(stale).toMatchObject({
    met: null,
    why: 'this run counted against 1,000 ms; run it again',
  });
  expect(allMet([stale])).toBe(true);
});
