// Durations keep their nanoseconds (OTLP) and microseconds (Jaeger, Zipkin): epoch milliseconds
// as doubles step by 0.24 µs, so subtracting two of them turned a 5 µs span into 4.883 µs.
import { describe, expect, test } from 'vitest';
import { SpanClock } from '../../../../models/interop/span-clock';
import type { NormalizedSpan } from '../../../../models/interop/span';
import { TraceReader } from '../../../../models/interop/trace-reader';

const duration = (s: { startMs: number; endMs: number }): number => s.endMs - s.startMs;

function read(doc: unknown): NormalizedSpan[] {
  const spans: NormalizedSpan[] = [];
  const reader = new TraceReader((s) => spans.push(s));
  reader.feed(JSON.stringify(doc));
  reader.end();
  return spans;
}

describe('SpanClock', () => {
  test('nanosecond strings: exact to well below a nanosecond, whatever the epoch', () => {
    const clock = new SpanClock();
    const first = clock.span('1767603600123456789', '1767603600123461789', 'ns');
    expect(Math.abs(duration(first) - 0.005)).toBeLessThan(1e-12);
    // A second span an hour later still keeps its 1 ns (to a picosecond).
    const later = clock.span('1767607200000000000', '1767607200000000001', 'ns');
    expect(Math.abs(duration(later) - 1e-6)).toBeLessThan(1e-9);
    expect(clock.originMs).toBe(1767603600123);
    expect(later.startMs).toBe(3_599_877);
  });

  test('microsecond integers: exact', () => {
    const clock = new SpanClock();
    const s = clock.span(1_767_603_600_123_456, 1_767_603_600_123_459, 'us');
    expect(Math.abs(duration(s) - 0.003)).toBeLessThan(1e-12);
  });

  test('an implausible first start sets no origin: it stays absolute for span-bounds to refuse', () => {
    const clock = new SpanClock();
    const wild = clock.span('99999999999999999999999', '99999999999999999999999', 'ns');
    expect(wild.startMs).toBeGreaterThan(1e14);
    expect(clock.originMs).toBe(0);
    expect(clock.span('x', '1', 'ns').startMs).toBeNaN();
  });
});

describe('the readers keep sub-millisecond durations', () => {
  test('OTLP (nanosecond strings), Jaeger and Zipkin (microseconds)', () => {
    const otlp = read({
      resourceSpans: [
        {
          resource: { attributes: [{ key: 'service.name', value: { stringValue: 'cache' } }] },
          scopeSpans: [
            {
              spans: [
                {
                  traceId: '1'.repeat(32),
                  spanId: '2'.repeat(16),
                  kind: 2,
                  startTimeUnixNano: '1767603600123456789',
                  endTimeUnixNano: '1767603600123461789',
                },
              ],
            },
          ],
        },
      ],
    });
    const jaeger = read({
      data: [
        {
          spans: [
            {
              traceID: 'a1',
              spanID: 'b2',
              startTime: 1_767_603_600_123_456,
              duration: 5,
              processID: 'p1',
            },
          ],
          processes: { p1: { serviceName: 'cache' } },
        },
      ],
    });
    const zipkin = read([
      { traceId: 'a1', id: 'b2', timestamp: 1_767_603_600_123_456, duration: 5, kind: 'SERVER' },
    ]);
    for (const [name, spans] of [
      ['otlp', otlp],
      ['jaeger', jaeger],
      ['zipkin', zipkin],
    ] as const) {
      expect(spans.length, name).toBe(1);
      expect(Math.abs(duration(spans[0] as NormalizedSpan) - 0.005), name).toBeLessThan(1e-12);
    }
  });
});
