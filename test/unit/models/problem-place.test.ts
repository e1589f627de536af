import { expect, test } from 'vitest';
import { EXAMPLES } from '../../../models/examples/index';
import { problemPlace } from '../../../models/problem-place';

const project = EXAMPLES.find((e) => e.id === 'client-portal')!.project;

test('a node, an edge, a variant and a scenario are placed by their names', () => {
  expect(problemPlace(project, 'variants[0].nodes[5].concurrency')).toEqual({
    label: 'database "Accounts database" (As-is: synchronous chain)',
    variantId: 'as-is',
    nodeId: 'accounts-db',
  });
  expect(problemPlace(project, 'variants[1].edges[0]')).toEqual({
    label: 'call Customers → Client portal (To-be: queues and a notification topic)',
    variantId: 'to-be',
    edgeId: 'customers-portal',
  });
  expect(problemPlace(project, 'variants[1]')).toEqual({
    label: 'variant "To-be: queues and a notification topic"',
    variantId: 'to-be',
  });
  expect(problemPlace(project, 'scenarios[0].load')?.label).toBe(
    `scenario "${project.scenarios[0]!.name}"`,
  );
});

test('a path that names nothing in the project has no place', () => {
  expect(problemPlace(project, 'variants[9].nodes[0]')).toBeNull();
  expect(problemPlace(project, 'variants[0].nodes[99]')).toBeNull();
  expect(problemPlace(project, 'variants[0].edges[99].from')).toBeNull();
  expect(problemPlace(project, 'scenarios[42]')).toBeNull();
  expect(problemPlace(project, 'version')).toBeNull();
  expect(problemPlace(project, '')).toBeNull();
});
