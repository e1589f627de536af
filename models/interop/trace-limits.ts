/**
 * The largest trace file an import takes, checked as it is read so that memory stays bounded
 * and every file too large ends in a clear message, never an exhausted heap or a string V8
 * cannot make. Documented in docs/interop.md ("Limits"); each sits well above a real export.
 */
export const TRACE_LIMITS = {
  /** Bytes of the file, checked before it is read. */
  fileBytes: 1_000_000_000,
  /**
   * Spans read from one file. OTLP and flat Zipkin files keep every span (about 300 bytes
   * each) until the end: 3 million spans hold about 1 GB.
   */
  spans: 3_000_000,
  /**
   * Characters of one element parsed on its own (an OTLP span or resource, a Jaeger trace, a
   * Zipkin span or trace array), of a property name, or of one string or number value.
   */
  elementChars: 50_000_000,
  /** Nesting of arrays and objects around the elements (a trace file needs at most 7). */
  depth: 1_000,
} as const;

const count = (n: number): string => n.toLocaleString('en-US');

/** Why a file of `bytes` bytes is not read at all, or null when it may be. */
export function traceFileTooLarge(bytes: number): string | null {
  return bytes > TRACE_LIMITS.fileBytes
    ? `the file is ${count(bytes)} bytes, more than the ${count(TRACE_LIMITS.fileBytes)} a trace import takes (docs/interop.md, "Limits"): export a shorter time window or fewer services, or split the file`
    : null;
}

export function tooManySpans(): string {
  return `holds more than ${count(TRACE_LIMITS.spans)} spans, the most a trace import takes (docs/interop.md, "Limits"): export a shorter time window or fewer services, or split the file`;
}

export function elementTooLong(what: string): string {
  return `${what} is longer than ${count(TRACE_LIMITS.elementChars)} characters, the most a trace import reads as one piece (docs/interop.md, "Limits")`;
}

export function nestedTooDeep(character: number): string {
  return `arrays and objects are nested more than ${count(TRACE_LIMITS.depth)} levels deep at character ${character} (a trace file needs at most 7; docs/interop.md, "Limits")`;
}
