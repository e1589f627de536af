// Trace documents for the fuzz suite: the shop fixtures with structural damage and with
// timestamps, durations and names at the edges, and small generated traces of odd shapes
// (deep chains, parent cycles, far-apart times) in each of the three formats.
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import type { GenSpan, Kind } from '../../fixtures/traces/generate-spans';
import {
  collect,
  jaegerChunks,
  otlpChunks,
  zipkinChunks,
} from '../../fixtures/traces/write-formats';
import { mutateDocument, mutationArb, type Json } from './json-mutation';

const FIXTURES = [
  'shop.otlp.json',
  'shop.otlp-base64.json',
  'shop.jaeger.json',
  'shop.zipkin.json',
].map(
  (f) =>
    JSON.parse(
      readFileSync(new URL(`../../fixtures/traces/${f}`, import.meta.url), 'utf8'),
    ) as Json,
);

/** Time fields of the three formats, and values that overflow, underflow or are not numbers at all. */
const TIME_KEYS = new Set([
  'startTimeUnixNano',
  'endTimeUnixNano',
  'startTime',
  'duration',
  'timestamp',
]);
const ODD_TIMES: readonly Json[] = [
  '99999999999999999999999999999',
  '18446744073709551615',
  '-1',
  '0',
  '1e400',
  '',
  'soon',
  1e300,
  -1e300,
  2 ** 53 + 2,
  0,
  -5,
  1e18,
];

/** Sets time fields (the `at`-th and a few after it) of a document to odd values. */
function oddTimes(doc: Json, at: number, pick: number): Json {
  const copy = JSON.parse(JSON.stringify(doc)) as Json;
  const holders: { [k: string]: Json }[] = [];
  const stack: Json[] = [copy];
  while (stack.length > 0) {
    const v = stack.pop()!;
    if (Array.isArray(v)) stack.push(...v);
    else if (v !== null && typeof v === 'object') {
      if (Object.keys(v).some((k) => TIME_KEYS.has(k))) holders.push(v);
      stack.push(...Object.values(v));
    }
  }
  for (let i = 0; i < 3 && holders.length > 0; i++) {
    const h = holders[(at + i * 7) % holders.length]!;
    const keys = Object.keys(h).filter((k) => TIME_KEYS.has(k));
    const key = keys[(pick + i) % keys.length]!;
    h[key] = ODD_TIMES[(pick + i) % ODD_TIMES.length]!;
  }
  return copy;
}

const fixtureCase = fc
  .tuple(
    fc.nat(FIXTURES.length - 1),
    fc.boolean(),
    fc.nat(),
    fc.nat(),
    fc.array(mutationArb, { maxLength: 2 }),
  )
  .map(([i, times, at, pick, ms]) => {
    const base = times ? oddTimes(FIXTURES[i]!, at, pick) : FIXTURES[i]!;
    const { text, label } = mutateDocument(base, ms);
    return { text, label: `trace fixture ${i}${times ? ` odd times ${at}/${pick}` : ''} ${label}` };
  });

type Shape =
  | 'chain'
  | 'fanout'
  | 'cycle'
  | 'selfParent'
  | 'farApart'
  | 'hugeDuration'
  | 'emptyNames'
  | 'messaging';
const SHAPES: readonly Shape[] = [
  'chain',
  'fanout',
  'cycle',
  'selfParent',
  'farApart',
  'hugeDuration',
  'emptyNames',
  'messaging',
];

/** One trace of `n` spans in an odd shape. */
function oddTrace(shape: Shape, n: number): GenSpan[] {
  const spans: GenSpan[] = [];
  const id = (i: number): string => (i + 1).toString(16).padStart(16, '0');
  for (let i = 0; i < n; i++) {
    const kind: Kind =
      shape === 'messaging'
        ? i % 2 === 0
          ? 'producer'
          : 'consumer'
        : i % 2 === 0
          ? 'server'
          : 'client';
    let parent: string | null = i === 0 ? null : shape === 'fanout' ? id(0) : id(i - 1);
    if (shape === 'cycle' && i === 0) parent = id(n - 1);
    if (shape === 'selfParent') parent = id(i);
    const startMs = shape === 'farApart' ? (i % 2 === 0 ? 0 : 1e15) : 1_700_000_000_000 + i;
    const endMs = shape === 'hugeDuration' ? startMs + 1e15 : startMs + 10;
    spans.push({
      traceId: 'f'.repeat(32),
      spanId: id(i),
      parentSpanId: parent,
      service: shape === 'emptyNames' ? '' : `svc-${i % 5}`,
      kind,
      name: shape === 'emptyNames' ? '' : `op-${i % 3}`,
      startMs,
      endMs,
      attributes: shape === 'messaging' ? { 'messaging.destination.name': `topic-${i % 2}` } : {},
    });
  }
  return spans;
}

const WRITERS = [
  (s: GenSpan[]) => collect(otlpChunks([[s]])),
  (s: GenSpan[]) => collect(jaegerChunks([[s]])),
  (s: GenSpan[]) => collect(zipkinChunks([[s]])),
];

const generatedCase = fc
  .tuple(
    fc.constantFrom(...SHAPES),
    fc.constantFrom(1, 2, 5, 50, 3_000, 20_000),
    fc.nat(WRITERS.length - 1),
  )
  .map(([shape, n, w]) => ({
    text: WRITERS[w]!(oddTrace(shape, n)),
    label: `trace ${shape} × ${n} (writer ${w})`,
  }));

export const traceDocumentArb: fc.Arbitrary<{ text: string; label: string }> = fc.oneof(
  fixtureCase,
  generatedCase,
);
