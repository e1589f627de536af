import { normalizeId } from './span-id';
import { spanKindFrom } from './span-kind';
import { keepAttribute, type AttributeValue, type NormalizedSpan } from './span';
import { ImportIssue } from './import-issue';

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
  skip: (issue: ImportIssue) => void,
): NormalizedSpan[] {
  if (!Array.isArray(raw)) return [zipkinSpan(raw, where)];
  const spans: NormalizedSpan[] = [];
  raw.forEach((s, i) => {
    try {
      spans.push(zipkinSpan(s, `${where}[${i}]`));
    } catch (e) {
      if (e instanceof ImportIssue) skip(e);
      else throw e;
    }
  });
  return spans;
}

export function zipkinSpan(raw: unknown, where: string): NormalizedSpan {
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
  const remote = asObject(span.remoteEndpoint);
  if (typeof remote?.serviceName === 'string' && !('peer.service' in attributes))
    attributes['peer.service'] = remote.serviceName;
  const local = asObject(span.localEndpoint);
  const kind = spanKindFrom(span.kind);
  let spanId = id;
  let parentSpanId = normalizeId(span.parentId);
  // B3 single-host spans: a server shares its id with the client that called it. Give the
  // server half its own id and make the client its parent so that the tree has both.
  if (span.shared === true && kind === 'server') {
    spanId = `${id}-server`;
    parentSpanId = id;
  }
  return {
    traceId,
    spanId,
    parentSpanId,
    service:
      typeof local?.serviceName === 'string' && local.serviceName !== ''
        ? local.serviceName
        : 'unknown-service',
    kind,
    name: typeof span.name === 'string' ? span.name : '',
    startMs: span.timestamp / 1000,
    endMs: (span.timestamp + duration) / 1000,
    attributes,
  };
}
