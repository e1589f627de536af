// Runaway models end with a result that says it was cut short, never a hang.
import { expect, test } from 'vitest';
import { simulate } from '../../../simulator/simulate';
import { call, client, constantLoad, project, service } from '../../helpers/build-project';

test('a synchronous cycle deadlocks once every worker waits on the other side, and the run still ends', () => {
  const p = project(
    [
      client(),
      service('a', { concurrency: 4, serviceTimeMs: 1 }),
      service('b', { concurrency: 4, serviceTimeMs: 1 }),
    ],
    [call('c', 'a'), call('a', 'b'), call('b', 'a')],
    { durationS: 60, load: constantLoad(10) },
  );
  const r = simulate(p, { variant: 'v', scenario: 's' });
  expect(r.cutShort).toBeNull();
  expect(r.entry.succeeded).toBe(0);
  expect(r.nodes.a.utilization).toBeGreaterThan(0.99);
  expect(r.conservation.inFlight).toBe(r.conservation.generated);
});

test('a synchronous cycle with instant work and endless workers is cut short by the event budget', () => {
  const p = project(
    [
      client(),
      service('a', { concurrency: 10_000, serviceTimeMs: 0 }),
      service('b', { concurrency: 10_000, serviceTimeMs: 0 }),
    ],
    [call('c', 'a'), call('a', 'b'), call('b', 'a')],
    { durationS: 60, load: constantLoad(10) },
  );
  const t0 = Date.now();
  const r = simulate(p, { variant: 'v', scenario: 's', maxEvents: 10_000 });
  expect(Date.now() - t0).toBeLessThan(10_000);
  expect(r.cutShort?.reason).toMatch(/events|memory/);
  expect(r.cutShort!.atS).toBeLessThan(60);
  expect(r.simulatedS).toBeLessThan(60);
  const c = r.conservation;
  expect(c.generated).toBe(c.succeeded + c.failed + c.deadLettered + c.inFlight);
});

test('a synchronous cycle with real work and no limits is cut short by the live-record guard', () => {
  const p = project(
    [client(), service('a', { serviceTimeMs: 1 }), service('b', { serviceTimeMs: 1 })],
    [call('c', 'a'), call('a', 'b'), call('b', 'a')],
    { durationS: 3600, load: constantLoad(1000) },
  );
  const r = simulate(p, { variant: 'v', scenario: 's', maxLive: 200_000 });
  expect(r.cutShort?.reason).toBe('memory');
});

test('a retry storm against a dead dependency is cut short by the wall-clock budget', () => {
  const p = project(
    [client(), service('api', { concurrency: 1000, serviceTimeMs: 1 }), service('down')],
    [call('c', 'api'), call('api', 'down', { retries: { max: 100, backoffMs: 0, multiplier: 1 } })],
    {
      durationS: 3600,
      load: constantLoad(5000),
      faults: [{ type: 'outage', node: 'down', startS: 0, endS: 3600 }],
    },
  );
  const t0 = Date.now();
  const r = simulate(p, { variant: 'v', scenario: 's', maxWallMs: 300 });
  const wall = Date.now() - t0;
  expect(r.cutShort?.reason).toBe('wallClock');
  expect(wall).toBeLessThan(3000);
  expect(r.nodes.down.rejected).toBeGreaterThan(r.nodes.api.arrivals);
});

test('onProgress returning true cancels the run', () => {
  const p = project([client(), service('s', { concurrency: 4 })], [call('c', 's')], {
    durationS: 100_000,
    load: constantLoad(500),
  });
  let calls = 0;
  const r = simulate(p, {
    variant: 'v',
    scenario: 's',
    progressEveryMs: 0,
    onProgress: (prog) => {
      calls++;
      expect(prog.durationS).toBe(100_000);
      return calls >= 3;
    },
  });
  expect(calls).toBe(3);
  expect(r.cutShort?.reason).toBe('cancelled');
  expect(r.simulatedS).toBe(r.cutShort!.atS);
});
