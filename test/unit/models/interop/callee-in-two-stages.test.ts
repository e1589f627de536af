// Defect 6 of issue 15: a callee met in two stages that are not next to each other (auth | b, c |
// auth) gets an edge in each stage, its calls per request shared as the stages had them; the
// imported model simulates like the traces (fixture: corpus/callee-in-two-stages).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import type { EdgeInput } from '../../../../models/interop/call-edge';
import { plainCallEdge } from '../../../../models/interop/call-edge';
import { stagedEdges } from '../../../../models/interop/staged-edges';
import { importTraces } from '../../../../models/interop/import-traces';
import { simulate } from '../../../../simulator/simulate';

const stage = (calls: Record<string, number>, atATime: Record<string, number> = {}) => ({
  targets: Object.keys(calls).sort(),
  calls: new Map(Object.entries(calls)),
  atATime: new Map(Object.keys(calls).map((t) => [t, atATime[t] ?? 1])),
});
const id = (name: string): string => name;

describe('an edge per stage', () => {
  test('auth once before b, then three times two at a time after it: 1 and 3 calls per request', () => {
    const edges: EdgeInput[] = [
      plainCallEdge('x', 'auth', { count: 4, probability: 1 }),
      plainCallEdge('x', 'b', { count: 1, probability: 1 }),
    ];
    const r = stagedEdges(
      'x',
      {
        stages: [stage({ auth: 1 }), stage({ b: 1 }), stage({ auth: 3 }, { auth: 2 })],
        executions: 5,
      },
      edges,
      id,
    );
    expect(edges.map((e) => [e.id, e.kind === 'call' && e.count])).toEqual([
      ['call-x-auth', 1],
      ['call-x-auth-2', 3],
      ['call-x-b', 1],
    ]);
    expect(r.stages).toEqual([
      { edges: ['call-x-auth'] },
      { edges: ['call-x-b'] },
      { edges: ['call-x-auth-2'], atATime: { 'call-x-auth-2': 2 } },
    ]);
    expect(r.words).toBe('auth | b | auth ×3, 2 at a time');
    expect(r.lines).toEqual([
      'call x → auth: in 2 stages, an edge each: call-x-auth in stage 1 (1 per request), call-x-auth-2 in stage 3 (3 per request)',
    ]);
  });

  test('calls per request below one are shared too: 0.6 as 0.2 and 0.4 (count 1, probabilities)', () => {
    const edges: EdgeInput[] = [plainCallEdge('x', 'a', { count: 1, probability: 0.6 })];
    stagedEdges(
      'x',
      { stages: [stage({ a: 1 }), stage({ b: 1 }), stage({ a: 2 })], executions: 5 },
      edges,
      id,
    );
    expect(
      edges.map((e) => [e.id, e.kind === 'call' && e.count, e.kind === 'call' && e.probability]),
    ).toEqual([
      ['call-x-a', 1, 0.2],
      ['call-x-a-2', 1, 0.4],
    ]);
  });

  test('a second edge takes an id no edge has yet', () => {
    const edges: EdgeInput[] = [
      plainCallEdge('x', 'a', { count: 2, probability: 1 }),
      { ...plainCallEdge('x', 'b', { count: 1, probability: 1 }), id: 'call-x-a-2' },
    ];
    const r = stagedEdges(
      'x',
      { stages: [stage({ a: 1 }), stage({ b: 1 }), stage({ a: 1 })], executions: 1 },
      edges,
      id,
    );
    // b's edge happens to be called call-x-a-2: a's second edge is call-x-a-3.
    expect(r.stages.map((s) => s.edges)).toEqual([['call-x-a'], ['call-x-a-2'], ['call-x-a-3']]);
  });
});

describe('the imported fixture', () => {
  const text = readFileSync(
    join(__dirname, '../../../fixtures/traces/corpus/callee-in-two-stages/traces.otlp.json'),
    'utf8',
  );
  const { project, summary } = importTraces(text);

  test('the summary names both edges', () => {
    expect(summary.inferred).toContain(
      'service checkout: calls in 3 stages (auth | b, c | auth): 6 executions in stages, 6 of them in this order; 0 all at once or one after the other',
    );
    expect(summary.inferred).toContain(
      'call checkout → auth: in 2 stages, an edge each: call-checkout-auth in stage 1 (1 per request), call-checkout-auth-2 in stage 3 (1 per request)',
    );
  });

  test('p50 within 5 % of the traces’ (137 + i mod 3 ms)', () => {
    const r = simulate(project, {
      variant: project.variants[0]!.id,
      scenario: 'observed-load',
      seed: 1,
    });
    // Root spans: 2 + (30 + i % 3) + 1 + 80 + 1 + 20 + 3; the median of i = 0..5 is 138 ms.
    expect(Math.abs(r.entry.latencyMs.p50 / 138 - 1)).toBeLessThan(0.05);
  });
});
