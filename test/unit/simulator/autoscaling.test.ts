// Autoscaling (format version 5): a service scaled on its utilisation as a Kubernetes HPA, a
// consumer scaled on its backlog as KEDA. Replica counts and their times are computed by hand
// from the decision rules of docs/simulator.md ("Autoscaling").
import { describe, expect, test } from 'vitest';
import { simulate } from '../../../simulator/simulate';
import type { SimulationResult } from '../../../simulator/result';
import { recommend } from '../../../simulator/autoscaler';
import {
  broker,
  call,
  client,
  consume,
  constantLoad,
  project,
  publish,
  service,
} from '../../helpers/build-project';

const run = (p: ReturnType<typeof project>, seed = 1): SimulationResult =>
  simulate(p, { variant: 'v', scenario: 's', seed });
/** One worker per replica, 100 ms of work: a replica serves 10 requests a second. */
const tenPerSecond = {
  concurrency: 1,
  queueLimit: null,
  serviceTimeMs: { type: 'constant', value: 100 },
};
const replicasAt = (r: SimulationResult, id: string): number[] => r.series.replicas![id]!;
const bucketEnd = (r: SimulationResult, k: number): number => r.series.t[k]! + r.series.bucketS;

describe('the recommendation', () => {
  test('utilisation: ceil(ready × u / target), unchanged within the 10 % tolerance', () => {
    const hpa = { onBacklog: false, target: 0.5 };
    expect(recommend(hpa, 1, 1, 1)).toBe(2);
    expect(recommend(hpa, 3, 2, 1)).toBe(4); // a starting replica counts as idle
    expect(recommend(hpa, 8, 8, 0.125)).toBe(2);
    expect(recommend(hpa, 8, 8, 0.54)).toBe(8); // ratio 1.08: within the tolerance
    expect(recommend(hpa, 8, 8, 0.56)).toBe(9); // ratio 1.12
  });

  test('backlog: ceil(backlog / target per replica), 0 when empty', () => {
    const keda = { onBacklog: true, target: 50 };
    expect(recommend(keda, 0, 0, 0)).toBe(0);
    expect(recommend(keda, 0, 0, 1)).toBe(1);
    expect(recommend(keda, 0, 0, 201)).toBe(5);
    expect(recommend(keda, 4, 4, 210)).toBe(4); // 210 / 200 = 1.05: within the tolerance
    expect(recommend(keda, 4, 4, 230)).toBe(5);
    expect(recommend(keda, 5, 3, 0)).toBe(0);
  });
});

describe('a service scaled on utilisation', () => {
  test('a step in load reaches the hand-computed replica counts at the hand-computed times', () => {
    // 40 requests/s offered to 10/s per replica: saturated (u = 1) from the start. Decisions every
    // 10 s on the last 10 s, target 0.5, a new replica takes work 25.2 s after its decision:
    // t = 10: ceil(1 × 1 / 0.5) = 2 → the second replica takes work at 35.2 s;
    // t = 20, 30: ready 1 + starting 1 = 2 = ceil(1 × 2): no change;
    // t = 40: ceil(2 × 2) = 4, capped at 3 → the third at 65.2 s; later decisions keep 3.
    const r = run(
      project(
        [
          client(),
          service('api', {
            ...tenPerSecond,
            autoscale: {
              metric: 'utilization',
              minReplicas: 1,
              maxReplicas: 3,
              targetUtilization: 0.5,
              windowS: 10,
              periodS: 10,
              scaleOutDelayS: 25.2,
              scaleInCooldownS: 300,
            },
          }),
        ],
        [call('c', 'api')],
        { durationS: 100, warmupS: 0, load: constantLoad(40) },
      ),
    );
    const replicas = replicasAt(r, 'api');
    expect(r.series.bucketS).toBe(0.5);
    replicas.forEach((n, k) => {
      const end = bucketEnd(r, k);
      expect(n, `bucket ending at ${end} s`).toBe(end > 65.2 ? 3 : end > 35.2 ? 2 : 1);
    });
    // Saturated all along: busy over the workers the ready replicas had.
    expect(r.nodes.api!.utilization).toBeGreaterThan(0.99);
    expect(r.nodes.api!.replicas).toEqual({
      mean: expect.closeTo((35.2 * 1 + 30 * 2 + 34.8 * 3) / 100, 6) as number,
      max: 3,
      final: 3,
    });
    // Served: 10/s per ready replica.
    const served = r.nodes.api!.served;
    expect(served).toBeGreaterThan((35.2 + 60 + 104.4) * 10 - 5);
    expect(served).toBeLessThanOrEqual((35.2 + 60 + 104.4) * 10 + 1);
  });

  test('utilisation settles at the target (3.5 workers of load at 0.7: 5 replicas)', () => {
    for (const seed of [1, 2, 3]) {
      const r = run(
        project(
          [
            client(),
            service('api', {
              ...tenPerSecond,
              autoscale: {
                metric: 'utilization',
                minReplicas: 1,
                maxReplicas: 8,
                targetUtilization: 0.7,
                windowS: 30,
                periodS: 15,
                scaleOutDelayS: 10,
                scaleInCooldownS: 60,
              },
            }),
          ],
          [call('c', 'api')],
          { durationS: 1200, warmupS: 300, load: constantLoad(35) },
        ),
        seed,
      );
      const api = r.nodes.api!;
      expect(api.utilization, `seed ${seed}`).toBeGreaterThan(0.7 * 0.9);
      expect(api.utilization, `seed ${seed}`).toBeLessThan(0.7 * 1.1);
      expect(api.replicas!.final, `seed ${seed}`).toBe(5);
      expect(api.replicas!.mean, `seed ${seed}`).toBeGreaterThan(4.9);
      expect(api.replicas!.mean, `seed ${seed}`).toBeLessThan(5.3);
    }
  });

  test('scale-in waits for the cooldown, and no work is lost when replicas go', () => {
    // 40/s until 200 s, then 8/s. Target 0.5, at most 8: 8 replicas (u = 0.5) well before 200 s,
    // kept by the tolerance. Decisions every 15 s; the last one on full load is at 195 s. A
    // scale-in takes the highest recommendation of the last 120 s, so 8 stays through 315 s and
    // the count drops at the decision of 330 s (no start delay).
    const r = run(
      project(
        [
          client(),
          service('api', {
            ...tenPerSecond,
            autoscale: {
              metric: 'utilization',
              minReplicas: 1,
              maxReplicas: 8,
              targetUtilization: 0.5,
              windowS: 15,
              periodS: 15,
              scaleOutDelayS: 0,
              scaleInCooldownS: 120,
            },
          }),
        ],
        [call('c', 'api')],
        {
          durationS: 400,
          warmupS: 0,
          load: [
            {
              client: 'c',
              shape: {
                type: 'steps',
                points: [
                  [0, 40],
                  [200, 40],
                  [201, 8],
                ],
              },
            },
          ],
        },
      ),
    );
    const replicas = replicasAt(r, 'api');
    expect(r.series.bucketS).toBe(2);
    // A bucket boundary orders before a decision at the same instant: the bucket that begins at
    // 330 s began with 8 replicas, so its most is still 8.
    replicas.forEach((n, k) => {
      const end = bucketEnd(r, k);
      if (end > 100 && end <= 332) expect(n, `bucket ending at ${end} s`).toBe(8);
      if (end > 332) expect(n, `bucket ending at ${end} s`).toBeLessThan(8);
    });
    // 8/s is 0.8 of a replica: ceil(0.8 / 0.5) = 2 replicas in the end, whatever the count before.
    expect(r.nodes.api!.replicas!.final).toBe(2);
    expect(r.entry.failed).toBe(0);
    expect(r.entry.succeeded + r.conservation.inFlight).toBe(r.entry.requests);
  });
});

describe('a consumer scaled on its backlog', () => {
  test('scales from zero after its start delay, drains, and goes back to zero after the cooldown', () => {
    // 20 messages/s for 60 s. Polls every 10 s: at 10 s about 200 wait, ceil(200 / 50) = 4 (5
    // with over 200) replicas, which take work at 15 s; nothing is handled before. Once drained,
    // 1 replica (50/s) is enough; after the load ends the backlog is empty, recommendations are
    // 0 from 70 s, and the last 1 leaves the 30 s window at 100 s at the latest: zero from the
    // bucket after (the one that begins at 100 s may begin with a replica).
    const r = run(
      project(
        [
          client(),
          service('api', { serviceTimeMs: { type: 'constant', value: 1 } }),
          broker('q', 'queue'),
          service('worker', {
            serviceTimeMs: { type: 'constant', value: 20 },
            autoscale: {
              metric: 'backlog',
              minReplicas: 0,
              maxReplicas: 5,
              backlogPerReplica: 50,
              pollingS: 10,
              cooldownS: 30,
              startDelayS: 5,
            },
          }),
        ],
        [call('c', 'api'), publish('api', 'q'), consume('q', 'worker', { concurrency: 1 })],
        {
          durationS: 150,
          warmupS: 0,
          load: [
            {
              client: 'c',
              shape: {
                type: 'steps',
                points: [
                  [0, 20],
                  [60, 20],
                  [60.001, 0],
                ],
              },
            },
          ],
        },
      ),
    );
    const replicas = replicasAt(r, 'worker');
    replicas.forEach((n, k) => {
      const end = bucketEnd(r, k);
      if (end <= 15) expect(n, `bucket ending at ${end} s`).toBe(0);
      else if (end <= 20) expect([4, 5], `bucket ending at ${end} s`).toContain(n);
      if (end > 100.5) expect(n, `bucket ending at ${end} s`).toBe(0);
    });
    const q = r.queues.q!;
    // The first message waited from about 0 s to 15 s: the oldest age at hand-over.
    expect(q.messageAgeMs.max).toBeGreaterThan(14_500);
    expect(q.messageAgeMs.max).toBeLessThan(15_100);
    expect(q.acked).toBe(q.published);
    expect(q.finalBacklog).toBe(0);
    expect(r.nodes.worker!.replicas!.final).toBe(0);
    const c = r.conservation;
    expect(c.generated).toBe(c.succeeded + c.failed + c.deadLettered + c.expired + c.inFlight);
  });
});

test('an autoscaled run is deterministic', () => {
  const p = project(
    [
      client(),
      service('api', {
        serviceTimeMs: { type: 'exponential', mean: 20 },
        concurrency: 2,
        autoscale: { metric: 'utilization', maxReplicas: 6, periodS: 2, windowS: 4 },
      }),
      broker('q', 'queue'),
      service('worker', {
        serviceTimeMs: { type: 'lognormal', p50: 10, p99: 80 },
        autoscale: { metric: 'backlog', maxReplicas: 4, pollingS: 3, backlogPerReplica: 20 },
      }),
    ],
    [call('c', 'api'), publish('api', 'q'), consume('q', 'worker')],
    {
      durationS: 120,
      load: [
        {
          client: 'c',
          shape: { type: 'spike', baseRps: 50, peakRps: 400, startS: 30, rampS: 5, holdS: 20 },
        },
      ],
    },
  );
  const a = { ...run(p, 7), wallMs: 0 };
  const b = { ...run(p, 7), wallMs: 0 };
  expect(JSON.stringify(a)).toBe(JSON.stringify(b));
  expect(Math.max(...a.series.replicas!.api!)).toBeGreaterThan(1);
  expect(Math.max(...a.series.replicas!.worker!)).toBeGreaterThan(0);
});
