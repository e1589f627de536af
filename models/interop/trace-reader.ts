import { formatPath, JsonElementScanner, type PathSegment } from './json-element-scanner';
import { ImportIssue } from './import-issue';
import { jaegerTraceSpans } from './jaeger-spans';
import { otlpResourceService, otlpSpan } from './otlp-spans';
import type { NormalizedSpan } from './span';
import { TRACE_FORMAT_NAMES, traceElementAt, type TraceFormat } from './trace-format';
import { zipkinElementSpans, zipkinSpan } from './zipkin-spans';
import { spanOutOfBounds } from './span-bounds';

export interface ReadProgress {
  /** Characters of the document consumed so far. */
  characters: number;
  /** Spans read so far. */
  spans: number;
}

export interface SkippedElement {
  where: string;
  reason: string;
}

/** How many skipped spans are listed by name; the rest are only counted. */
const MAX_LISTED_SKIPS = 20;

/**
 * Reads a trace document of any of the three formats from text chunks and hands each span
 * over in the common shape. Spans it cannot use are skipped and reported (where and why);
 * a document that is not JSON, ends early or is in none of the formats throws ImportIssue.
 */
export class TraceReader {
  format: TraceFormat | null = null;
  spans = 0;
  skippedCount = 0;
  readonly skipped: SkippedElement[] = [];
  private readonly scanner: JsonElementScanner;
  private readonly otlpServices = new Map<number, string>();
  /** OTLP spans that arrived before their resource (unusual key order); released when it comes. */
  private readonly otlpPending = new Map<number, { raw: unknown; where: string }[]>();
  private ignoredOtherFormat = 0;

  /**
   * `onTracesComplete` hears of traces whose spans all arrived together (a Jaeger `data`
   * element, a Zipkin trace array), so that they can be processed and dropped at once.
   */
  constructor(
    private readonly onSpan: (span: NormalizedSpan) => void,
    private readonly onProgress?: (p: ReadProgress) => void,
    private readonly onTracesComplete?: (traceIds: readonly string[]) => void,
  ) {
    this.scanner = new JsonElementScanner(
      (path) => this.accepts(path),
      (path, value) => this.element(path, value),
    );
  }

  feed(chunk: string): void {
    this.scanner.feed(chunk);
    this.onProgress?.({ characters: this.scanner.consumed, spans: this.spans });
  }

  end(): void {
    this.scanner.end();
    for (const [index, list] of this.otlpPending) {
      for (const { raw, where } of list) this.otlpOne(raw, 'unknown-service', where);
      this.otlpPending.delete(index);
    }
    if (this.format === null) {
      throw new ImportIssue(
        '(document)',
        'is in none of the supported trace formats: expected OpenTelemetry OTLP JSON ({"resourceSpans": [...]}), Jaeger JSON ({"data": [{"spans": [...], "processes": {...}}]}) or Zipkin v2 JSON (an array of spans)',
      );
    }
    if (this.ignoredOtherFormat > 0) {
      this.skip(
        '(document)',
        `${this.ignoredOtherFormat} element(s) of another format than ${TRACE_FORMAT_NAMES[this.format]} ignored`,
      );
    }
  }

  private accepts(path: readonly PathSegment[]): boolean {
    // The top-level arrays identify the format even when they are empty.
    if (
      path.length === 1 &&
      this.format === null &&
      (path[0] === 'resourceSpans' || path[0] === 'data')
    ) {
      this.format = path[0] === 'data' ? 'jaeger' : 'otlp';
      return false;
    }
    const element = traceElementAt(path);
    if (!element) return false;
    if (this.format === null) this.format = element.format;
    if (element.format !== this.format) {
      this.ignoredOtherFormat++;
      return false;
    }
    return true;
  }

  private skip(where: string, reason: string): void {
    this.skippedCount++;
    if (this.skipped.length < MAX_LISTED_SKIPS) this.skipped.push({ where, reason });
  }

  private emit(span: NormalizedSpan): void {
    const outOfBounds = spanOutOfBounds(span);
    if (outOfBounds) {
      this.skip(`span ${span.spanId.slice(0, 32)}`, outOfBounds);
      return;
    }
    this.spans++;
    this.onSpan(span);
  }

  private element(path: readonly PathSegment[], value: unknown): void {
    const element = traceElementAt(path);
    const where = formatPath(path);
    try {
      if (!element) return;
      if (element.format === 'jaeger' || (element.format === 'zipkin' && Array.isArray(value))) {
        const skip = (issue: ImportIssue): void => this.skip(issue.where, issue.reason);
        const spans =
          element.format === 'jaeger'
            ? jaegerTraceSpans(value, where, skip)
            : zipkinElementSpans(value, where, skip);
        spans.forEach((s) => this.emit(s));
        this.onTracesComplete?.([...new Set(spans.map((s) => s.traceId))]);
      } else if (element.format === 'zipkin') this.emit(zipkinSpan(value, where));
      else if (element.part === 'resource') this.otlpResource(element.resourceIndex, value);
      else {
        const service = this.otlpServices.get(element.resourceIndex);
        if (service !== undefined) this.otlpOne(value, service, where);
        else {
          const pending = this.otlpPending.get(element.resourceIndex) ?? [];
          pending.push({ raw: value, where });
          this.otlpPending.set(element.resourceIndex, pending);
        }
      }
    } catch (e) {
      if (e instanceof ImportIssue) this.skip(e.where, e.reason);
      else throw e;
    }
  }

  private otlpResource(index: number, value: unknown): void {
    const service = otlpResourceService(value);
    this.otlpServices.set(index, service);
    const pending = this.otlpPending.get(index);
    if (pending) {
      this.otlpPending.delete(index);
      for (const { raw, where } of pending) this.otlpOne(raw, service, where);
    }
  }

  private otlpOne(raw: unknown, service: string, where: string): void {
    try {
      this.emit(otlpSpan(raw, service, where));
    } catch (e) {
      if (e instanceof ImportIssue) this.skip(e.where, e.reason);
      else throw e;
    }
  }
}
