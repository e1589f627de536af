// A scenario is shared by the variants; a fault on a node one of them lacks is skipped there,
// with a note in the result, instead of stopping both runs.
import { expect, test } from 'vitest';
import { simulate } from '../../../simulator/simulate';
import {
  broker,
  call,
  client,
  constantLoad,
  consume,
  project,
  publish,
  service,
} from '../../helpers/build-project';

const p = project(
  [client(), service('api', { serviceTimeMs: 2 }), service('mailer', { serviceTimeMs: 5 })],
  [call('c', 'api'), call('api', 'mailer')],
  {
    durationS: 30,
    load: constantLoad(50),
    faults: [
      { type: 'outage', node: 'q', startS: 5, endS: 15 },
      { type: 'slowdown', node: 'mailer', startS: 0, endS: 30, factor: 2 },
    ],
  },
  [
    {
      id: 'to-be',
      nodes: [
        client(),
        service('api', { serviceTimeMs: 2 }),
        broker('q', 'queue'),
        service('mailer', { serviceTimeMs: 5 }),
      ],
      edges: [call('c', 'api'), publish('api', 'q'), consume('q', 'mailer')],
    },
  ],
);

test('the variant without the node runs without that fault and says so', () => {
  const asIs = simulate(p, { variant: 'v', scenario: 's' });
  expect(asIs.skippedFaults).toEqual([
    { index: 0, node: 'q', type: 'outage', reason: 'v has no node "q"' },
  ]);
  expect(asIs.entry.requests).toBeGreaterThan(1000);
  // The other fault still applies: mailer works twice as long (5 → 10 ms) all run long.
  expect(asIs.nodes.mailer!.latencyMs.mean).toBeGreaterThanOrEqual(10);
});

test('the variant with the node suffers the fault and skips nothing', () => {
  const toBe = simulate(p, { variant: 'to-be', scenario: 's' });
  expect(toBe.skippedFaults).toEqual([]);
  // During the broker's outage the publishes are refused.
  expect(toBe.queues.q!.refused).toBeGreaterThan(0);
});

test('a fault on a node that is a client in this variant is skipped too', () => {
  const q = structuredClone(p);
  q.scenarios[0]!.faults = [{ type: 'errors', node: 'c', startS: 0, endS: 10, rate: 0.5 }];
  q.variants[1]!.nodes[0] = { ...q.variants[1]!.nodes[1]!, id: 'c', name: 'c' } as never;
  const r = simulate(q, { variant: 'v', scenario: 's' });
  expect(r.skippedFaults.map((s) => s.index)).toEqual([0]);
  expect(r.skippedFaults[0]!.reason).toMatch(/client/);
});
