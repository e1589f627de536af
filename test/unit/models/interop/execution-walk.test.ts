// Every span of any trace belongs to exactly one execution: none is dropped, none counted twice.
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import type { NormalizedSpan, SpanKind } from '../../../../models/interop/span';
import { buildSpanTree } from '../../../../models/interop/span-tree';
import { TraceStatistics } from '../../../../models/interop/trace-statistics';

const KINDS: SpanKind[] = ['server', 'client', 'producer', 'consumer', 'internal'];

describe('execution walk', () => {
  test('any tree of any kinds and services: placed spans = spans in the tree', () => {
    const spanArb = fc.record({
      id: fc.integer({ min: 0, max: 25 }),
      parent: fc.option(fc.integer({ min: 0, max: 28 }), { nil: null }),
      service: fc.constantFrom('a', 'b', 'c'),
      kind: fc.constantFrom(...KINDS),
      shared: fc.boolean(),
      start: fc.integer({ min: 0, max: 1000 }),
      length: fc.integer({ min: 0, max: 100 }),
    });
    fc.assert(
      fc.property(fc.array(spanArb, { maxLength: 40 }), (raw) => {
        const spans: NormalizedSpan[] = raw.map((r) => ({
          traceId: 't',
          spanId: `s${r.id}`,
          parentSpanId: r.parent === null ? null : `s${r.parent}`,
          service: r.service,
          kind: r.kind,
          name: 'op',
          startMs: r.start,
          endMs: r.start + r.length,
          attributes: {},
          ...(r.shared && r.kind === 'server' ? { shared: true, endpoint: `${r.service}|` } : {}),
          ...(r.kind !== 'server' ? { endpoint: `${r.service}|` } : {}),
        }));
        const tree = buildSpanTree(spans);
        const stats = new TraceStatistics();
        stats.addTree(tree);
        expect(stats.spansPlaced).toBe(tree.spans);
        expect(stats.unplaced.count).toBe(tree.dropped.length);
      }),
      { numRuns: 1000 },
    );
  });
});
