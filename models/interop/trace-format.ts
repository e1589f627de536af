import type { PathSegment } from './json-element-scanner';

export type TraceFormat = 'otlp' | 'jaeger' | 'zipkin';

export const TRACE_FORMAT_NAMES: Record<TraceFormat, string> = {
  otlp: 'OpenTelemetry OTLP JSON',
  jaeger: 'Jaeger JSON',
  zipkin: 'Zipkin v2 JSON',
};

/** What a value at `path` is in each format, or null when no format wants it. */
export type TraceElement =
  | { format: 'otlp'; part: 'resource'; resourceIndex: number }
  | { format: 'otlp'; part: 'span'; resourceIndex: number }
  | { format: 'jaeger'; part: 'trace' }
  | { format: 'zipkin'; part: 'span-or-trace' };

const OTLP_SCOPE_KEYS = new Set(['scopeSpans', 'instrumentationLibrarySpans']);

/**
 * Format detection by structure: a top-level array of spans is Zipkin v2, an object with
 * `data[]` is Jaeger, an object with `resourceSpans[]` is OTLP. The streaming reader asks
 * this for each value near the top of the file.
 */
export function traceElementAt(path: readonly PathSegment[]): TraceElement | null {
  const [first] = path;
  if (path.length === 1 && typeof first === 'number')
    return { format: 'zipkin', part: 'span-or-trace' };
  if (first === 'data' && path.length === 2 && typeof path[1] === 'number')
    return { format: 'jaeger', part: 'trace' };
  if (first === 'resourceSpans' && typeof path[1] === 'number') {
    if (path.length === 3 && path[2] === 'resource')
      return { format: 'otlp', part: 'resource', resourceIndex: path[1] };
    if (
      path.length === 6 &&
      OTLP_SCOPE_KEYS.has(String(path[2])) &&
      path[4] === 'spans' &&
      typeof path[5] === 'number'
    ) {
      return { format: 'otlp', part: 'span', resourceIndex: path[1] };
    }
  }
  return null;
}

/** Detects the format of an already parsed document (for callers that hold a value, not text). */
export function detectTraceFormat(doc: unknown): TraceFormat | null {
  if (Array.isArray(doc)) return 'zipkin';
  if (typeof doc !== 'object' || doc === null) return null;
  if (Array.isArray((doc as Record<string, unknown>).resourceSpans)) return 'otlp';
  if (Array.isArray((doc as Record<string, unknown>).data)) return 'jaeger';
  return null;
}

/**
 * A cheap guess from the first kilobytes of a file, to route a dropped file to the trace
 * importer rather than the project loader: a top-level array (Zipkin), or the OTLP and Jaeger
 * keys. A Spillway project is an object with none of these keys near its start.
 */
export function looksLikeTraceText(head: string): boolean {
  return /^\s*\[/.test(head) || /"resourceSpans"\s*:/.test(head) || /"traceID"\s*:/.test(head);
}
