import { isNullId, normalizeId } from './span-id';
import { spanKindFrom } from './span-kind';
import { keepAttribute, type AttributeValue, type NormalizedSpan } from './span';
import { ImportIssue } from './import-issue';
import type { SpanClock } from './span-clock';

/** OTLP/JSON: resourceSpans[] → { resource: { attributes }, scopeSpans[] → { spans[] } }. */
type Json = Record<string, unknown>;

function asObject(value: unknown): Json | null {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as Json)
    : null;
}

/** OTLP AnyValue: { stringValue } | { intValue } (often a string) | { doubleValue } | { boolValue }. */
function anyValue(value: unknown): AttributeValue | undefined {
  const v = asObject(value);
  if (!v) return undefined;
  if (typeof v.stringValue === 'string') return v.stringValue;
  if (v.intValue !== undefined) return Number(v.intValue);
  if (typeof v.doubleValue === 'number') return v.doubleValue;
  if (typeof v.boolValue === 'boolean') return v.boolValue;
  return undefined;
}

export function otlpAttributes(
  list: unknown,
  keep: (key: string) => boolean = keepAttribute,
): Record<string, AttributeValue> {
  const out: Record<string, AttributeValue> = {};
  if (!Array.isArray(list)) return out;
  for (const item of list) {
    const kv = asObject(item);
    if (!kv || typeof kv.key !== 'string' || !keep(kv.key)) continue;
    const value = anyValue(kv.value);
    if (value !== undefined) out[kv.key] = value;
  }
  return out;
}

/** The service of a resource: `service.name`, else "unknown-service". */
export function otlpResourceService(resource: unknown): string {
  const attributes = otlpAttributes(asObject(resource)?.attributes, (k) => k === 'service.name');
  const name = attributes['service.name'];
  return typeof name === 'string' && name !== '' ? name : 'unknown-service';
}

/** One OTLP span; `where` names it in messages. Throws ImportIssue when it cannot be used. */
export function otlpSpan(
  raw: unknown,
  service: string,
  where: string,
  clock: SpanClock,
): NormalizedSpan {
  const span = asObject(raw);
  if (!span) throw new ImportIssue(where, 'is not an object');
  const traceId = normalizeId(span.traceId);
  const spanId = normalizeId(span.spanId);
  if (!traceId || !spanId) throw new ImportIssue(where, 'has no traceId or spanId');
  const parent = normalizeId(span.parentSpanId);
  const { startMs, endMs } = clock.span(span.startTimeUnixNano, span.endTimeUnixNano, 'ns');
  if (!Number.isFinite(startMs) || !Number.isFinite(endMs))
    throw new ImportIssue(where, 'has no valid start/end time');
  const attributes = otlpAttributes(span.attributes);
  const status = asObject(span.status);
  if (status && (status.code === 2 || status.code === 'STATUS_CODE_ERROR'))
    attributes['otel.status_code'] = 'ERROR';
  const normalized: NormalizedSpan = {
    traceId,
    spanId,
    parentSpanId: isNullId(parent) ? null : parent,
    service,
    kind: spanKindFrom(span.kind),
    name: typeof span.name === 'string' ? span.name : '',
    startMs,
    endMs: Math.max(startMs, endMs),
    attributes,
  };
  const links = otlpLinks(span.links);
  if (links) normalized.links = links;
  return normalized;
}

/** Span links as `traceId:spanId`; undefined when there are none (most spans). */
function otlpLinks(raw: unknown): string[] | undefined {
  if (!Array.isArray(raw) || raw.length === 0) return undefined;
  const out: string[] = [];
  for (const item of raw) {
    const link = asObject(item);
    const trace = normalizeId(link?.traceId);
    const span = normalizeId(link?.spanId);
    if (trace && span) out.push(`${trace}:${span}`);
  }
  return out.length > 0 ? out : undefined;
}
