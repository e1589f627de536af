// The `after` of an addEdge change: where a transformation puts an edge in its source's plan.
import { expect, test } from 'vitest';
import { addEdge, applyChanges, ChangeError, removeEdge } from '../../../../models/changes';
import { newEdge } from '../../../../models/elements/new-edge';
import { stepDependencies } from '../../../../models/roadmap/dependencies';
import { newStep } from '../../../../models/roadmap/new-step';
import { fixtureProject } from '../../../helpers/transformation-fixture';

const asIs = () => fixtureProject().variants[0]!;
const ids = (v: ReturnType<typeof asIs>) => v.edges.map((e) => e.id);

test('an edge added after another goes right after it; without `after`, at the end', () => {
  const v = asIs();
  const edge = newEdge('call', 'api', 'web', ids(v));
  expect(ids(applyChanges(v, [addEdge(edge, 'api-billing')]))).toEqual([
    'web-api',
    'api-billing',
    'api-web',
    'api-mail',
    'api-db',
    'orders-billing',
  ]);
  expect(ids(applyChanges(v, [addEdge(edge)])).at(-1)).toBe('api-web');
  expect(addEdge(edge)).not.toHaveProperty('after');
});

test('after an edge that is not there: an error naming it', () => {
  const v = applyChanges(asIs(), [removeEdge('api-mail')]);
  const change = addEdge(newEdge('call', 'api', 'web', ids(v)), 'api-mail');
  expect(() => applyChanges(v, [change])).toThrow(ChangeError);
  expect(() => applyChanges(v, [change])).toThrow(
    'cannot apply addEdge: no edge "api-mail" to place it after',
  );
});

test('a step that adds an edge after one another step adds comes after that step', () => {
  const v = asIs();
  const first = newEdge('call', 'api', 'web', ids(v));
  const second = newEdge('call', 'mail', 'web', [...ids(v), first.id]);
  const step = (id: string, changes: ReturnType<typeof addEdge>[]) =>
    newStep({
      id,
      kind: 'add-edge',
      title: id,
      rationale: '',
      changes,
      checklist: [],
      recorded: false,
    });
  const deps = stepDependencies(v, [
    step('b', [addEdge(second, first.id)]),
    step('a', [addEdge(first)]),
  ]);
  expect(deps.map((d) => [d.step, d.on])).toEqual([['b', 'a']]);
});
