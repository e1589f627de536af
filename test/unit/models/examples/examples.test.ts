import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { EXAMPLES } from '../../../../models/examples';
import { loadProject } from '../../../../models/load';
import { serializeProject } from '../../../../models/serialize';
import { formatProblem } from '../../../../models/problem';
import { CURRENT_VERSION } from '../../../../models/schema/project';
import { runValidate, spawnValidate } from '../../../helpers/cli-harness';

const SCENARIOS: Record<string, string[]> = {
  'client-portal': ['normal-day', 'quarterly-peak', 'statement-slowdown'],
  'parcel-tracking': ['promotion-peak', 'billing-outage'],
  'order-placement': ['flash-sale', 'payment-provider-slowdown'],
};

test('the three built-in examples are there, in order', () => {
  expect(EXAMPLES.map((e) => e.id)).toEqual([
    'client-portal',
    'parcel-tracking',
    'order-placement',
  ]);
});

describe.each(EXAMPLES.map((e) => [e.id, e] as const))('example %s', (id, example) => {
  const file = `models/examples/${id}.json`;

  test('validates with exit 0, no output and no warnings', async () => {
    const outcome = await runValidate(file);
    expect(outcome).toEqual({ code: 0, stdout: '', stderrLines: [] });
  });

  test('is a current-version file in canonical form (what the editor would save)', () => {
    const text = readFileSync(file, 'utf8');
    const result = loadProject(text);
    if (!result.ok) throw new Error(result.errors.map(formatProblem).join('\n'));
    expect(JSON.parse(text).version).toBe(CURRENT_VERSION);
    expect(serializeProject(result.project)).toBe(text);
    expect(result.project).toEqual(example.project);
  });

  test('has as-is and to-be variants sharing node ids, and at least two scenarios', () => {
    const [asIs, toBe] = example.project.variants;
    expect([asIs?.id, toBe?.id]).toEqual(['as-is', 'to-be']);
    const toBeIds = new Set(toBe?.nodes.map((n) => n.id));
    const shared = (asIs?.nodes ?? []).filter((n) => toBeIds.has(n.id));
    expect(shared.length).toBeGreaterThanOrEqual(3);
    expect(example.project.scenarios.length).toBeGreaterThanOrEqual(2);
    for (const want of SCENARIOS[id] ?? [])
      expect(example.project.scenarios.map((s) => s.id)).toContain(want);
    expect(example.project.description?.length ?? 0).toBeGreaterThan(200);
  });

  test('as-is is synchronous and to-be is decoupled through brokers', () => {
    const [asIs, toBe] = example.project.variants;
    expect(asIs?.edges.every((e) => e.kind === 'call')).toBe(true);
    expect(toBe?.edges.some((e) => e.kind === 'publish')).toBe(true);
    expect(toBe?.edges.some((e) => e.kind === 'consume')).toBe(true);
    expect(
      toBe?.nodes.some(
        (n) => (n.kind === 'queue' || n.kind === 'topic') && n.deadLetterQueue !== null,
      ),
    ).toBe(true);
    const publishes = toBe?.edges.filter((e) => e.kind === 'publish') ?? [];
    expect(publishes.every((e) => e.kind === 'publish' && (e.message ?? '') !== '')).toBe(true);
  });

  test('nodes are laid out, not stacked at the origin', () => {
    for (const variant of example.project.variants) {
      const spots = new Set(variant.nodes.map((n) => `${n.position.x},${n.position.y}`));
      expect(spots.size).toBe(variant.nodes.length);
    }
  });
});

test('the CLI accepts an example as a real process', () => {
  expect(spawnValidate('models/examples/client-portal.json')).toEqual({
    code: 0,
    stdout: '',
    stderrLines: [],
  });
});

/**
 * The client portal's story rests on capacity: on a normal day every tier of the chain has
 * spare workers, in the quarterly peak the statement generator's offered load exceeds its
 * capacity (workers / mean holding time), and it is the first tier to do so.
 */
test('client portal: the statement generator saturates in the peak and only there', () => {
  const project = EXAMPLES.find((e) => e.id === 'client-portal')?.project;
  const asIs = project?.variants.find((v) => v.id === 'as-is');
  if (!project || !asIs) throw new Error('client portal as-is missing');
  const meanMs = (id: string): number => {
    const node = asIs.nodes.find((n) => n.id === id);
    if (!node || !('serviceTimeMs' in node)) throw new Error(`${id} is not service-like`);
    const d = node.serviceTimeMs;
    if (d.type !== 'lognormal') throw new Error('expected lognormal service times');
    const sigma = Math.log(d.p99 / d.p50) / 2.3263;
    return d.p50 * Math.exp((sigma * sigma) / 2);
  };
  const workers = (id: string): number => {
    const node = asIs.nodes.find((n) => n.id === id);
    return node && 'replicas' in node ? node.replicas * node.concurrency : 0;
  };
  const dbCalls = asIs.edges.find(
    (e) => e.from === 'statement-generation' && e.to === 'accounts-db',
  );
  const statementHoldS =
    (meanMs('statement-generation') +
      (dbCalls?.kind === 'call' ? dbCalls.count : 0) * meanMs('accounts-db')) /
    1000;
  const capacityRps = workers('statement-generation') / statementHoldS;
  const peak = project.scenarios.find((s) => s.id === 'quarterly-peak')?.load[0]?.shape;
  const normal = project.scenarios.find((s) => s.id === 'normal-day')?.load[0]?.shape;
  if (peak?.type !== 'spike' || normal?.type !== 'steps') throw new Error('unexpected shapes');
  const normalMax = Math.max(...normal.points.map((p) => p[1]));
  expect(normalMax / capacityRps).toBeLessThan(0.5);
  expect(peak.peakRps / capacityRps).toBeGreaterThan(1.3);
  expect(peak.peakRps / peak.baseRps).toBeGreaterThanOrEqual(4);
  // Upstream tiers hold their workers through the statement call, yet have room at the statement tier's capacity.
  const identityHoldS =
    (meanMs('identity-validation') + meanMs('balance-verification') + meanMs('accounts-db')) /
      1000 +
    statementHoldS;
  expect((capacityRps * identityHoldS) / workers('identity-validation')).toBeLessThan(1);
});
