// The verdict at one load: objectives judged on the replications' mean, with a Student's t
// confidence that the mean over all seeds is on the same side of the target.
import { describe, expect, test } from 'vitest';
import type { Slo } from '../../../../models/types';
import type { SimulationResult } from '../../../../simulator/result';
import { studentTCdf, t975 } from '../../../../simulator/student-t';
import { judgeLoad } from '../../../../simulator/sweep/judge-load';

const slo: Slo = {
  latencyPercentile: 99,
  latencyTargetMs: 500,
  availability: 0.9,
  maxMessageAgeMs: null,
};

/** The part of a result the objectives read: 1 000 requests, `failed` of them failed. */
function run(withinTarget: number, failed = 0, cut = false): SimulationResult {
  const succeeded = 1000 - failed;
  return {
    entry: { requests: 1000, succeeded, failed, succeededWithinTarget: withinTarget },
    queues: {},
    cutShort: cut ? { atS: 1, reason: 'events' } : null,
  } as unknown as SimulationResult;
}

describe("Student's t distribution function", () => {
  test('gives 0.975 at the two-sided 95 % quantiles for 1 to 30 degrees of freedom', () => {
    for (let df = 1; df <= 30; df++) expect(studentTCdf(t975(df), df)).toBeCloseTo(0.975, 4);
  });
  test('is symmetric around 0 and tends to the normal for many degrees of freedom', () => {
    expect(studentTCdf(0, 3)).toBe(0.5);
    expect(studentTCdf(-1.2, 4) + studentTCdf(1.2, 4)).toBeCloseTo(1, 12);
    expect(studentTCdf(1.959964, 2001)).toBeCloseTo(0.975, 3);
  });
});

describe('judgeLoad', () => {
  test('holds on the mean; the confidence is t(n − 1) at mean margin / standard error', () => {
    // Shares within 500 ms: 0.993, 0.991, 0.995 (of all succeeded) → mean 0.993, sd 0.002.
    const v = judgeLoad(slo, [run(993), run(991), run(995)]);
    expect(v.holds).toBe(true);
    const latency = v.objectives.find((o) => o.id === 'latency')!;
    expect(latency.mean).toBeCloseTo(0.993, 9);
    const t = (0.993 - 0.99) / (0.002 / Math.sqrt(3));
    expect(latency.confidence).toBeCloseTo(studentTCdf(t, 2), 4);
    // Availability is 1 in every run: certain. The joint confidence is the latency's.
    expect(v.objectives.find((o) => o.id === 'availability')!.confidence).toBe(1);
    expect(v.confidence).toBeCloseTo(studentTCdf(t, 2), 4);
  });

  test('missed when the mean misses, even if one replication held', () => {
    const v = judgeLoad(slo, [run(992), run(985), run(986)]);
    expect(v.holds).toBe(false);
    expect(v.objectives.find((o) => o.id === 'latency')!.met).toBe(false);
    expect(v.confidence).toBeGreaterThan(0.5);
  });

  test('two close calls: the joint confidence is at most each one (Bonferroni)', () => {
    // Latency 900/905, 898/910, 895/900 (mean 0.9919) and availability 0.905, 0.91, 0.9.
    const v = judgeLoad(slo, [run(900, 95), run(898, 90), run(895, 100)]);
    const [lat, avail] = v.objectives;
    expect([v.holds, lat.met, avail.met]).toEqual([true, true, true]);
    expect(lat.confidence).toBeLessThan(0.95);
    expect(avail.confidence).toBeLessThan(0.95);
    expect(v.confidence).toBeCloseTo(1 - (1 - lat.confidence!) - (1 - avail.confidence!), 4);
    expect(v.confidence).toBeLessThan(Math.min(lat.confidence!, avail.confidence!));
  });

  test('one replication: a verdict without a confidence', () => {
    expect(judgeLoad(slo, [run(995)])).toMatchObject({ holds: true, confidence: null });
  });

  test('a run the engine cut short misses the load, for certain', () => {
    expect(judgeLoad(slo, [run(999), run(999, 0, true)])).toMatchObject({
      holds: false,
      confidence: 1,
      cutShort: 1,
    });
  });
});
