import {
  formatPath,
  JsonElementScanner,
  type PathSegment,
  type ValueOpening,
} from './json-element-scanner';
import { ImportIssue, ImportLimitReached, skipsOnlyItsElement } from './import-issue';
import { jaegerTraceSpans } from './jaeger-spans';
import { otlpResourceService, otlpSpan } from './otlp-spans';
import type { NormalizedSpan } from './span';
import { TRACE_FORMAT_NAMES, traceElementAt, type TraceFormat } from './trace-format';
import { SpanClock } from './span-clock';
import { zipkinElementSpans, zipkinSpan } from './zipkin-spans';
import { spanOutOfBounds } from './span-bounds';
import { TRACE_LIMITS, tooManySpans } from './trace-limits';

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
  /** The wrapping around the format's usual shape, when there is one (Tempo's "batches", …). */
  envelope: string | undefined = undefined;
  spans = 0;
  skippedCount = 0;
  readonly skipped: SkippedElement[] = [];
  private readonly scanner: JsonElementScanner;
  private readonly otlpServices = new Map<number, string>();
  /** OTLP spans that arrived before their resource (unusual key order); released when it comes. */
  private readonly otlpPending = new Map<number, { raw: unknown; where: string }[]>();
  private ignoredOtherFormat = 0;
  private readonly clock = new SpanClock();
  /** The fields of a top-level object that may be a single Zipkin span. */
  private readonly rootSpan: Record<string, unknown> = {};
  private rootSpanFields = 0;

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
      (path, opening) => this.accepts(path, opening),
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
    this.rootSpanDone();
    if (this.format === null) {
      throw new ImportIssue(
        '(document)',
        'is in none of the supported trace formats: expected OpenTelemetry OTLP JSON ({"resourceSpans": [...]}, also as Tempo\'s {"batches": [...]} or Jaeger API v3\'s {"result": {"resourceSpans": [...]}}), Jaeger JSON ({"data": [{"spans": [...], "processes": {...}}]}, or one trace as "data") or Zipkin v2 JSON (an array of spans, or one span)',
      );
    }
    if (this.ignoredOtherFormat > 0) {
      this.skip(
        '(document)',
        `${this.ignoredOtherFormat} element(s) of another format than ${TRACE_FORMAT_NAMES[this.format]} ignored`,
      );
    }
  }

  private accepts(path: readonly PathSegment[], opening: ValueOpening): boolean {
    const element = traceElementAt(path, opening);
    if (!element) return false;
    if (element.part === 'span-field') {
      // Only a document still without a format may be a single span; decided at its end.
      if (this.format !== null) return false;
      this.rootSpanFields++;
      return true;
    }
    if (this.format === null) {
      this.format = element.format;
      if ('envelope' in element) this.envelope = element.envelope;
    }
    // The top-level arrays identify the format even when they are empty.
    if (element.part === 'marker') return false;
    if (element.format !== this.format) {
      this.ignoredOtherFormat++;
      return false;
    }
    return true;
  }

  /** A top-level object with a Zipkin span's `traceId` is that one span (Zipkin's span API). */
  private rootSpanDone(): void {
    if (this.rootSpanFields === 0) return;
    if (this.format !== null) this.ignoredOtherFormat++;
    else if (this.rootSpan.traceId !== undefined) {
      this.format = 'zipkin';
      this.envelope = 'a single span';
      try {
        this.emit(zipkinSpan(this.rootSpan, '(document)', this.clock));
      } catch (e) {
        if (skipsOnlyItsElement(e)) this.skip(e.where, e.reason);
        else throw e;
      }
    }
  }

  private skip(where: string, reason: string): void {
    this.skippedCount++;
    if (this.skipped.length < MAX_LISTED_SKIPS) this.skipped.push({ where, reason });
  }

  private emit(span: NormalizedSpan): void {
    const outOfBounds = spanOutOfBounds(span, this.clock.originMs);
    if (outOfBounds) {
      this.skip(`span ${span.spanId.slice(0, 32)}`, outOfBounds);
      return;
    }
    if (this.spans >= TRACE_LIMITS.spans)
      throw new ImportLimitReached('(document)', tooManySpans());
    this.spans++;
    this.onSpan(span);
  }

  private element(path: readonly PathSegment[], value: unknown): void {
    const element = traceElementAt(path, Array.isArray(value) ? 'array' : 'object');
    const where = formatPath(path);
    try {
      if (!element || element.part === 'marker') return;
      if (element.part === 'span-field') {
        this.rootSpan[element.key] = value;
        return;
      }
      if (element.format === 'jaeger' || (element.format === 'zipkin' && Array.isArray(value))) {
        const skip = (issue: ImportIssue): void => this.skip(issue.where, issue.reason);
        const spans =
          element.format === 'jaeger'
            ? jaegerTraceSpans(value, where, this.clock, skip)
            : zipkinElementSpans(value, where, this.clock, skip);
        spans.forEach((s) => this.emit(s));
        this.onTracesComplete?.([...new Set(spans.map((s) => s.traceId))]);
      } else if (element.format === 'zipkin') this.emit(zipkinSpan(value, where, this.clock));
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
      if (skipsOnlyItsElement(e)) this.skip(e.where, e.reason);
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
      this.emit(otlpSpan(raw, service, where, this.clock));
    } catch (e) {
      if (skipsOnlyItsElement(e)) this.skip(e.where, e.reason);
      else throw e;
    }
  }
}
