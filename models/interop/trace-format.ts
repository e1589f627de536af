import type { PathSegment } from './json-element-scanner';

export type TraceFormat = 'otlp' | 'jaeger' | 'zipkin';

export const TRACE_FORMAT_NAMES: Record<TraceFormat, string> = {
  otlp: 'OpenTelemetry OTLP JSON',
  jaeger: 'Jaeger JSON',
  zipkin: 'Zipkin v2 JSON',
};

/** How a value about to be read starts (the scanner knows it from its first character). */
export type Opening = 'object' | 'array' | 'primitive';

/** What a value at `path` is in each format, or null when no format wants it. */
export type TraceElement =
  /** The top-level array or object that names the format (even when it holds nothing). */
  | { format: TraceFormat; part: 'marker'; envelope?: string }
  | { format: 'otlp'; part: 'resource'; resourceIndex: number }
  | { format: 'otlp'; part: 'span'; resourceIndex: number }
  | { format: 'jaeger'; part: 'trace'; envelope?: string }
  | { format: 'zipkin'; part: 'span-or-trace' }
  /** A field of a file that holds one Zipkin span as its top-level object. */
  | { format: 'zipkin'; part: 'span-field'; key: string };

const OTLP_SCOPE_KEYS = new Set(['scopeSpans', 'instrumentationLibrarySpans']);
/** Tempo's trace API calls OTLP's resourceSpans "batches". */
const OTLP_RESOURCE_KEYS = new Set(['resourceSpans', 'batches']);
/** The Zipkin v2 span fields the reader uses. */
const ZIPKIN_SPAN_FIELDS = new Set([
  'traceId',
  'id',
  'parentId',
  'name',
  'kind',
  'timestamp',
  'duration',
  'localEndpoint',
  'remoteEndpoint',
  'tags',
  'shared',
]);

/** OTLP inside Jaeger's API v3 answer, {"result": {"resourceSpans": …}}: the path without it. */
function otlpPath(path: readonly PathSegment[]): readonly PathSegment[] {
  return path[0] === 'result' ? path.slice(1) : path;
}

/**
 * Format detection by structure, from the path of a value about to be read and how it opens:
 * a top-level array of spans (or of traces) is Zipkin v2, and so is a top-level object with a
 * Zipkin span's fields; `data` is Jaeger (an array of traces from the query API, or the one
 * trace object a Jaeger UI export holds); `resourceSpans` is OTLP, also as Tempo's `batches`
 * and inside Jaeger API v3's `result`. The streaming reader asks this for each value near the
 * top of the file.
 */
export function traceElementAt(
  path: readonly PathSegment[],
  opening: Opening,
): TraceElement | null {
  const [first] = path;
  if (path.length === 1 && typeof first === 'number')
    return { format: 'zipkin', part: 'span-or-trace' };
  if (first === 'data' && path.length === 1) {
    if (opening === 'object')
      return { format: 'jaeger', part: 'trace', envelope: 'one trace as "data"' };
    return opening === 'array' ? { format: 'jaeger', part: 'marker' } : null;
  }
  if (first === 'data' && path.length === 2 && typeof path[1] === 'number')
    return { format: 'jaeger', part: 'trace' };
  if (path.length === 1 && typeof first === 'string' && ZIPKIN_SPAN_FIELDS.has(first))
    return { format: 'zipkin', part: 'span-field', key: first };
  const otlp = otlpPath(path);
  const key = otlp[0];
  if (typeof key !== 'string' || !OTLP_RESOURCE_KEYS.has(key)) return null;
  if (otlp.length === 1) {
    if (opening !== 'array') return null;
    const envelope =
      otlp !== path ? 'Jaeger API v3 "result"' : key === 'batches' ? 'Tempo "batches"' : undefined;
    return envelope
      ? { format: 'otlp', part: 'marker', envelope }
      : { format: 'otlp', part: 'marker' };
  }
  const resourceIndex = otlp[1];
  if (typeof resourceIndex !== 'number') return null;
  if (otlp.length === 3 && otlp[2] === 'resource')
    return { format: 'otlp', part: 'resource', resourceIndex };
  if (
    otlp.length === 6 &&
    OTLP_SCOPE_KEYS.has(String(otlp[2])) &&
    otlp[4] === 'spans' &&
    typeof otlp[5] === 'number'
  ) {
    return { format: 'otlp', part: 'span', resourceIndex };
  }
  return null;
}

/** Detects the format of an already parsed document (for callers that hold a value, not text). */
export function detectTraceFormat(doc: unknown): TraceFormat | null {
  if (Array.isArray(doc)) return 'zipkin';
  if (typeof doc !== 'object' || doc === null) return null;
  const o = doc as Record<string, unknown>;
  const result = o.result as Record<string, unknown> | null | undefined;
  if (
    Array.isArray(o.resourceSpans) ||
    Array.isArray(o.batches) ||
    (typeof result === 'object' && result !== null && Array.isArray(result.resourceSpans))
  )
    return 'otlp';
  if (typeof o.data === 'object' && o.data !== null) return 'jaeger';
  if ('traceId' in o && 'id' in o) return 'zipkin';
  return null;
}

/**
 * A cheap guess from the first kilobytes of a file, to route a dropped file to the trace
 * importer rather than the project loader: a top-level array (Zipkin), or the OTLP (also
 * Tempo's `batches`), Jaeger and Zipkin span keys. A Spillway project is an object with none of these keys near its start.
 */
export function looksLikeTraceText(head: string): boolean {
  return /^\s*\[/.test(head) || /"(resourceSpans|batches|traceID|traceId)"\s*:/.test(head);
}
