import { expect, test } from 'vitest';
import { applyChanges, removeEdge, removeNode } from '../../../../models/changes';
import { pasteClip } from '../../../../models/clipboard/paste-clip';
import { planStages } from '../../../../models/stages/plan-stages';
import type { ModelNode, Variant } from '../../../../models/types';
import { call, client, project, service } from '../../../helpers/build-project';

function variant(stages: unknown, mode = 'stages'): Variant {
  return project(
    [
      client('web'),
      service('s', { callMode: mode, ...(stages === undefined ? {} : { stages }) }),
      service('a'),
      service('b'),
      service('c'),
    ],
    [call('web', 's'), call('s', 'a'), call('s', 'b', { count: 4 }), call('s', 'c', { count: 10 })],
    { durationS: 1 },
  ).variants[0]!;
}

const node = (v: Variant, id = 's'): ModelNode => v.nodes.find((n) => n.id === id)!;
const shape = (v: Variant) =>
  planStages(v, node(v)).map((s) => ({
    listed: s.listed,
    edges: s.edges.map((e) => `${e.edge.id}×${e.atATime}`),
  }));

test('listed stages run first, with their limits; edges left out follow one by one', () => {
  const v = variant([{ edges: ['s-c', 's-a'], atATime: { 's-c': 3 } }]);
  expect(shape(v)).toEqual([
    { listed: true, edges: ['s-c×3', 's-a×1'] },
    { listed: false, edges: ['s-b×1'] },
  ]);
});

test('no stages listed: every edge a stage of its own, its calls one at a time (as sequential)', () => {
  expect(shape(variant(undefined))).toEqual([
    { listed: false, edges: ['s-a×1'] },
    { listed: false, edges: ['s-b×1'] },
    { listed: false, edges: ['s-c×1'] },
  ]);
});

test('a stage without a limit runs all the calls of its edges at once', () => {
  expect(shape(variant([{ edges: ['s-a', 's-b', 's-c'] }]))).toEqual([
    { listed: true, edges: ['s-a×1', 's-b×4', 's-c×10'] },
  ]);
});

test('a node in another call mode has no stages', () => {
  expect(planStages(variant(undefined, 'parallel'), node(variant(undefined, 'parallel')))).toEqual(
    [],
  );
});

test('removing an edge or a node takes the edges out of the stages; an empty stage goes', () => {
  const v = variant([
    { edges: ['s-a'] },
    { edges: ['s-b', 's-c'], atATime: { 's-c': 3, 's-b': 2 } },
  ]);
  const stagesOf = (x: Variant) =>
    'stages' in node(x) ? (node(x) as { stages?: unknown }).stages : undefined;
  expect(stagesOf(applyChanges(v, [removeEdge('s-a')]))).toEqual([
    { edges: ['s-b', 's-c'], atATime: { 's-c': 3, 's-b': 2 } },
  ]);
  expect(stagesOf(applyChanges(v, [removeEdge('s-c')]))).toEqual([
    { edges: ['s-a'] },
    { edges: ['s-b'], atATime: { 's-b': 2 } },
  ]);
  expect(stagesOf(applyChanges(v, [removeNode('c'), removeNode('b')]))).toEqual([
    { edges: ['s-a'] },
  ]);
});

test('a pasted staged node names its pasted edges; edges not copied leave its stages', () => {
  const v = variant([{ edges: ['s-a', 's-c'], atATime: { 's-c': 3 } }, { edges: ['s-b'] }]);
  const clip = {
    nodes: v.nodes.filter((n) => n.id === 's' || n.id === 'c'),
    edges: v.edges.filter((e) => e.id === 's-c'),
  };
  const pasted = pasteClip(clip, v, new Set(v.nodes.map((n) => n.id)));
  const copy = pasted.nodes[0] as { stages?: unknown };
  const edgeId = pasted.edges[0]!.id;
  expect(edgeId).not.toBe('s-c');
  expect(copy.stages).toEqual([{ edges: [edgeId], atATime: { [edgeId]: 3 } }]);
});
