// Version 3 adds a queue's or topic's `messageTtlMs`. A version 2 file has none, so the upgrade
// only changes the version number and every simulated number stays what it was.
import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { loadProject } from '../../../../models/load';
import { v2ToV3 } from '../../../../models/migrations/v2-to-v3';
import { formatProblem } from '../../../../models/problem';
import { simulate } from '../../../../simulator/simulate';

const example = JSON.parse(readFileSync('models/examples/parcel-tracking.json', 'utf8')) as Record<
  string,
  unknown
>;

test('a version 2 file upgrades to version 3 unchanged but for the version', () => {
  const v2 = { ...example, version: 2 };
  expect(v2ToV3.migrate(v2)).toEqual({ ...example, version: 3 });
});

test('a version 2 file loads with the upgrade warning, no time-to-live, and simulates as before', () => {
  const old = loadProject({ ...example, version: 2 });
  const current = loadProject(example);
  if (!old.ok || !current.ok) throw new Error('the example must load');
  expect(old.warnings.map(formatProblem)).toContain(
    'version: upgraded from version 2 to 5 (queues and topics may carry a message time-to-live (none in this file: unchanged); services and calls may carry a rate limit, calls and publishes a condition or an outcome group (none in this file: unchanged); services may run their calls in ordered stages and scale their replicas automatically (none in this file: unchanged)); saving writes version 5',
  );
  for (const v of old.project.variants)
    for (const n of v.nodes)
      expect('messageTtlMs' in n ? n.messageTtlMs : undefined).toBe(undefined);
  expect(old.project).toEqual(current.project);
  const run = (p: typeof old.project) => ({
    ...simulate(p, { variant: 'to-be', scenario: 'promotion-peak' }),
    wallMs: 0,
  });
  expect(run(old.project)).toEqual(run(current.project));
});

test('a negative or zero time-to-live is refused at its path', () => {
  for (const ttl of [-1, 0]) {
    const doc = structuredClone(example) as { variants: { nodes: Record<string, unknown>[] }[] };
    const i = doc.variants[1]!.nodes.findIndex((n) => n.kind === 'queue');
    doc.variants[1]!.nodes[i]!.messageTtlMs = ttl;
    const r = loadProject(doc);
    expect(r.ok).toBe(false);
    if (!r.ok)
      expect(r.errors.map(formatProblem)).toEqual([
        `variants[1].nodes[${i}].messageTtlMs: must be a number > 0, got ${ttl}`,
      ]);
  }
});
