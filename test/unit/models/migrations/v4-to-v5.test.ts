// Version 5 adds a service's `stages` (callMode "stages") and `autoscale`. A version 4 file has none, so the
// upgrade only changes the version number and every simulated number stays what it was; a
// staged file's mistakes are refused at their paths.
import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { loadProject } from '../../../../models/load';
import { v4ToV5 } from '../../../../models/migrations/v4-to-v5';
import { formatProblem } from '../../../../models/problem';
import { simulate } from '../../../../simulator/simulate';

const example = JSON.parse(readFileSync('models/examples/order-placement.json', 'utf8')) as Record<
  string,
  unknown
>;

test('a version 4 file upgrades to version 5 unchanged but for the version', () => {
  expect(v4ToV5.migrate({ ...example, version: 4 })).toEqual(example);
});

test('a version 4 file loads with the upgrade warning, no stages, and simulates as before', () => {
  const old = loadProject({ ...example, version: 4 });
  const current = loadProject(example);
  if (!old.ok || !current.ok) throw new Error('the example must load');
  expect(old.warnings.map(formatProblem)).toContain(
    'version: upgraded from version 4 to 5 (services may run their calls in ordered stages and scale their replicas automatically (none in this file: unchanged)); saving writes version 5',
  );
  for (const v of old.project.variants)
    for (const n of v.nodes) {
      expect('stages' in n ? n.stages : undefined).toBe(undefined);
      expect('autoscale' in n ? n.autoscale : undefined).toBe(undefined);
    }
  expect(old.project).toEqual(current.project);
  const variant = old.project.variants[0]!.id;
  const scenario = old.project.scenarios[0]!.id;
  const run = (p: typeof old.project) => ({ ...simulate(p, { variant, scenario }), wallMs: 0 });
  expect(run(old.project)).toEqual(run(current.project));
});

/** A checkout that calls a, then b, then c ten times three at a time. */
function staged(fields: Record<string, unknown> = {}, extraEdges: Record<string, unknown>[] = []) {
  return {
    format: 'spillway',
    version: 5,
    name: 'stages',
    variants: [
      {
        id: 'v',
        name: 'v',
        nodes: [
          { id: 'web', name: 'Web', kind: 'client' },
          {
            id: 'checkout',
            name: 'Checkout',
            kind: 'service',
            callMode: 'stages',
            stages: [
              { edges: ['to-a'] },
              { edges: ['to-b'] },
              { edges: ['to-c'], atATime: { 'to-c': 3 } },
            ],
            ...fields,
          },
          { id: 'a', name: 'A', kind: 'service' },
          { id: 'b', name: 'B', kind: 'service' },
          { id: 'c', name: 'C', kind: 'service' },
        ],
        edges: [
          { id: 'in', kind: 'call', from: 'web', to: 'checkout' },
          { id: 'to-a', kind: 'call', from: 'checkout', to: 'a' },
          { id: 'to-b', kind: 'call', from: 'checkout', to: 'b' },
          { id: 'to-c', kind: 'call', from: 'checkout', to: 'c', count: 10 },
          ...extraEdges,
        ],
      },
    ],
  };
}

const problems = (doc: unknown): { errors: string[]; warnings: string[] } => {
  const r = loadProject(doc);
  return r.ok
    ? { errors: [], warnings: r.warnings.map(formatProblem) }
    : { errors: r.errors.map(formatProblem), warnings: [] };
};

test('a staged service loads with its stages', () => {
  const r = loadProject(staged());
  expect(r.ok).toBe(true);
  if (!r.ok) return;
  expect(r.warnings).toEqual([]);
  const node = r.project.variants[0]!.nodes[1]!;
  expect('stages' in node && node.stages).toEqual([
    { edges: ['to-a'] },
    { edges: ['to-b'] },
    { edges: ['to-c'], atATime: { 'to-c': 3 } },
  ]);
});

test('each mistake in a stage is refused at its path, saying why', () => {
  const at = 'variants[0].nodes[1]';
  const cases: [Record<string, unknown>, Record<string, unknown>[], string][] = [
    [
      { callMode: 'parallel' },
      [],
      `${at}.stages: stages apply only when callMode is "stages" (this node's is "parallel")`,
    ],
    [
      { stages: [{ edges: ['to-x'] }] },
      [],
      `${at}.stages[0].edges[0]: no edge "to-x" in this variant`,
    ],
    [
      { stages: [{ edges: ['in'] }] },
      [],
      `${at}.stages[0].edges[0]: edges[0] ("in") is not a call or publish of service "Checkout": a stage holds the node's own outbound calls and publishes`,
    ],
    [
      { stages: [{ edges: ['to-a', 'to-b'] }, { edges: ['to-a'] }] },
      [],
      `${at}.stages[1].edges[0]: edge "to-a" is already in stage 1: an edge belongs to one stage, once`,
    ],
    [
      { stages: [{ edges: ['to-a'], atATime: { 'to-c': 2 } }] },
      [],
      `${at}.stages[0].atATime["to-c"]: edge "to-c" is not in this stage: a limit applies to an edge of its stage`,
    ],
    [
      { stages: [{ edges: ['to-c'], atATime: { 'to-c': 0 } }] },
      [],
      `${at}.stages[0].atATime["to-c"]: must be`,
    ],
    [{ stages: [{ edges: [] }] }, [], `${at}.stages[0].edges: `],
    [
      {},
      [{ id: 'undo', kind: 'call', from: 'checkout', to: 'a', when: 'onFailure' }],
      `${at}.callMode: service "Checkout" runs in stages, and edges[4] has a condition or an outcome group`,
    ],
  ];
  for (const [fields, edges, message] of cases) {
    const { errors } = problems(staged(fields, edges));
    expect(errors, JSON.stringify(fields)).toHaveLength(1);
    expect(errors[0]).toContain(message);
  }
});

test('a limit at or above the count is a warning: all the calls run at once anyway', () => {
  const { errors, warnings } = problems(
    staged({ stages: [{ edges: ['to-a', 'to-c'], atATime: { 'to-c': 10 } }] }),
  );
  expect(errors).toEqual([]);
  expect(warnings).toEqual([
    'variants[0].nodes[1].stages[0].atATime["to-c"]: 10 at a time with 10 calls per request: all of them run at once anyway',
  ]);
});
