import { expect, test } from 'vitest';
import type { ReplayFrame } from '../../../../src/replay/replay-frame';
import { replayCaption } from '../../../../src/replay/replay-caption';

const node = (utilisation: number | null, failing = false, backlog: number | null = null) => ({
  utilisation,
  errorRate: null,
  failing,
  saturated: failing,
  backlog,
  replicas: null,
  hottestPartition: null,
});

test('the caption counts busy and failing services and names the spike', () => {
  const frame: ReplayFrame = {
    atS: 458,
    bucket: 0,
    maxBacklog: 0,
    edges: {},
    nodes: { web: node(null), a: node(1, true), b: node(0.95), c: node(0.2) },
  };
  const spike = { id: 's', label: 'spike', startS: 180, endS: 480, kind: 'spike' as const };
  expect(replayCaption(frame, [spike], 0.229)).toBe(
    'At 7:38 (during spike): 2 of 3 services at least 90 % busy; 1 failing; 22.9 % of requests failing.',
  );
  expect(replayCaption({ ...frame, atS: 600 }, [spike], 0)).toBe(
    'At 10:00: 2 of 3 services at least 90 % busy; 1 failing.',
  );
});

test('queues report what waits in them', () => {
  const frame: ReplayFrame = {
    atS: 30,
    bucket: 0,
    maxBacklog: 9,
    edges: {},
    nodes: { q: node(null, false, 7), r: node(null, false, 2), s: node(0.1) },
  };
  expect(replayCaption(frame, [], null)).toBe(
    'At 30 s: 0 of 1 service at least 90 % busy; 9 messages waiting in queues.',
  );
});
