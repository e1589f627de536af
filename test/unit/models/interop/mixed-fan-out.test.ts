// Defect 6 of issue 15: a service that calls a, then b, then c ten times three at a time. The
// importer infers the stages from span times, and the imported model simulates close to the
// traces' own duration, where all-parallel or all-sequential would not.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { observedStages, stageKind } from '../../../../models/interop/call-stages';
import { importTraces } from '../../../../models/interop/import-traces';
import type { Project } from '../../../../models/types';
import { simulate } from '../../../../simulator/simulate';

const call = (target: string, start: number, end: number) => ({ target, start, end });
const shape = (calls: ReturnType<typeof call>[]) =>
  observedStages(calls).map((s) => Object.fromEntries(s));

describe('stages from span times', () => {
  test('a, then b, then c three at a time (a pool)', () => {
    const calls = [call('a', 0, 100), call('b', 100, 150)];
    const free = [150, 150, 150];
    for (let j = 0; j < 10; j++) {
      const i = free.indexOf(Math.min(...free));
      calls.push(call('c', free[i]!, free[i]! + 60 + j));
      free[i] = free[i]! + 60 + j;
    }
    const stages = observedStages(calls);
    expect(shape(calls)).toEqual([
      { a: { calls: 1, atATime: 1 } },
      { b: { calls: 1, atATime: 1 } },
      { c: { calls: 10, atATime: 3 } },
    ]);
    expect(stageKind(stages)).toBe('mixed');
  });

  test('waves of three that end together are one stage of c, three at a time', () => {
    const calls = [0, 1, 2, 3].flatMap((w) =>
      Array.from({ length: w === 3 ? 1 : 3 }, () => call('c', w * 60, w * 60 + 60)),
    );
    expect(shape(calls)).toEqual([{ c: { calls: 10, atATime: 3 } }]);
    expect(stageKind(observedStages(calls))).toBe('mixed');
  });

  test('one after the other is sequential; all overlapping at once is parallel', () => {
    const sequential = [call('a', 0, 10), call('b', 10, 20), call('a', 20, 30), call('a', 30, 40)];
    expect(stageKind(observedStages(sequential))).toBe('sequential');
    const parallel = [call('a', 0, 10), call('b', 1, 12), call('c', 2, 5), call('c', 3, 9)];
    expect(shape(parallel)).toEqual([
      { a: { calls: 1, atATime: 1 }, b: { calls: 1, atATime: 1 }, c: { calls: 2, atATime: 2 } },
    ]);
    expect(stageKind(observedStages(parallel))).toBe('parallel');
  });

  test('two calls at once, then one: mixed', () => {
    const calls = [call('a', 0, 10), call('b', 0, 8), call('c', 10, 20)];
    expect(shape(calls)).toEqual([
      { a: { calls: 1, atATime: 1 }, b: { calls: 1, atATime: 1 } },
      { c: { calls: 1, atATime: 1 } },
    ]);
    expect(stageKind(observedStages(calls))).toBe('mixed');
  });
});

describe('the imported model simulates like the traces', () => {
  const text = readFileSync(
    join(__dirname, '../../../fixtures/traces/corpus/mixed-fan-out/traces.otlp.json'),
    'utf8',
  );
  const { project, summary } = importTraces(text);
  const roots = (
    JSON.parse(text) as {
      resourceSpans: {
        scopeSpans: {
          spans: { parentSpanId?: string; startTimeUnixNano: string; endTimeUnixNano: string }[];
        }[];
      }[];
    }
  ).resourceSpans
    .flatMap((r) => r.scopeSpans.flatMap((s) => s.spans))
    .filter((s) => !s.parentSpanId)
    .map((s) => Number(BigInt(s.endTimeUnixNano) - BigInt(s.startTimeUnixNano)) / 1e6)
    .sort((a, b) => a - b);
  const traceP50 = (roots[3]! + roots[4]!) / 2;

  const p50With = (callMode: string | null): number => {
    const p = structuredClone(project) as Project;
    const checkout = p.variants[0]!.nodes.find((n) => n.id === 'checkout')!;
    if (callMode !== null) Object.assign(checkout, { callMode, stages: undefined });
    return simulate(p, { variant: p.variants[0]!.id, scenario: 'observed-load', seed: 1 }).entry
      .latencyMs.p50;
  };

  test('the summary says which stages it found', () => {
    expect(summary.inferred).toContain(
      'service checkout: calls in 3 stages (a | b | c ×10, 3 at a time): 8 executions in stages, 8 of them in this order; 0 all at once or one after the other',
    );
  });

  test('p50 within 5 % of the traces, far from all-parallel and all-sequential', () => {
    expect(roots).toHaveLength(8);
    const staged = p50With(null);
    const parallel = p50With('parallel');
    const sequential = p50With('sequential');
    console.log(
      `mixed fan-out: traces p50 ${traceP50.toFixed(1)} ms; imported (stages) ${staged.toFixed(1)}, all parallel ${parallel.toFixed(1)}, all sequential ${sequential.toFixed(1)}`,
    );
    expect(Math.abs(staged / traceP50 - 1)).toBeLessThan(0.05);
    expect(parallel / traceP50).toBeLessThan(0.5);
    expect(sequential / traceP50).toBeGreaterThan(1.5);
  });
});
