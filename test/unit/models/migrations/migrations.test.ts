import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { loadProject } from '../../../../models/load';
import { MIGRATIONS, OLDEST_VERSION } from '../../../../models/migrations';
import { CURRENT_VERSION } from '../../../../models/schema/project';
import { serializeProject } from '../../../../models/serialize';
import { formatProblem } from '../../../../models/problem';

const read = (name: string): string => readFileSync(`test/fixtures/v0/${name}`, 'utf8');

test('the migrations form a chain from the oldest version to the current one', () => {
  expect(OLDEST_VERSION).toBe(0);
  expect(MIGRATIONS.map((m) => m.from)).toEqual(
    Array.from({ length: CURRENT_VERSION - OLDEST_VERSION }, (_, i) => OLDEST_VERSION + i),
  );
});

test('a hand-made v0 file is upgraded to the current version and validates', () => {
  const result = loadProject(read('checkout.json'));
  if (!result.ok) throw new Error(result.errors.map(formatProblem).join('\n'));
  const { project } = result;
  expect(project.version).toBe(CURRENT_VERSION);
  expect(project.format).toBe('spillway');
  expect(project.variants.map((v) => v.id)).toEqual(['as-is']);
  const [variant] = project.variants;
  const checkout = variant?.nodes.find((n) => n.id === 'checkout');
  expect(checkout).toMatchObject({
    kind: 'service',
    position: { x: 250, y: 100 },
    serviceTimeMs: { type: 'constant', value: 12 },
    concurrency: 16,
  });
  expect(variant?.edges.map((e) => e.kind)).toEqual(['call', 'call', 'publish', 'consume']);
  expect(project.scenarios[0]?.load).toEqual([
    { client: 'shop', shape: { type: 'constant', rps: 25 } },
  ]);
  const steps = MIGRATIONS.map((m) => m.summary).join('; ');
  expect(steps).toMatch(
    /^one system per file became a project with variants; consumer concurrency became per replica of the consuming service; queues and topics may carry a message time-to-live/,
  );
  expect(result.warnings.map(formatProblem)).toEqual([
    `version: upgraded from version 0 to ${CURRENT_VERSION} (${steps}); saving writes version ${CURRENT_VERSION}`,
  ]);
});

test('an upgraded file saves in the current version and reloads without the upgrade warning', () => {
  const first = loadProject(read('checkout.json'));
  if (!first.ok) throw new Error('v0 fixture must load');
  const text = serializeProject(first.project);
  expect(JSON.parse(text).version).toBe(CURRENT_VERSION);
  const second = loadProject(text);
  expect(second).toEqual({ ok: true, project: first.project, warnings: [] });
});

test('errors in an old file are reported on the upgraded shape, after the upgrade warning', () => {
  const result = loadProject(read('broken.json'));
  expect(result.ok).toBe(false);
  if (result.ok) return;
  expect(result.errors.map(formatProblem)).toEqual([
    'variants[0].nodes[1].serviceTimeMs.value: must be a number >= 0, got -5',
  ]);
  expect(result.warnings[0]?.path).toBe('version');
});

test('versions outside the readable range are refused with the range', () => {
  for (const version of [-1, CURRENT_VERSION + 1, 99]) {
    const result = loadProject({ format: 'spillway', version, name: 'x', variants: [] });
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.errors.map(formatProblem)).toEqual([
        `version: unsupported version ${version}; this Spillway reads versions 0 to ${CURRENT_VERSION}`,
      ]);
  }
});
