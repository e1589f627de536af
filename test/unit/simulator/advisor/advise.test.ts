// The migration advisor: what it ranks first where queueing theory says which change helps,
// that its plan replays as a roadmap, that it is deterministic, and that it says when the
// objectives stay missed.
import { describe, expect, test } from 'vitest';
import { applySteps } from '../../../../models/roadmap/apply-steps';
import type { Project } from '../../../../models/types';
import { addAdvisedVariant } from '../../../../models/variants/add-advised-variant';
import { loadProjectFile } from '../../../../simulator/cli/load-file';
import { advise, compareDesigns } from '../../../../simulator/advisor/advise';
import { usedOf, type DesignFigures } from '../../../../simulator/advisor/evaluate-design';
import { call, client, constantLoad, project, service } from '../../../helpers/build-project';

/**
 * c → front → slow, 60 requests/s. front: 64 workers, 5 ms each. slow: 4 workers, 100 ms each,
 * so it serves at most 4 / 0.1 s = 40 requests/s: under 60/s its backlog grows by 20/s without
 * end, and the chain's latency with it — "99 % within 500 ms" cannot hold. Decoupling
 * front → slow answers each request after front's 5 ms and the broker's acknowledgement.
 */
function overloadedChain(maxMessageAgeMs: number | null): Project {
  return {
    ...project(
      [
        client(),
        service('front', { concurrency: 64, serviceTimeMs: { type: 'constant', value: 5 } }),
        service('slow', { concurrency: 4, serviceTimeMs: { type: 'constant', value: 100 } }),
      ],
      [call('c', 'front'), call('front', 'slow')],
      { durationS: 60, warmupS: 5, seed: 11, load: constantLoad(60) },
    ),
    slo: { latencyPercentile: 99, latencyTargetMs: 500, availability: 0.99, maxMessageAgeMs },
  };
}

const options = { variant: 'v', scenario: 's', replications: 2, maxSteps: 3 };

describe('how much of an objective a design uses', () => {
  test('shares: the error budget burnt, (1 − measured) / (1 − target)', () => {
    expect(usedOf({ mean: 0.9995, target: 0.999, better: 'higher' })).toBeCloseTo(0.5, 12);
    expect(usedOf({ mean: 0.998, target: 0.999, better: 'higher' })).toBeCloseTo(2, 12);
    expect(usedOf({ mean: 1, target: 1, better: 'higher' })).toBe(0);
    expect(usedOf({ mean: 0.5, target: 1, better: 'higher' })).toBe(Infinity);
  });
  test('message age: the oldest over the limit', () => {
    expect(usedOf({ mean: 30_000, target: 60_000, better: 'lower' })).toBe(0.5);
  });
});

describe('which design is better', () => {
  const design = (fields: Partial<DesignFigures>): DesignFigures => ({
    holds: false,
    objectives: [],
    worstUsed: 1,
    successRate: null,
    errorRate: { mean: 0.01, ci95: 0 },
    p99Ms: { mean: 100, ci95: 0 },
    completionP99Ms: null,
    cutShort: 0,
    ...fields,
  });
  test('objectives held, then less of the worst allowance used, then p99, then errors', () => {
    expect(
      compareDesigns(design({ holds: true, worstUsed: 0.9 }), design({ worstUsed: 0.1 })),
    ).toBeLessThan(0);
    expect(compareDesigns(design({ worstUsed: 2 }), design({ worstUsed: 3 }))).toBeLessThan(0);
    expect(compareDesigns(design({ p99Ms: { mean: 90, ci95: 0 } }), design({}))).toBeLessThan(0);
    expect(
      compareDesigns(design({ errorRate: { mean: 0.02, ci95: 0 } }), design({})),
    ).toBeGreaterThan(0);
    expect(compareDesigns(design({}), design({}))).toBe(0);
  });
});

const p = overloadedChain(null);
const advice = await advise(p, options);

describe('advise on an overloaded chain', () => {
  test('the chain misses the latency objective as it is (slow serves 40/s of the 60/s)', () => {
    expect(advice.baseline.holds).toBe(false);
    expect(advice.baseline.objectives.find((o) => o.id === 'latency')?.met).toBe(false);
  });

  test('decoupling front → slow ranks first and one change meets the objectives', () => {
    expect(advice.ranking[0]).toMatchObject({
      transformation: 'decoupleThroughQueue',
      target: 'front-slow',
    });
    expect(advice.ranking[0]?.figures.holds).toBe(true);
    // front's 5 ms plus a publish acknowledgement: far below the 500 ms target.
    expect(advice.ranking[0]?.figures.p99Ms?.mean).toBeLessThan(50);
    // Timeouts, retries and breakers on the chain cannot add capacity: none holds.
    expect(
      advice.ranking
        .slice(1)
        .every((r) => !r.figures.holds || r.transformation === 'decoupleThroughQueue'),
    ).toBe(true);
    expect(advice.plan.map((s) => s.title)).toEqual(['Decouple front → slow through a queue']);
    expect(advice.end).toBe('objectives-met');
    // The work behind the answer piles up (20/s more than slow can do): completion shows it.
    expect(advice.ranking[0]?.figures.completionP99Ms?.mean).toBeGreaterThan(10_000);
  });

  test('the plan replays as a roadmap: its steps applied to the start give the advised design', () => {
    const start = p.variants[0]!;
    const added = addAdvisedVariant(
      p,
      'v',
      advice.advised,
      advice.plan.map((s) => s.step),
    );
    expect(added.project.roadmap).toMatchObject({ from: 'v', to: 'advised' });
    expect(added.project.roadmap?.steps.every((s) => s.recorded)).toBe(true);
    const replayed = applySteps(start, added.project.roadmap?.steps ?? []);
    const advised = added.project.variants.find((v) => v.id === 'advised')!;
    expect({ nodes: replayed.nodes, edges: replayed.edges }).toEqual({
      nodes: advised.nodes,
      edges: advised.edges,
    });
  });

  test('deterministic: the same project, scenario, seed and budget give the same advice', async () => {
    expect(JSON.stringify(await advise(p, options))).toBe(JSON.stringify(advice));
  });
});

test('with a message-age objective the queue cannot meet, the plan says the objectives stay missed', async () => {
  const advice = await advise(overloadedChain(10_000), options);
  const first = advice.plan[0];
  expect(first?.transformation).toBe('decoupleThroughQueue');
  expect(first?.figures.holds).toBe(false);
  expect(first?.figures.objectives.find((o) => o.id === 'messageAge')?.met).toBe(false);
  expect(['no-improvement', 'max-steps', 'no-candidates']).toContain(advice.end);
});

test('a design that already holds needs no change, and the changes are still ranked', async () => {
  const calm = { ...overloadedChain(null) };
  calm.scenarios = calm.scenarios.map((s) => ({ ...s, load: constantLoad(20) }));
  const advice = await advise(calm, options);
  expect(advice.baseline.holds).toBe(true);
  expect(advice.plan).toEqual([]);
  expect(advice.end).toBe('objectives-met');
  expect(advice.ranking.length).toBeGreaterThan(0);
});

test('Client portal under the quarterly peak: decoupling behind the portal ranks first and meets the objectives', async () => {
  const portal = loadProjectFile('models/examples/client-portal.json');
  const advice = await advise(portal, {
    variant: 'as-is',
    scenario: 'quarterly-peak',
    replications: 1,
    maxSteps: 2,
  });
  // As it is, a quarter of the requests fail at the peak (statement generation saturates).
  expect(advice.baseline.errorRate?.mean).toBeGreaterThan(0.2);
  expect(advice.ranking.slice(0, 3).map((r) => r.transformation)).toEqual([
    'decoupleThroughQueue',
    'decoupleThroughQueue',
    'decoupleThroughQueue',
  ]);
  expect(advice.ranking[0]?.target).toBe('portal-identity');
  expect(advice.plan).toHaveLength(1);
  expect(advice.end).toBe('objectives-met');
}, 120_000);
