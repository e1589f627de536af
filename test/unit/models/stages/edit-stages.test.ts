import { expect, test } from 'vitest';
import {
  explicitStages,
  moveToStage,
  swapStages,
  withAtATime,
} from '../../../../models/stages/edit-stages';
import { stageLabels } from '../../../../models/stages/stage-labels';
import type { ModelNode, Stage, Variant } from '../../../../models/types';
import { call, client, project, service } from '../../../helpers/build-project';

function variant(stages: Stage[] | undefined): Variant {
  return project(
    [
      client('web'),
      service('s', { callMode: 'stages', ...(stages && { stages }) }),
      service('a'),
      service('b'),
      service('c'),
    ],
    [call('web', 's'), call('s', 'a'), call('s', 'b'), call('s', 'c', { count: 10 })],
    { durationS: 1 },
  ).variants[0]!;
}
const s = (v: Variant): ModelNode => v.nodes.find((n) => n.id === 's')!;

test('the stages written out: listed ones, then one per edge left out (one call at a time)', () => {
  expect(explicitStages(variant([{ edges: ['s-b'] }]), s(variant([{ edges: ['s-b'] }])))).toEqual([
    { edges: ['s-b'] },
    { edges: ['s-a'] },
    { edges: ['s-c'], atATime: { 's-c': 1 } },
  ]);
});

test('moving a call to another stage, to a new last one, and away from a stage it empties', () => {
  const stages: Stage[] = [{ edges: ['s-a'] }, { edges: ['s-b', 's-c'], atATime: { 's-c': 3 } }];
  expect(moveToStage(stages, 's-b', 0)).toEqual([
    { edges: ['s-a', 's-b'] },
    { edges: ['s-c'], atATime: { 's-c': 3 } },
  ]);
  expect(moveToStage(stages, 's-c', 2)).toEqual([
    { edges: ['s-a'] },
    { edges: ['s-b'] },
    { edges: ['s-c'], atATime: { 's-c': 3 } },
  ]);
  expect(moveToStage(stages, 's-a', 1)).toEqual([
    { edges: ['s-b', 's-c', 's-a'], atATime: { 's-c': 3 } },
  ]);
  expect(moveToStage(stages, 's-a', 0)).toEqual(stages);
});

test('a limit set and taken away; stages swapped', () => {
  const stages: Stage[] = [{ edges: ['s-a'] }, { edges: ['s-c'] }];
  const limited = withAtATime(stages, 's-c', 4);
  expect(limited).toEqual([{ edges: ['s-a'] }, { edges: ['s-c'], atATime: { 's-c': 4 } }]);
  expect(withAtATime(limited, 's-c', null)).toEqual(stages);
  expect(swapStages(limited, 1, -1)).toEqual([
    { edges: ['s-c'], atATime: { 's-c': 4 } },
    { edges: ['s-a'] },
  ]);
  expect(swapStages(limited, 0, -1)).toEqual(limited);
});

test('the canvas labels: the stage of each edge, and the limit where it holds calls back', () => {
  const v = variant([{ edges: ['s-a', 's-c'], atATime: { 's-c': 3 } }]);
  expect(Object.fromEntries(stageLabels(v.nodes, v.edges))).toEqual({
    's-a': 'stage 1',
    's-c': 'stage 1, 3 at a time',
    's-b': 'stage 2',
  });
  const plain = variant(undefined);
  const sequential = plain.nodes.map((n) => (n.id === 's' ? { ...n, callMode: 'sequential' } : n));
  expect(stageLabels(sequential as ModelNode[], plain.edges).size).toBe(0);
});
