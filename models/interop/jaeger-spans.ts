import { normalizeId } from './span-id';
import { spanKindFrom } from './span-kind';
import { keepAttribute, type AttributeValue, type NormalizedSpan } from './span';
import { ImportIssue } from './import-issue';
import type { SpanClock } from './span-clock';

/** Jaeger JSON (the query API / UI download): data[] → { spans[], processes{} }; times in µs. */
type Json = Record<string, unknown>;

function asObject(value: unknown): Json | null {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as Json)
    : null;
}

function tagValue(value: unknown): AttributeValue | undefined {
  return typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean'
    ? value
    : undefined;
}

/**
 * The spans of one element of `data`; `where` is its JSON path, e.g. `data[3]`. A span that
 * cannot be used is handed to `skip` and the others are kept.
 */
export function jaegerTraceSpans(
  raw: unknown,
  where: string,
  clock: SpanClock,
  skip: (issue: ImportIssue) => void,
): NormalizedSpan[] {
  const trace = asObject(raw);
  if (!trace || !Array.isArray(trace.spans)) throw new ImportIssue(where, 'has no "spans" array');
  const processes = asObject(trace.processes) ?? {};
  const spans: NormalizedSpan[] = [];
  trace.spans.forEach((s, i) => {
    try {
      spans.push(jaegerSpan(s, processes, `${where}.spans[${i}]`, clock));
    } catch (e) {
      if (e instanceof ImportIssue) skip(e);
      else throw e;
    }
  });
  return spans;
}

function jaegerSpan(
  raw: unknown,
  processes: Json,
  where: string,
  clock: SpanClock,
): NormalizedSpan {
  const span = asObject(raw);
  if (!span) throw new ImportIssue(where, 'is not an object');
  const traceId = normalizeId(span.traceID);
  const spanId = normalizeId(span.spanID);
  if (!traceId || !spanId) throw new ImportIssue(where, 'has no traceID or spanID');
  if (typeof span.startTime !== 'number' || typeof span.duration !== 'number') {
    throw new ImportIssue(where, 'has no numeric startTime/duration (microseconds)');
  }
  const attributes: Record<string, AttributeValue> = {};
  let kind: unknown = undefined;
  for (const t of Array.isArray(span.tags) ? span.tags : []) {
    const tag = asObject(t);
    if (!tag || typeof tag.key !== 'string') continue;
    if (tag.key === 'span.kind') kind = tag.value;
    else if (keepAttribute(tag.key)) {
      const value = tagValue(tag.value);
      if (value !== undefined) attributes[tag.key] = value;
    }
  }
  // A process id is a string key ("p1"); anything else (a number, an array nested thousands
  // deep, whose String() overflowed the stack) names no process.
  const processId = typeof span.processID === 'string' ? span.processID : undefined;
  const process =
    (processId !== undefined && Object.hasOwn(processes, processId)
      ? asObject(processes[processId])
      : null) ?? asObject(span.process);
  const service =
    typeof process?.serviceName === 'string' ? process.serviceName : 'unknown-service';
  const refs = (Array.isArray(span.references) ? span.references : [])
    .map(asObject)
    .filter((r): r is Json => r !== null);
  // A reference into another trace is a link (a message's producer), not a parent.
  const own = refs.filter((r) => r.traceID === undefined || normalizeId(r.traceID) === traceId);
  const normalized: NormalizedSpan = {
    traceId,
    spanId,
    parentSpanId: jaegerParent(span, own),
    service,
    kind: spanKindFrom(kind),
    name: typeof span.operationName === 'string' ? span.operationName : '',
    ...clock.span(span.startTime, span.startTime + Math.max(0, span.duration), 'us'),
    attributes,
  };
  const links: string[] = [];
  for (const r of refs) {
    const linkTrace = own.includes(r) ? null : normalizeId(r.traceID);
    const linkSpan = normalizeId(r.spanID);
    if (linkTrace && linkSpan) links.push(`${linkTrace}:${linkSpan}`);
  }
  if (links.length > 0) normalized.links = links;
  return normalized;
}

/** The CHILD_OF reference if there is one, else the first FOLLOWS_FROM, else the legacy parentSpanID. */
function jaegerParent(span: Json, refs: Json[]): string | null {
  const ref =
    refs.find((r) => r.refType === 'CHILD_OF') ?? refs.find((r) => r.refType === 'FOLLOWS_FROM');
  if (ref) return normalizeId(ref.spanID);
  const legacy = normalizeId(span.parentSpanID);
  return legacy && !/^0+$/.test(legacy) ? legacy : null;
}
