// Shapes the three formats take in the wild beyond the generator's default output.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { importTraces } from '../../../../models/interop/import-traces';
import { detectTraceFormat, looksLikeTraceText } from '../../../../models/interop/trace-format';
import type { Project } from '../../../../models/types';

const read = (name: string): string =>
  readFileSync(join(__dirname, '../../../fixtures/traces', name), 'utf8');
const edges = (p: Project): string[] =>
  (p.variants[0]?.edges ?? []).map((e) => `${e.kind}:${e.from}->${e.to}`).sort();
const reference = importTraces(read('shop.zipkin.json')).project;

describe('format variations', () => {
  test('Zipkin: an array of traces (each an array of spans), as /api/v2/traces returns', () => {
    const spans = JSON.parse(read('shop.zipkin.json')) as { traceId: string }[];
    const byTrace = new Map<string, unknown[]>();
    for (const s of spans) byTrace.set(s.traceId, [...(byTrace.get(s.traceId) ?? []), s]);
    expect(edges(importTraces(JSON.stringify([...byTrace.values()])).project)).toEqual(
      edges(reference),
    );
  });

  test('Zipkin: B3 shared span ids (server half of a client span)', () => {
    const spans = [
      {
        traceId: 'a1',
        id: '01',
        name: 'get /',
        timestamp: 1_000_000,
        duration: 50_000,
        kind: 'SERVER',
        localEndpoint: { serviceName: 'front' },
      },
      {
        traceId: 'a1',
        id: '02',
        parentId: '01',
        name: 'get',
        timestamp: 1_010_000,
        duration: 20_000,
        kind: 'CLIENT',
        localEndpoint: { serviceName: 'front' },
      },
      {
        traceId: 'a1',
        id: '02',
        parentId: '01',
        name: 'get',
        timestamp: 1_012_000,
        duration: 16_000,
        kind: 'SERVER',
        shared: true,
        localEndpoint: { serviceName: 'back' },
      },
    ];
    const { project } = importTraces(JSON.stringify(spans));
    const call = project.variants[0]?.edges.find((e) => e.from === 'front' && e.to === 'back');
    expect(call?.kind === 'call' ? call.latencyMs : null).toEqual({ type: 'constant', value: 2 });
  });

  test('OTLP: spans listed before their resource still get its service', () => {
    const doc = JSON.parse(read('shop.otlp.json')) as { resourceSpans: Record<string, unknown>[] };
    const reordered = {
      resourceSpans: doc.resourceSpans.map(({ resource, ...rest }) => ({ ...rest, resource })),
    };
    expect(importTraces(JSON.stringify(reordered)).project).toEqual(
      importTraces(read('shop.otlp.json')).project,
    );
  });

  test('OTLP: older semantic conventions and a client root (a load generator)', () => {
    const span = (
      id: string,
      parent: string,
      kind: number,
      start: number,
      end: number,
      attributes: Record<string, string> = {},
    ) => ({
      traceId: '0af7651916cd43dd8448eb211c80319c',
      spanId: id,
      parentSpanId: parent,
      name: 'op',
      kind,
      startTimeUnixNano: String(start * 1e6),
      endTimeUnixNano: String(end * 1e6),
      attributes: Object.entries(attributes).map(([key, value]) => ({
        key,
        value: { stringValue: value },
      })),
    });
    const resource = (service: string, spans: unknown[]) => ({
      resource: { attributes: [{ key: 'service.name', value: { stringValue: service } }] },
      scopeSpans: [{ spans }],
    });
    const doc = {
      resourceSpans: [
        resource('loadgen', [span('b7ad6b7169203331', '', 3, 100, 160)]),
        resource('api', [
          span('c7ad6b7169203331', 'b7ad6b7169203331', 2, 105, 155),
          span('d7ad6b7169203331', 'c7ad6b7169203331', 3, 110, 130, {
            'net.peer.name': 'payments.example.com',
          }),
          span('e7ad6b7169203331', 'c7ad6b7169203331', 3, 130, 140, { 'db.system': 'redis' }),
        ]),
      ],
    };
    const { project, summary } = importTraces(JSON.stringify(doc));
    const nodes = project.variants[0]?.nodes.map((n) => `${n.kind}:${n.id}`).sort();
    expect(nodes).toEqual([
      'client:loadgen',
      'database:redis',
      'external:payments-example-com',
      'service:api',
    ]);
    expect(edges(project)).toEqual([
      'call:api->payments-example-com',
      'call:api->redis',
      'call:loadgen->api',
    ]);
    expect(summary.inferred.join('\n')).toMatch(
      /external payments-example-com: client span duration over 1 call \(kind from server.address\)/,
    );
  });

  test('error status becomes the error rate (Zipkin "error" tag, OTLP status code 2)', () => {
    const zipkin = [0, 1, 2, 3].map((i) => ({
      traceId: `00${i}a`,
      id: `0${i}b`,
      name: 'get',
      timestamp: 1_000_000 + i * 100_000,
      duration: 5_000,
      kind: 'SERVER',
      localEndpoint: { serviceName: 'back' },
      tags: i === 0 ? { error: 'connection reset' } : {},
    }));
    const back = (p: Project) => p.variants[0]?.nodes.find((n) => n.id === 'back');
    const fromZipkin = back(importTraces(JSON.stringify(zipkin)).project);
    expect(fromZipkin && 'errorRate' in fromZipkin ? fromZipkin.errorRate : null).toBe(0.25);
    const otlp = {
      resourceSpans: [
        {
          resource: { attributes: [{ key: 'service.name', value: { stringValue: 'back' } }] },
          scopeSpans: [
            {
              spans: [0, 1].map((i) => ({
                traceId: `${i}`.repeat(32),
                spanId: `${i + 1}`.repeat(16),
                name: 'get',
                kind: 2,
                startTimeUnixNano: `${1_000 + i}000000`,
                endTimeUnixNano: `${1_005 + i}000000`,
                status: i === 0 ? { code: 2 } : {},
              })),
            },
          ],
        },
      ],
    };
    const fromOtlp = back(importTraces(JSON.stringify(otlp)).project);
    expect(fromOtlp && 'errorRate' in fromOtlp ? fromOtlp.errorRate : null).toBe(0.5);
  });

  test('envelopes are recognised from the first kilobytes of a dropped file and from a parsed value', () => {
    for (const head of [
      '{"batches":[{"resource":',
      '{"result":{"resourceSpans":[',
      '{"data":{"traceID":"a1",',
      '{"traceId":"a1","id":"b2",',
    ])
      expect(looksLikeTraceText(head), head).toBe(true);
    expect(looksLikeTraceText('{"format":"spillway","version":2,"name":"shop"')).toBe(false);
    expect(detectTraceFormat({ batches: [] })).toBe('otlp');
    expect(detectTraceFormat({ result: { resourceSpans: [] } })).toBe('otlp');
    expect(detectTraceFormat({ data: { traceID: 'a', spans: [] } })).toBe('jaeger');
    expect(detectTraceFormat({ traceId: 'a', id: 'b' })).toBe('zipkin');
    expect(detectTraceFormat({ format: 'spillway' })).toBe(null);
  });

  test('a top-level object that is not a span (no traceId) is in none of the formats', () => {
    expect(() => importTraces('{"name": "GET /", "id": "01", "timestamp": 1}')).toThrow(
      /none of the supported trace formats/,
    );
  });
});
