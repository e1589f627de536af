// Edge labels on the canvas.
import { expect, test } from 'vitest';
import { edgeLabel, shortMs } from '../../../../src/canvas/ModelEdgeView';

test('edge labels show only what is set, durations shortened', () => {
  expect(shortMs(800)).toBe('800 ms');
  expect(shortMs(1500)).toBe('1.5 s');
  const call = {
    id: 'a-b',
    from: 'a',
    to: 'b',
    kind: 'call',
    probability: 1,
    count: 1,
    latencyMs: null,
    timeoutMs: null,
    retries: null,
    circuitBreaker: null,
    optional: false,
  } as const;
  expect(edgeLabel(call)).toEqual([]);
  expect(
    edgeLabel({
      ...call,
      probability: 0.3,
      timeoutMs: 2000,
      retries: { max: 2, backoffMs: 100, multiplier: 2 },
    }),
  ).toEqual([{ text: 'p 0.3' }, { icon: 'timeout', text: '2 s' }, { icon: 'retries', text: '2' }]);
  expect(
    edgeLabel({
      id: 'q-s',
      from: 'q',
      to: 's',
      kind: 'consume',
      concurrency: 4,
      maxConsumers: null,
      idempotent: true,
    }),
  ).toEqual([{ text: 'idempotent' }]);
});
