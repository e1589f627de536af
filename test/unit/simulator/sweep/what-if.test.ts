// What-if sweep of a parameter against queueing theory: an M/M/c service (exponential service,
// mean 8 ms) under 350 requests/s and "99 % within 60 ms". With c servers the response time
// tail P(T > 60 ms) is 0.244 for c = 3 (missed by far), 0.0015 for c = 4 and less above (held
// with room): c = 2 cannot even keep up (2 × 125/s < 350/s). So the sweep must answer "4".
import { describe, expect, test } from 'vitest';
import { whatIfParameter, withParameter, WhatIfError } from '../../../../models/what-if-parameter';
import { sweepParameter } from '../../../../simulator/sweep/what-if-sweep';
import { call, client, constantLoad, project, service } from '../../../helpers/build-project';
import { erlangC } from '../../../helpers/erlang-c';

function responseTail(c: number, mu: number, lambda: number, t: number): number {
  const C = erlangC(c, lambda / mu);
  const theta = c * mu - lambda;
  return (
    (1 - C) * Math.exp(-mu * t) +
    (C * (theta * Math.exp(-mu * t) - mu * Math.exp(-theta * t))) / (theta - mu)
  );
}

const p = {
  ...project(
    [client(), service('s', { concurrency: 3, serviceTimeMs: { type: 'exponential', mean: 8 } })],
    [call('c', 's')],
    { durationS: 60, warmupS: 10, seed: 5, load: constantLoad(350) },
  ),
  slo: { latencyPercentile: 99, latencyTargetMs: 60, availability: 0.99, maxMessageAgeMs: null },
};

const sweep = await sweepParameter(p, {
  variant: 'v',
  scenario: 's',
  parameter: 'nodes.s.concurrency',
  values: [6, 2, 4, 3, 5],
  replications: 3,
});

describe('what-if sweep of a service’s workers', () => {
  test('the closed form: 3 workers miss "99 % within 60 ms" by far, 4 hold with room', () => {
    expect(responseTail(3, 1 / 8, 0.35, 60)).toBeGreaterThan(0.2);
    expect(responseTail(4, 1 / 8, 0.35, 60)).toBeLessThan(0.002);
  });

  test('the lowest value that holds is the theory’s 4, and the values come back in order', () => {
    expect(sweep.points.map((x) => x.value)).toEqual([2, 3, 4, 5, 6]);
    expect(sweep.points.map((x) => x.holds)).toEqual([false, false, true, true, true]);
    expect(sweep.lowestHolding).toBe(4);
    expect(sweep.lowestHoldingConfidently).toBe(4);
    expect(sweep.parameter.current).toBe(3);
  });

  test('the figures follow: the share within 60 ms matches 1 − P(T > 60 ms) within noise', () => {
    for (const point of sweep.points.filter((x) => x.value >= 3)) {
      const latency = point.objectives.find((o) => o.id === 'latency')!;
      const theory = 1 - responseTail(point.value, 1 / 8, 0.35, 60);
      expect(Math.abs(latency.mean - theory)).toBeLessThan(0.03);
    }
  });
});

describe('parameter paths and values', () => {
  test('a path names an element and a numeric field; anything else says why', () => {
    expect(whatIfParameter(p, 'v', 'edges.c-s.timeoutMs').current).toBeNull();
    expect(() => whatIfParameter(p, 'v', 'replicas')).toThrow(
      /not a parameter path: write nodes\.<node id>\.<field>/,
    );
    expect(() => whatIfParameter(p, 'v', 'nodes.nope.replicas')).toThrow(
      'variant "v" has no node "nope"',
    );
    expect(() => whatIfParameter(p, 'v', 'nodes.s.name')).toThrow(
      'nodes.s.name is not a number on node "s"',
    );
    expect(() => whatIfParameter(p, 'v', 'nodes.s.serviceTimeMs')).toThrow(
      /\(it holds type, mean\)/,
    );
    expect(() => whatIfParameter(p, 'v', 'nodes.s.colour')).toThrow(
      'nodes.s.colour is not a field of node "s"',
    );
  });

  test('a value the model refuses is reported with the JSON path and the reason, before any run', async () => {
    const param = whatIfParameter(p, 'v', 'nodes.s.replicas');
    expect(() => withParameter(p, param, 0)).toThrow(WhatIfError);
    expect(() => withParameter(p, param, 0)).toThrow(
      /nodes\.s\.replicas = 0 is not a valid model: variants\[0\]\.nodes\[1\]\.replicas: /,
    );
    await expect(
      sweepParameter(p, {
        variant: 'v',
        scenario: 's',
        parameter: 'nodes.s.replicas',
        values: [1, 2.5],
        replications: 1,
      }),
    ).rejects.toThrow(/= 2\.5 is not a valid model/);
  });
});
