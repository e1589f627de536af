// Bad flows get an error at their path: weights that do not add up to 1, a condition on a
// client's call, a group whose edges disagree on their condition, a fallback publish.
import { expect, test } from 'vitest';
import { loadProject } from '../../../models/load';
import { formatProblem } from '../../../models/problem';
import { CURRENT_VERSION } from '../../../models/schema/project';

const doc = (edges: Record<string, unknown>[]) => ({
  format: 'spillway',
  version: CURRENT_VERSION,
  name: 'flows',
  variants: [
    {
      id: 'v',
      name: 'V',
      nodes: [
        { id: 'shop', name: 'Shop', kind: 'client' },
        { id: 'pay', name: 'Payment', kind: 'service' },
        { id: 'ok', name: 'Succeeded', kind: 'service' },
        { id: 'ko', name: 'Failed', kind: 'service' },
        { id: 'events', name: 'Events', kind: 'topic' },
      ],
      edges: [{ id: 'e0', kind: 'call', from: 'shop', to: 'pay' }, ...edges],
    },
  ],
});
const errors = (edges: Record<string, unknown>[]): string[] => {
  const r = loadProject(doc(edges));
  return r.ok ? [] : r.errors.map(formatProblem);
};

test('weights of a group that do not add up to 1 are refused at the first edge of the group', () => {
  expect(
    errors([
      { id: 'e1', kind: 'call', from: 'pay', to: 'ok', outcome: { group: 'result', weight: 0.9 } },
      { id: 'e2', kind: 'call', from: 'pay', to: 'ko', outcome: { group: 'result', weight: 0.05 } },
    ]),
  ).toEqual([
    expect.stringMatching(
      /^variants\[0\]\.edges\[1\]\.outcome\.weight: the weights of outcome group "result" of service "Payment" add up to 0\.95, not 1$/,
    ),
  ]);
});

test('weights written by hand that add up to 1 in decimal pass (0.97 + 0.03, 0.1 + 0.2 + 0.7)', () => {
  expect(
    errors([
      { id: 'e1', kind: 'call', from: 'pay', to: 'ok', outcome: { group: 'a', weight: 0.97 } },
      { id: 'e2', kind: 'call', from: 'pay', to: 'ko', outcome: { group: 'a', weight: 0.03 } },
      {
        id: 'e3',
        kind: 'publish',
        from: 'pay',
        to: 'events',
        outcome: { group: 'b', weight: 0.1 },
      },
      { id: 'e4', kind: 'call', from: 'pay', to: 'ok', outcome: { group: 'b', weight: 0.2 } },
      { id: 'e5', kind: 'call', from: 'pay', to: 'ko', outcome: { group: 'b', weight: 0.7 } },
    ]),
  ).toEqual([]);
});

test('an on-failure call from a client is refused at its path', () => {
  expect(errors([{ id: 'e1', kind: 'call', from: 'shop', to: 'ok', when: 'onFailure' }])).toEqual([
    expect.stringMatching(/^variants\[0\]\.edges\[1\]\.when: .*client.*no outcome of its own/),
  ]);
});

test('the edges of a group share one condition', () => {
  expect(
    errors([
      { id: 'e1', kind: 'call', from: 'pay', to: 'ok', outcome: { group: 'g', weight: 0.5 } },
      {
        id: 'e2',
        kind: 'call',
        from: 'pay',
        to: 'ko',
        when: 'onFailure',
        outcome: { group: 'g', weight: 0.5 },
      },
    ]),
  ).toEqual([
    'variants[0].edges[2].when: the edges of outcome group "g" must share one condition: edges[1] is "always", this one "onFailure"',
  ]);
});

test('a fallback publish, an unknown condition and a zero weight are refused by the schema at their paths', () => {
  const [fallback] = errors([
    { id: 'e1', kind: 'publish', from: 'pay', to: 'events', when: 'fallback' },
  ]);
  expect(fallback).toMatch(/^variants\[0\]\.edges\[1\]\.when: /);
  const [unknown] = errors([{ id: 'e1', kind: 'call', from: 'pay', to: 'ok', when: 'sometimes' }]);
  expect(unknown).toMatch(/^variants\[0\]\.edges\[1\]\.when: /);
  const [zero] = errors([
    { id: 'e1', kind: 'call', from: 'pay', to: 'ok', outcome: { group: 'g', weight: 0 } },
  ]);
  expect(zero).toMatch(/^variants\[0\]\.edges\[1\]\.outcome\.weight: /);
});
