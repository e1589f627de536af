// The trace corpus: each shape in each format it occurs in gives the model written by hand in
// its expected.json (nodes, edges and their fields, entry rate, self-time quantiles within 5%).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { importTraces } from '../../../../models/interop/import-traces';
import type { Distribution, ModelEdge, ModelNode } from '../../../../models/types';
import { SHAPES } from '../../../fixtures/traces/corpus/shapes';
import { corpusText } from '../../../fixtures/traces/corpus/write';

const dir = join(__dirname, '../../../fixtures/traces/corpus');

interface Expected {
  nodes: string[];
  edges: Record<string, Record<string, unknown>>;
  nodeFields?: Record<string, Record<string, unknown>>;
  entryRps: Record<string, number>;
  selfTimeMs: Record<string, { p50: number; p90: number }>;
  repairs?: Record<string, number>;
  unplaced: number;
}

/** Linear interpolation between order statistics. */
function quantile(values: readonly number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  const pos = (sorted.length - 1) * q;
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  return (sorted[lo] as number) + ((sorted[hi] as number) - (sorted[lo] as number)) * (pos - lo);
}

function samples(d: Distribution): number[] {
  if (d.type === 'empirical') return d.values;
  if (d.type === 'constant') return [d.value];
  throw new Error(`expected an empirical fit, got ${d.type}`);
}

const within5 = (actual: number, expected: number): boolean =>
  Math.abs(actual - expected) <= Math.max(0.05 * Math.abs(expected), 1e-9);

const edgeKey = (e: ModelEdge): string => `${e.kind}:${e.from}->${e.to}`;

/** Each edge's key, the second and further edges between the same two nodes with `#2`, `#3`, …. */
function edgeKeys(edges: readonly ModelEdge[]): string[] {
  const seen = new Map<string, number>();
  return edges.map((e) => {
    const n = (seen.get(edgeKey(e)) ?? 0) + 1;
    seen.set(edgeKey(e), n);
    return n === 1 ? edgeKey(e) : `${edgeKey(e)}#${n}`;
  });
}

describe.each(SHAPES.flatMap((shape) => shape.formats.map((format) => ({ shape, format }))))(
  'corpus $shape.name ($format)',
  ({ shape, format }) => {
    const text = readFileSync(join(dir, shape.name, `traces.${format}.json`), 'utf8');
    const expected = JSON.parse(
      readFileSync(join(dir, shape.name, 'expected.json'), 'utf8'),
    ) as Expected;
    const { project, summary } = importTraces(text, { serviceTime: 'empirical' });
    const variant = project.variants[0];
    if (!variant) throw new Error('no variant');
    const node = (id: string): ModelNode | undefined => variant.nodes.find((n) => n.id === id);

    test('the committed file is what write.ts writes', () => {
      expect(text).toBe(`${corpusText(shape, format)}\n`);
    });

    test('nodes and edges', () => {
      expect(variant.nodes.map((n) => `${n.kind}:${n.id}`).sort()).toEqual(
        [...expected.nodes].sort(),
      );
      const keys = edgeKeys(variant.edges);
      expect([...keys].sort()).toEqual(Object.keys(expected.edges).sort());
      variant.edges.forEach((e, i) =>
        expect(e, keys[i]).toMatchObject(expected.edges[keys[i]!] ?? {}),
      );
      for (const [id, fields] of Object.entries(expected.nodeFields ?? {}))
        expect(node(id), id).toMatchObject(fields);
    });

    test('entry rate per client', () => {
      const load = project.scenarios[0]?.load ?? [];
      expect(load.map((l) => l.client).sort()).toEqual(Object.keys(expected.entryRps).sort());
      for (const l of load) {
        const rps = l.shape.type === 'constant' ? l.shape.rps : Number.NaN;
        expect(within5(rps, expected.entryRps[l.client] as number), `${l.client} ${rps}`).toBe(
          true,
        );
      }
    });

    test('self-time quantiles within 5%', () => {
      for (const [id, q] of Object.entries(expected.selfTimeMs)) {
        const n = node(id);
        if (!n || !('serviceTimeMs' in n)) throw new Error(`${id}: no service time`);
        const values = samples(n.serviceTimeMs);
        for (const [key, at] of [
          ['p50', 0.5],
          ['p90', 0.9],
        ] as const) {
          const actual = quantile(values, at);
          expect(within5(actual, q[key]), `${id} ${key} ${actual} vs ${q[key]}`).toBe(true);
        }
      }
    });

    test('every span placed or listed; repairs as expected', () => {
      expect(summary.unplacedCount).toBe(expected.unplaced);
      expect(summary.placed + summary.unplacedCount).toBe(summary.spans);
      expect(summary.repairs).toMatchObject(expected.repairs ?? {});
    });
  },
);
