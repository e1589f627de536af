// Round trip of a staged service: simulate it with synthetic traces, write them as OTLP JSON
// and import them back: the same stages, limit and counts, and the same latency.
import { describe, expect, test } from 'vitest';
import { importTraces } from '../../../../models/interop/import-traces';
import { spansToOtlp } from '../../../../models/interop/spans-to-otlp';
import type { Project } from '../../../../models/types';
import { simulate } from '../../../../simulator/simulate';
import { call, client, constantLoad, project, service } from '../../../helpers/build-project';

const lognormal = (p50: number, p99: number) => ({ type: 'lognormal', p50, p99 });

/** front: x and y at once, then z six times two at a time. */
const original: Project = project(
  [
    client('web'),
    service('front', {
      serviceTimeMs: lognormal(3, 10),
      concurrency: 200,
      callMode: 'stages',
      stages: [
        { edges: ['front-x', 'front-y'] },
        { edges: ['front-z'], atATime: { 'front-z': 2 } },
      ],
    }),
    service('x', { serviceTimeMs: lognormal(20, 60), concurrency: 200 }),
    service('y', { serviceTimeMs: lognormal(10, 30), concurrency: 200 }),
    service('z', { serviceTimeMs: lognormal(8, 25), concurrency: 200 }),
  ],
  [call('web', 'front'), call('front', 'x'), call('front', 'y'), call('front', 'z', { count: 6 })],
  { durationS: 60, warmupS: 2, load: constantLoad(20, 'web') },
);

describe('a staged service: simulate → OTLP → import', () => {
  const result = simulate(original, { variant: 'v', scenario: 's', traces: { maxRequests: 500 } });
  const otlp = spansToOtlp(result.traces ?? [], { epochMs: Date.UTC(2026, 0, 1) });
  const { project: imported, summary } = importTraces(JSON.stringify(otlp));
  const variant = imported.variants[0]!;
  const front = variant.nodes.find((n) => n.id === 'front');

  test('the stages, their order and the limit come back', () => {
    expect(summary.traces).toBeGreaterThanOrEqual(450);
    expect(front && 'callMode' in front && front.callMode).toBe('stages');
    expect(front && 'stages' in front && front.stages).toEqual([
      { edges: ['call-front-x', 'call-front-y'] },
      { edges: ['call-front-z'], atATime: { 'call-front-z': 2 } },
    ]);
    const z = variant.edges.find((e) => e.id === 'call-front-z');
    expect(z?.kind === 'call' && z.count).toBe(6);
  });

  test('the imported model simulates like the original (entry latency within 10%)', () => {
    const again = simulate(imported, { variant: variant.id, scenario: 'observed-load' });
    for (const key of ['mean', 'p50', 'p95'] as const) {
      const a = again.entry.latencyMs[key];
      const b = result.entry.latencyMs[key];
      expect(Math.abs(a / b - 1), `${key} ${a} vs ${b}`).toBeLessThan(0.1);
    }
  });
});
