import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { judgeConnection } from '../../../models/elements/connection-rules';
import { loadProject } from '../../../models/load';
import { formatProblem } from '../../../models/problem';
import { simulate } from '../../../simulator/simulate';
import type { ProjectInput } from '../../../models/types';

const minimal = (): ProjectInput =>
  JSON.parse(readFileSync('test/fixtures/valid/minimal.json', 'utf8')) as ProjectInput;
const variantOf = (input: ProjectInput) => {
  const variant = input.variants[0];
  if (!variant?.nodes || !variant.edges) throw new Error('fixture variant incomplete');
  return variant as typeof variant & {
    nodes: NonNullable<typeof variant.nodes>;
    edges: NonNullable<typeof variant.edges>;
  };
};
function report(input: ProjectInput): { errors: string[]; warnings: string[] } {
  const result = loadProject(input);
  return {
    errors: result.ok ? [] : result.errors.map(formatProblem),
    warnings: result.warnings.map(formatProblem),
  };
}

test('services and externals may call and publish; a database may publish but calls nothing', () => {
  const input = minimal();
  const variant = variantOf(input);
  variant.nodes.push({ id: 'psp', name: 'PSP', kind: 'external' });
  variant.edges.push(
    { id: 'api-psp', from: 'api', to: 'psp', kind: 'call' },
    { id: 'psp-jobs', from: 'psp', to: 'jobs', kind: 'publish' },
    { id: 'db-jobs', from: 'db', to: 'jobs', kind: 'publish' },
  );
  expect(report(input)).toEqual({ errors: [], warnings: [] });
  // A file drawn before the rule still opens (nothing the user made is refused) and says why
  // its call is out of place; the canvas no longer draws one.
  variant.edges.push({ id: 'db-psp', from: 'db', to: 'psp', kind: 'call' });
  expect(report(input)).toEqual({
    errors: [],
    warnings: [
      'variants[0].edges[9].from: a call cannot start at database "DB": only clients, services, externals and caches call; this call still runs as drawn: redraw it from a service',
    ],
  });
  expect(
    judgeConnection({ id: 'db', kind: 'database' }, { id: 'psp', kind: 'external' }, []).ok,
  ).toBe(false);
  // ...and it simulates as drawn: the PSP is called once per API job and once per database query.
  const loaded = loadProject(input);
  if (!loaded.ok) throw new Error('expected the file to open');
  const r = simulate(loaded.project, {
    variant: variant.id as string,
    scenario: loaded.project.scenarios[0]!.id,
  });
  expect(r.nodes.db!.served).toBeGreaterThan(0);
  expect(r.nodes.psp!.arrivals).toBe(r.nodes.api!.served + r.nodes.db!.served);
});

test('a second consumer edge from one queue into one service is only a warning', () => {
  const input = minimal();
  variantOf(input).edges.push({ id: 'jobs-worker-2', from: 'jobs', to: 'worker', kind: 'consume' });
  expect(report(input)).toEqual({
    errors: [],
    warnings: [
      `variants[0].edges[6]: second consume edge from queue "Jobs" into service "Worker" (edges[3] already consumes it): raise the consume edge's concurrency instead`,
    ],
  });
});

test('a queue cannot be its own dead-letter queue', () => {
  const input = minimal();
  Object.assign(variantOf(input).nodes[3] ?? {}, { deadLetterQueue: 'jobs' });
  expect(report(input).errors).toEqual([
    'variants[0].nodes[3].deadLetterQueue: a queue cannot be its own dead-letter queue',
  ]);
});

test('a longer call cycle is named in call order by node names, once', () => {
  const input = minimal();
  const variant = variantOf(input);
  variant.nodes.push(
    { id: 'a', name: 'Ledger', kind: 'service' },
    { id: 'b', name: 'Fraud check', kind: 'service' },
  );
  variant.edges.push(
    { id: 'api-a', from: 'api', to: 'a', kind: 'call' },
    { id: 'a-b', from: 'a', to: 'b', kind: 'call' },
    { id: 'b-api', from: 'b', to: 'api', kind: 'call' },
  );
  expect(report(input).warnings).toEqual([
    'variants[0].edges[6]: synchronous call cycle API → Ledger → Fraud check → API: each hop holds a worker while waiting for the next',
  ]);
});

test('faults: a client-only target is an error, a fault after the end a warning', () => {
  const input = minimal();
  const scenario = input.scenarios?.[0];
  if (!scenario) throw new Error('no scenario');
  scenario.faults = [
    { type: 'outage', node: 'web', startS: 1, endS: 2 },
    { type: 'errors', node: 'db', startS: 60, endS: 70, rate: 0.5 },
  ];
  expect(report(input)).toEqual({
    errors: [
      'scenarios[0].faults[0].node: "Web" is a client; faults apply to services, databases, externals, caches, queues and topics',
    ],
    warnings: [
      'scenarios[0].faults[1].startS: starts at 60 s, after the scenario ends (durationS 60): it never happens',
    ],
  });
});

test('a roadmap from a variant to itself is a warning, an unknown variant an error', () => {
  const input = minimal();
  input.roadmap = { from: 'as-is', to: 'as-is' };
  expect(report(input)).toEqual({
    errors: [],
    warnings: ['roadmap.to: the roadmap goes from variant "as-is" to itself'],
  });
  input.roadmap = { from: 'before', to: 'as-is' };
  expect(report(input).errors).toEqual(['roadmap.from: no variant "before"']);
});
