// Spans whose times cannot be a request's are skipped and listed; a model the traces would
// give beyond the limits is an ImportIssue naming where; nothing else is thrown.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { ImportIssue } from '../../../../models/interop/import-issue';
import { importTraces } from '../../../../models/interop/import-traces';
import { spanOutOfBounds } from '../../../../models/interop/span-bounds';
import type { NormalizedSpan } from '../../../../models/interop/span';
import { loadProject } from '../../../../models/load';
import { serializeProject } from '../../../../models/serialize';

type ZipkinSpan = {
  id: string;
  timestamp: number;
  duration: number;
  localEndpoint: { serviceName: string };
};
const zipkin = (): ZipkinSpan[] =>
  JSON.parse(
    readFileSync(join(__dirname, '../../../fixtures/traces/shop.zipkin.json'), 'utf8'),
  ) as ZipkinSpan[];

const span = (startMs: number, endMs: number): NormalizedSpan => ({
  traceId: 't',
  spanId: 's',
  parentSpanId: null,
  service: 'a',
  kind: 'server',
  name: 'op',
  startMs,
  endMs,
  attributes: {},
});

describe('spanOutOfBounds', () => {
  test.each([
    [span(0, 10), null],
    [span(1.7e12, 1.7e12 + 1e9), null],
    [span(NaN, 10), 'its start or end time is not a usable number'],
    [span(0, Infinity), 'its start or end time is not a usable number'],
    [span(10, 5), 'it ends before it starts'],
    [span(0, 1e15), 'it lasts 11574074 days, longer than any request (at most 1000000000 ms)'],
  ])('%j → %s', (s, why) => expect(spanOutOfBounds(s)).toBe(why));
});

describe('trace files with times at the edges', () => {
  test('a span of 30 years is skipped and listed; the rest imports into a valid model', () => {
    const spans = zipkin();
    spans[3]!.duration = 1e18;
    const { project, summary } = importTraces(JSON.stringify(spans));
    expect(summary.skipped.some((s) => /longer than any request/.test(s.reason))).toBe(true);
    expect(loadProject(serializeProject(project)).ok).toBe(true);
  });

  test('timestamps too large to convert', () => {
    const spans = zipkin();
    for (const s of spans.slice(0, 5)) s.timestamp = 1e308;
    expect(() => importTraces(JSON.stringify(spans))).not.toThrow();
  });

  test('far-apart timestamps give a clear issue or a valid model, never an internal error', () => {
    const spans = zipkin();
    spans.forEach((s, i) => (s.timestamp += i % 2 === 0 ? 0 : 1e14));
    try {
      const { project } = importTraces(JSON.stringify(spans));
      expect(loadProject(serializeProject(project)).ok).toBe(true);
    } catch (e) {
      expect(e).toBeInstanceOf(ImportIssue);
      expect((e as ImportIssue).message).toMatch(
        /^\(model\): the traces give a model Spillway cannot hold: variants\[0\]\./,
      );
    }
  });

  test('empty service names', () => {
    const spans = zipkin();
    for (const s of spans) s.localEndpoint.serviceName = '';
    const { project } = importTraces(JSON.stringify(spans));
    expect(loadProject(serializeProject(project)).ok).toBe(true);
  });
});
