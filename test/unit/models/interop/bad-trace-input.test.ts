// Bad trace files: each gives a clear message (ImportIssue: where and why) or a documented
// recovery reported in the summary (docs/interop.md), never a crash or a hang.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { ImportIssue } from '../../../../models/interop/import-issue';
import { importTraces } from '../../../../models/interop/import-traces';
import { loadProject } from '../../../../models/load';

const zipkinText = readFileSync(
  join(__dirname, '../../../fixtures/traces/shop.zipkin.json'),
  'utf8',
);
type ZipkinSpan = {
  traceId: string;
  id: string;
  parentId?: string;
  timestamp: number;
  duration: number;
  localEndpoint: { serviceName: string };
};
const zipkin = (): ZipkinSpan[] => JSON.parse(zipkinText) as ZipkinSpan[];

describe('bad trace input', () => {
  test('a truncated file', () => {
    expect(() => importTraces(zipkinText.slice(0, zipkinText.length / 2))).toThrow(
      /ends early \(truncated\?\)/,
    );
  });

  test('JSON in none of the formats', () => {
    expect(() => importTraces('{"traces": [{"id": 1}]}')).toThrow(
      /none of the supported trace formats/,
    );
    expect(() => importTraces('not json at all')).toThrow(ImportIssue);
  });

  test('a format with no usable spans', () => {
    expect(() => importTraces('{"data": []}')).toThrow(/no usable spans/);
  });

  test('unusable spans are skipped and listed', () => {
    const spans: unknown[] = zipkin();
    spans.splice(3, 0, { traceId: 'abc' }, 42);
    const { summary, project } = importTraces(JSON.stringify(spans));
    expect(summary.skippedCount).toBe(2);
    expect(summary.skipped[0]).toEqual({ where: '[3]', reason: 'has no traceId or id' });
    expect(summary.skipped[1]).toEqual({ where: '[4]', reason: 'is not an object' });
    expect(loadProject(project)).toMatchObject({ ok: true, warnings: [] });
  });

  test('missing parents: the orphans are roots of their own, counted', () => {
    const spans = zipkin().filter((s) => s.localEndpoint.serviceName !== 'gateway');
    const { summary, project } = importTraces(JSON.stringify(spans));
    expect(summary.repairs.missingParents).toBe(12);
    // The orphaned orders spans are where traffic now enters.
    expect(project.variants[0]?.edges.find((e) => e.from === 'client')?.to).toBe('orders');
  });

  test('clock skew: children before their parent are shifted, counted', () => {
    const spans = zipkin();
    const skewed = spans.filter((s) => s.localEndpoint.serviceName === 'rates');
    for (const s of skewed) s.timestamp -= 1_000_000; // a second early
    const { summary, project } = importTraces(JSON.stringify(spans));
    expect(summary.repairs.clockSkew).toBe(skewed.length);
    expect(project.variants[0]?.nodes.map((n) => n.id)).toContain('rates');
  });

  test('cycles: cut and counted, the import completes', () => {
    const spans = zipkin();
    const root = spans.find((s) => s.parentId === undefined) as ZipkinSpan;
    const child = spans.find((s) => s.parentId === root.id) as ZipkinSpan;
    root.parentId = child.id;
    const { summary } = importTraces(JSON.stringify(spans));
    expect(summary.repairs.cycles).toBe(1);
    expect(summary.traces).toBe(12);
  });

  test('a Jaeger trace split over two data elements: each half is built on its own, orphans counted', () => {
    const doc = JSON.parse(
      readFileSync(join(__dirname, '../../../fixtures/traces/shop.jaeger.json'), 'utf8'),
    ) as { data: { spans: unknown[] }[] };
    const [first, ...rest] = doc.data;
    if (!first) throw new Error('empty fixture');
    const half = Math.floor(first.spans.length / 2);
    const split = {
      data: [
        { ...first, spans: first.spans.slice(0, half) },
        { ...first, spans: first.spans.slice(half) },
        ...rest,
      ],
    };
    const { summary } = importTraces(JSON.stringify(split));
    expect(summary.repairs.missingParents).toBeGreaterThan(0);
    expect(summary.spans).toBe(168);
  });

  test('a broken span inside a Jaeger trace is skipped alone; the rest of its trace is kept', () => {
    const doc = JSON.parse(
      readFileSync(join(__dirname, '../../../fixtures/traces/shop.jaeger.json'), 'utf8'),
    ) as { data: { spans: Record<string, unknown>[] }[] };
    const victim = doc.data[2]?.spans[5];
    if (!victim) throw new Error('fixture too small');
    delete victim.startTime;
    const { summary } = importTraces(JSON.stringify(doc));
    expect(summary.skipped).toEqual([
      { where: 'data[2].spans[5]', reason: 'has no numeric startTime/duration (microseconds)' },
    ]);
    expect(summary.spans).toBe(167);
  });
  test('a Jaeger processID that is no string names no process (an array nested 20 000 deep overflowed the stack)', () => {
    const doc = JSON.parse(
      readFileSync(join(__dirname, '../../../fixtures/traces/shop.jaeger.json'), 'utf8'),
    ) as { data: { spans: Record<string, unknown>[] }[] };
    const spans = doc.data[0]!.spans;
    // Written as text: JSON.stringify itself cannot nest that deep.
    spans[0]!.processID = '\u0000deep';
    spans[1]!.processID = '__proto__';
    spans[2]!.processID = 7;
    const text = JSON.stringify(doc).replace(
      '"\\u0000deep"',
      `${'['.repeat(20_000)}"p1"${']'.repeat(20_000)}`,
    );
    const { summary } = importTraces(text);
    expect(summary.spans).toBe(168);
    expect(summary.skipped).toEqual([]);
  });
});
