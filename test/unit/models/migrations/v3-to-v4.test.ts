// Version 4 adds a service's or call's `rateLimit`. A version 3 file has none, so the upgrade
// only changes the version number and every simulated number stays what it was.
import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { loadProject } from '../../../../models/load';
import { v3ToV4 } from '../../../../models/migrations/v3-to-v4';
import { formatProblem } from '../../../../models/problem';
import { simulate } from '../../../../simulator/simulate';

const example = JSON.parse(readFileSync('models/examples/client-portal.json', 'utf8')) as Record<
  string,
  unknown
>;

test('a version 3 file upgrades to version 4 unchanged but for the version', () => {
  expect(v3ToV4.migrate({ ...example, version: 3 })).toEqual({ ...example, version: 4 });
});

test('a version 3 file loads with the upgrade warning, no rate limit, and simulates as before', () => {
  const old = loadProject({ ...example, version: 3 });
  const current = loadProject(example);
  if (!old.ok || !current.ok) throw new Error('the example must load');
  expect(old.warnings.map(formatProblem)).toContain(
    'version: upgraded from version 3 to 5 (services and calls may carry a rate limit, calls and publishes a condition or an outcome group (none in this file: unchanged); services may run their calls in ordered stages and scale their replicas automatically (none in this file: unchanged)); saving writes version 5',
  );
  for (const v of old.project.variants) {
    for (const n of v.nodes) expect('rateLimit' in n ? n.rateLimit : undefined).toBe(undefined);
    for (const e of v.edges) expect('rateLimit' in e ? e.rateLimit : undefined).toBe(undefined);
  }
  expect(old.project).toEqual(current.project);
  const run = (p: typeof old.project) => ({
    ...simulate(p, { variant: 'as-is', scenario: 'normal-day' }),
    wallMs: 0,
  });
  expect(run(old.project)).toEqual(run(current.project));
});

test('a rate limit out of range is refused at its path', () => {
  const cases: [Record<string, unknown>, string][] = [
    [{ rps: 0, burst: 5 }, 'rateLimit.rps: must be a number > 0, got 0'],
    [{ rps: 10, burst: 0 }, 'rateLimit.burst: must be'],
    [{ rps: 10, burst: 2.5 }, 'rateLimit.burst: must be'],
    [{ rps: 10, bursts: 2 }, 'rateLimit'],
  ];
  for (const [limit, message] of cases) {
    const doc = structuredClone(example) as { variants: { nodes: Record<string, unknown>[] }[] };
    const i = doc.variants[0]!.nodes.findIndex((n) => n.kind === 'service');
    doc.variants[0]!.nodes[i]!.rateLimit = limit;
    const r = loadProject(doc);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      const text = r.errors.map(formatProblem);
      expect(text).toHaveLength(1);
      expect(text[0]).toContain(`variants[0].nodes[${i}].${message}`);
    }
  }
});

test('a rate limit on a client or a publish edge is refused at its path', () => {
  const doc = structuredClone(example) as {
    variants: { nodes: Record<string, unknown>[]; edges: Record<string, unknown>[] }[];
  };
  const c = doc.variants[0]!.nodes.findIndex((n) => n.kind === 'client');
  doc.variants[0]!.nodes[c]!.rateLimit = { rps: 5, burst: 1 };
  const r = loadProject(doc);
  expect(r.ok).toBe(false);
  if (!r.ok) expect(r.errors.map(formatProblem).join('\n')).toContain(`variants[0].nodes[${c}]`);
});
