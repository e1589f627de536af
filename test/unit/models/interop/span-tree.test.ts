import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { buildSpanTree, type SpanNode } from '../../../../models/interop/span-tree';
import type { NormalizedSpan } from '../../../../models/interop/span';

function span(
  spanId: string,
  parentSpanId: string | null,
  startMs: number,
  endMs: number,
  service = 'svc',
): NormalizedSpan {
  return {
    traceId: 't',
    spanId,
    parentSpanId,
    service,
    kind: 'server',
    name: spanId,
    startMs,
    endMs,
    attributes: {},
  };
}

const ids = (nodes: SpanNode[]): string[] => nodes.map((n) => n.span.spanId);

describe('buildSpanTree', () => {
  test('a well-formed trace needs no repair', () => {
    const tree = buildSpanTree([
      span('a', null, 0, 10),
      span('b', 'a', 1, 5),
      span('c', 'b', 2, 3),
    ]);
    expect(ids(tree.roots)).toEqual(['a']);
    expect(tree.repairs).toEqual({ missingParents: 0, clockSkew: 0, cycles: 0, duplicateIds: 0 });
    expect(ids(tree.roots[0]?.children ?? [])).toEqual(['b']);
  });

  test('spans whose parent is missing become roots and are counted', () => {
    const tree = buildSpanTree([
      span('b', 'gone', 1, 5),
      span('c', 'b', 2, 3),
      span('d', 'gone-too', 4, 6),
    ]);
    expect(ids(tree.roots)).toEqual(['b', 'd']);
    expect(tree.repairs.missingParents).toBe(2);
  });

  test('a child starting before its parent is shifted with its subtree', () => {
    const tree = buildSpanTree([
      span('a', null, 100, 200),
      span('b', 'a', 90, 150),
      span('c', 'b', 95, 100),
    ]);
    const b = tree.roots[0]?.children[0];
    expect([b?.startMs, b?.endMs]).toEqual([100, 160]);
    expect([b?.children[0]?.startMs, b?.children[0]?.endMs]).toEqual([105, 110]);
    expect(tree.repairs.clockSkew).toBe(1);
  });

  test('cycles are cut at their earliest span, never looping', () => {
    const tree = buildSpanTree([
      span('a', 'c', 0, 10),
      span('b', 'a', 1, 9),
      span('c', 'b', 2, 8),
      span('x', 'x', 3, 4),
    ]);
    expect(ids(tree.roots).sort()).toEqual(['a', 'x']);
    expect(tree.repairs.cycles).toBe(2);
    expect(ids(tree.roots.find((r) => r.span.spanId === 'a')?.children ?? [])).toEqual(['b']);
  });

  test('duplicate span ids keep the first', () => {
    const tree = buildSpanTree([span('a', null, 0, 10), span('a', null, 5, 6)]);
    expect(tree.roots).toHaveLength(1);
    expect(tree.repairs.duplicateIds).toBe(1);
  });

  test('a chain 200 000 spans deep is handled without recursion', () => {
    const spans = Array.from({ length: 200_000 }, (_, i) =>
      span(`s${i}`, i === 0 ? null : `s${i - 1}`, i, 1_000_000 - i),
    );
    const tree = buildSpanTree(spans);
    expect(tree.roots).toHaveLength(1);
  });

  test('any parent links at all: every span once in the forest, no child before its parent', () => {
    const spanArb = fc.record({
      id: fc.integer({ min: 0, max: 30 }),
      parent: fc.option(fc.integer({ min: 0, max: 35 }), { nil: null }),
      start: fc.integer({ min: 0, max: 1000 }),
      length: fc.integer({ min: 0, max: 100 }),
    });
    fc.assert(
      fc.property(fc.array(spanArb, { maxLength: 40 }), (raw) => {
        const spans = raw.map((r) =>
          span(`s${r.id}`, r.parent === null ? null : `s${r.parent}`, r.start, r.start + r.length),
        );
        const tree = buildSpanTree(spans);
        const seen: string[] = [];
        const stack = [...tree.roots];
        while (stack.length > 0) {
          const n = stack.pop() as SpanNode;
          seen.push(n.span.spanId);
          for (const c of n.children) {
            expect(c.parent).toBe(n);
            expect(c.startMs).toBeGreaterThanOrEqual(n.startMs);
            stack.push(c);
          }
        }
        expect(seen.sort()).toEqual([...new Set(spans.map((x) => x.spanId))].sort());
        expect(tree.repairs.duplicateIds).toBe(
          spans.length - new Set(spans.map((x) => x.spanId)).size,
        );
      }),
      { numRuns: 500 },
    );
  });

  describe("Zipkin B3 shared spans (the rule of Zipkin's tree builder)", () => {
    const at = (
      spanId: string,
      parentSpanId: string | null,
      service: string,
      kind: NormalizedSpan['kind'],
      extra: Partial<NormalizedSpan> = {},
    ): NormalizedSpan => ({
      ...span(spanId, parentSpanId, 0, 10, service),
      kind,
      endpoint: `${service}|10.0.0.1||8080`,
      ...extra,
    });
    const tree = (spans: NormalizedSpan[]) => buildSpanTree(spans);
    const childrenOf = (t: ReturnType<typeof tree>, service: string, kind: string) => {
      const stack = [...t.roots];
      while (stack.length > 0) {
        const n = stack.pop() as SpanNode;
        if (n.span.service === service && n.span.kind === kind)
          return n.children.map((c) => `${c.span.service}:${c.span.kind}`).sort();
        stack.push(...n.children);
      }
      return null;
    };

    test('the server half hangs under the client half; children of its endpoint under the server half', () => {
      const t = tree([
        at('01', null, 'front', 'server'),
        at('02', '01', 'front', 'client'),
        at('02', '01', 'back', 'server', { shared: true }),
        at('03', '02', 'back', 'client'),
        at('04', '02', 'front', 'internal'),
      ]);
      expect(t.repairs).toEqual({ missingParents: 0, clockSkew: 0, cycles: 0, duplicateIds: 0 });
      expect(childrenOf(t, 'front', 'client')).toEqual(['back:server', 'front:internal']);
      expect(childrenOf(t, 'back', 'server')).toEqual(['back:client']);
    });

    test('a child without an endpoint goes under the server half', () => {
      const t = tree([
        at('02', null, 'front', 'client'),
        at('02', null, 'back', 'server', { shared: true }),
        at('03', '02', 'back', 'client', { endpoint: undefined }),
      ]);
      expect(childrenOf(t, 'back', 'server')).toEqual(['back:client']);
    });

    test("endpoints that differ only in port: the server half's service decides", () => {
      const t = tree([
        at('02', null, 'front', 'client'),
        at('02', null, 'back', 'server', { shared: true }),
        at('03', '02', 'back', 'client', { endpoint: 'back|10.0.0.1||9090' }),
      ]);
      expect(childrenOf(t, 'back', 'server')).toEqual(['back:client']);
    });

    test('without its client half the server half is a root that keeps its subtree', () => {
      const t = tree([
        at('02', '01', 'back', 'server', { shared: true }),
        at('03', '02', 'back', 'client'),
      ]);
      expect(t.roots.map((r) => `${r.span.service}:${r.span.kind}`)).toEqual(['back:server']);
      expect(childrenOf(t, 'back', 'server')).toEqual(['back:client']);
      expect(t.repairs.missingParents).toBe(1);
    });

    test('a client and its shared server half are not duplicates; two shared halves on one endpoint are', () => {
      const t = tree([
        at('02', null, 'front', 'client'),
        at('02', null, 'back', 'server', { shared: true }),
        at('02', null, 'back', 'server', { shared: true }),
      ]);
      expect(t.spans).toBe(2);
      expect(t.repairs.duplicateIds).toBe(1);
      expect(t.dropped).toHaveLength(1);
    });
  });
});
