// The diff never splits an exclusive outcome group across steps: a part of a group (weights not
// adding up to 1) is a variant the validator refuses.
import { expect, test } from 'vitest';
import { intermediateVariants } from '../../../../models/roadmap/apply-steps';
import { sameContent } from '../../../../models/roadmap/canonical';
import { groupDiff } from '../../../../models/roadmap/group-diff';
import { checkProject } from '../../../../models/validate';
import { formatProblem } from '../../../../models/problem';
import { call, client, constantLoad, project, service } from '../../../helpers/build-project';

test('two new services reached through one 0.7 / 0.3 outcome group come in one step; every variant on the way is valid', () => {
  const p = project(
    [client(), service('router')],
    [call('c', 'router')],
    { durationS: 10, load: constantLoad(1) },
    [
      {
        id: 'to-be',
        nodes: [client(), service('router'), service('a'), service('b')],
        edges: [
          call('c', 'router'),
          call('router', 'a', { outcome: { group: 'route', weight: 0.7 } }),
          call('router', 'b', { outcome: { group: 'route', weight: 0.3 } }),
        ],
      },
    ],
  );
  const [from, to] = p.variants as [(typeof p.variants)[0], (typeof p.variants)[0]];
  const steps = groupDiff(from, to);
  const withGroup = steps.filter((s) =>
    s.changes.some((c) => c.op === 'addEdge' && c.edge.kind === 'call' && c.edge.outcome),
  );
  expect(withGroup).toHaveLength(1);
  expect(withGroup[0]!.title).toBe('Add a; Add b');
  const variants = intermediateVariants(from, steps);
  for (const v of variants)
    expect(checkProject({ ...p, variants: [v] }).errors.map(formatProblem)).toEqual([]);
  expect(sameContent(variants.at(-1)!, to)).toBe(true);
});
