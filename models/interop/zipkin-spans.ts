import { normalizeId } from './span-id';
import { spanKindFrom } from './span-kind';
import { keepAttribute, type AttributeValue, type NormalizedSpan } from './span';
import { ImportIssue } from './import-issue';
import type { SpanClock } from './span-clock';

/** Zipkin v2 JSON: an array of spans (or of traces, each an array of spans); times in µs. */
type Json = Record<string, unknown>;

function asObject(value: unknown): Json | null {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as Json)
    : null;
}

/** One top-level element: a span, or a trace given as an array of spans (bad spans go to `skip`). */
export function zipkinElementSpans(
  raw: unknown,
  where: string,
  clock: SpanClock,
  skip: (issue: ImportIssue) => void,
): NormalizedSpan[] {
  if (!Array.isArray(raw)) return [zipkinSpan(raw, where, clock)];
  const spans: NormalizedSpan[] = [];
  raw.forEach((s, i) => {
    try {
      spans.push(zipkinSpan(s, `${where}[${i}]`, clock));
    } catch (e) {
      if (e instanceof ImportIssue) skip(e);
      else throw e;
    }
  });
  return spans;
}

export function zipkinSpan(raw: unknown, where: string, clock: SpanClock): NormalizedSpan {
  const span = asObject(raw);
  if (!span) throw new ImportIssue(where, 'is not an object');
  const traceId = normalizeId(span.traceId);
  const id = normalizeId(span.id);
  if (!traceId || !id) throw new ImportIssue(where, 'has no traceId or id');
  if (typeof span.timestamp !== 'number')
    throw new ImportIssue(where, 'has no numeric timestamp (microseconds)');
  const duration = typeof span.duration === 'number' ? Math.max(0, span.duration) : 0;
  const attributes: Record<string, AttributeValue> = {};
  const tags = asObject(span.tags) ?? {};
  for (const [key, value] of Object.entries(tags)) {
    if (keepAttribute(key) && typeof value === 'string') attributes[key] = value;
  }
  // In Zipkin the presence of the "error" tag marks a failed span; its value is the message.
  if ('error' in tags) attributes.error = true;
  // Brave's JDBC and MySQL instrumentation tags the statement, not the database system.
  if ('sql.query' in tags && !('db.system' in attributes)) attributes['db.system'] = 'sql';
  const remote = asObject(span.remoteEndpoint);
  if (typeof remote?.serviceName === 'string' && !('peer.service' in attributes))
    attributes['peer.service'] = remote.serviceName;
  const local = asObject(span.localEndpoint);
  const service =
    typeof local?.serviceName === 'string' && local.serviceName !== ''
      ? local.serviceName
      : 'unknown-service';
  const normalized: NormalizedSpan = {
    traceId,
    spanId: id,
    parentSpanId: normalizeId(span.parentId),
    service,
    kind: spanKindFrom(span.kind),
    name: typeof span.name === 'string' ? span.name : '',
    ...clock.span(span.timestamp, span.timestamp + duration, 'us'),
    attributes,
  };
  if (local) normalized.endpoint = endpointKey(local);
  // B3: the server half of an RPC reuses its client's id; the tree builder pairs them.
  if (span.shared === true) normalized.shared = true;
  return normalized;
}

/** Zipkin compares endpoints whole: service name (case-insensitive), addresses and port. */
function endpointKey(endpoint: Json): string {
  const part = (v: unknown): string =>
    typeof v === 'string' || typeof v === 'number' ? String(v) : '';
  const name = typeof endpoint.serviceName === 'string' ? endpoint.serviceName.toLowerCase() : '';
  return `${name}|${part(endpoint.ipv4)}|${part(endpoint.ipv6)}|${part(endpoint.port)}`;
}
