import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { expect, test } from 'vitest';
import { consumerWorkers } from '../../../../models/consumer-workers';
import { loadProject } from '../../../../models/load';
import { MIGRATIONS } from '../../../../models/migrations';
import { perReplicaEdge, v1ToV2 } from '../../../../models/migrations/v1-to-v2';
import { CURRENT_VERSION } from '../../../../models/schema/project';
import { formatProblem } from '../../../../models/problem';
import { DEFAULT_SLO } from '../../../../models/schema/slo';
import { serializeProject } from '../../../../models/serialize';
import type { ConsumeEdge, Project } from '../../../../models/types';

const text = readFileSync('test/fixtures/v1/consumers.json', 'utf8');

function load(): Project {
  const result = loadProject(text);
  if (!result.ok) throw new Error(result.errors.map(formatProblem).join('\n'));
  return result.project;
}

function consume(project: Project, id: string): ConsumeEdge {
  const edge = project.variants[1]!.edges.find((e) => e.id === id);
  if (edge?.kind !== 'consume') throw new Error(`no consume edge ${id}`);
  return edge;
}

test('a version 1 file loads, upgraded, with a warning that names the change', () => {
  const result = loadProject(text);
  expect(result.ok).toBe(true);
  expect(result.warnings.map(formatProblem)).toEqual([
    `version: upgraded from version 1 to ${CURRENT_VERSION} (${MIGRATIONS.slice(1)
      .map((m) => m.summary)
      .join('; ')}); saving writes version ${CURRENT_VERSION}`,
  ]);
  if (result.ok) expect(result.project.slo).toEqual(DEFAULT_SLO);
});

test('each old total becomes a per-replica figure with the same total (capped where R does not divide it)', () => {
  const project = load();
  // billing: 64 over 3 replicas → 22 each, capped at 64.
  expect(consume(project, 'placed-billing')).toMatchObject({ concurrency: 22, maxConsumers: 64 });
  // mailer: the v1 default of 4 in all over 4 replicas → 1 each, no cap needed.
  expect(consume(project, 'placed-mailer')).toMatchObject({ concurrency: 1, maxConsumers: null });
  // audit: 2 over 3 replicas → 1 each, capped at 2 (one replica's consumer stays idle).
  expect(consume(project, 'placed-audit')).toMatchObject({ concurrency: 1, maxConsumers: 2 });
  const totals = (['placed-billing', 'placed-mailer', 'placed-audit'] as const).map((id) => {
    const edge = consume(project, id);
    const to = project.variants[1]!.nodes.find((n) => n.id === edge.to)!;
    return consumerWorkers(edge, 'replicas' in to ? to.replicas : 1).total;
  });
  expect(totals).toEqual([64, 4, 2]);
});

test('a consume edge recorded in a roadmap step is converted with the target variant’s replicas', () => {
  const project = load();
  const change = project.roadmap!.steps[0]!.changes[0]!;
  expect(change).toMatchObject({
    op: 'addEdge',
    edge: { id: 'placed-billing', concurrency: 22, maxConsumers: 64 },
  });
});

test('the upgraded file saves in the current version and reloads unchanged, without a warning', () => {
  const project = load();
  const saved = serializeProject(project);
  expect(JSON.parse(saved).version).toBe(CURRENT_VERSION);
  expect(loadProject(saved)).toEqual({ ok: true, project, warnings: [] });
});

test('for any total and replica count the upgrade keeps the total exactly', () => {
  fc.assert(
    fc.property(fc.integer({ min: 1, max: 500 }), fc.integer({ min: 1, max: 40 }), (t, r) => {
      const edge = perReplicaEdge(
        { id: 'e', from: 'q', to: 's', kind: 'consume', concurrency: t },
        r,
      ) as ConsumeEdge;
      expect(consumerWorkers(edge, r).total).toBe(t);
      // and the cap appears only when it is needed
      expect(edge.maxConsumers === null).toBe(t % r === 0);
    }),
  );
});

test('what the upgrade cannot read is left for the validator to report', () => {
  const doc = {
    format: 'spillway',
    version: 1,
    name: 'x',
    variants: [
      {
        id: 'v',
        name: 'v',
        nodes: [{ id: 's', name: 's', kind: 'service', replicas: 'two' }],
        edges: [{ id: 'e', from: 'q', to: 's', kind: 'consume', concurrency: 3 }],
      },
    ],
  };
  const out = v1ToV2.migrate(doc) as typeof doc;
  expect(out.variants[0]!.edges[0]).toEqual(doc.variants[0]!.edges[0]);
  const result = loadProject(doc);
  expect(result.ok).toBe(false);
  if (!result.ok)
    expect(result.errors.map(formatProblem)).toContain(
      'variants[0].nodes[0].replicas: must be an integer, got "two"',
    );
});
