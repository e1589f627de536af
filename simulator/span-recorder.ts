import type { Engine } from './engine';
import { round3 } from './histogram';
import type { Span } from './result';
import type { TraceRecorder } from './trace-recorder';

const REASONS = ['', 'timeout', 'rejected', 'failed', 'circuitOpen', 'backpressure', 'rateLimited'];
/** A retry storm must not turn tracing into a memory leak: at most this many spans per traced request. */
const MAX_SPANS_PER_REQUEST = 500;

interface OpenSpan {
  trace: number;
  parent: number;
  service: number;
  kind: Span['kind'];
  name: string;
  peer: number;
  start: number;
  end: number;
  error: number;
}

/**
 * Records synthetic spans, OpenTelemetry-style, for the first N requests that arrive after the
 * warm-up: the client's request, a client (or producer) span per call (or publish) attempt in
 * the caller, a server span per job at the callee (from its arrival, waiting included) and a
 * consumer span per delivery handled. Services are named by node id.
 */
export class SpanRecorder implements TraceRecorder {
  private readonly spans: OpenSpan[] = [];
  private traced = 0;
  private readonly maxSpans: number;

  constructor(private readonly maxRequests: number) {
    this.maxSpans = maxRequests * MAX_SPANS_PER_REQUEST;
  }

  private open(
    trace: number,
    parent: number,
    service: number,
    kind: Span['kind'],
    name: string,
    peer: number,
    start: number,
  ): number {
    if (this.spans.length >= this.maxSpans) return -1;
    this.spans.push({ trace, parent, service, kind, name, peer, start, end: -1, error: 0 });
    return this.spans.length - 1;
  }

  private close(id: number, now: number, reason: number): void {
    if (id < 0) return;
    const s = this.spans[id];
    if (s.end < 0) {
      s.end = now;
      s.error = reason;
    }
  }

  onEntry(e: Engine, root: number, job: number, client: number): void {
    if (!e.measuring || this.traced >= this.maxRequests) {
      e.rTrace[root] = -1;
      e.jSpan[job] = -1;
      return;
    }
    const trace = this.traced++;
    e.rTrace[root] = trace;
    e.jSpan[job] = this.open(trace, -1, client, 'client', 'request', -1, e.now);
  }

  onJobStart(e: Engine, job: number, node: number): void {
    const trace = e.rTrace[e.jobRoot(job)];
    const parent = e.jSpan[job];
    if (trace < 0 || parent < 0) {
      e.jSpan[job] = -1;
      return;
    }
    const msg = e.jobMessage(job);
    const id = msg >= 0 ? this.spans[parent].peer : -1;
    e.jSpan[job] =
      msg >= 0
        ? this.open(
            trace,
            parent,
            node,
            'consumer',
            `handle ${e.m.nodeIds[id] ?? 'message'}`,
            id,
            e.now,
          )
        : this.open(trace, parent, node, 'server', 'handle request', -1, e.jobArrive(job));
  }

  onJobEnd(e: Engine, job: number, reason: number): void {
    this.close(e.jSpan[job], e.now, reason);
  }

  onAttempt(e: Engine, attempt: number, job: number, edge: number): void {
    const parent = e.jSpan[job];
    const trace = e.rTrace[e.jobRoot(job)];
    if (trace < 0 || parent < 0) {
      e.aSpan[attempt] = -1;
      return;
    }
    const publish = e.m.edgeKind[edge] === 1;
    const from = e.m.edgeFrom[edge];
    const to = e.m.edgeTo[edge];
    e.aSpan[attempt] = this.open(
      trace,
      parent,
      from,
      publish ? 'producer' : 'client',
      `${publish ? 'publish' : 'call'} ${e.m.nodeIds[to]}`,
      to,
      e.now,
    );
  }

  onAttemptEnd(e: Engine, attempt: number, reason: number): void {
    this.close(e.aSpan[attempt], e.now, reason);
  }

  onMessage(e: Engine, message: number, causeAttempt: number): void {
    e.mSpan[message] = causeAttempt >= 0 ? e.aSpan[causeAttempt] : -1;
  }

  onMessageEnd(): void {}

  finish(e: Engine): Span[] {
    const hex = (n: number, width: number): string => n.toString(16).padStart(width, '0');
    return this.spans.map((s, i) => {
      const span: Span = {
        traceId: hex(s.trace + 1, 32),
        spanId: hex(i + 1, 16),
        parentSpanId: s.parent >= 0 ? hex(s.parent + 1, 16) : null,
        service: e.m.nodeIds[s.service],
        kind: s.kind,
        name: s.name,
        startMs: round3(s.start),
        endMs: round3(s.end < 0 ? e.now : s.end),
      };
      if (s.peer >= 0) span.peerService = e.m.nodeIds[s.peer];
      if (s.error > 0) span.error = REASONS[s.error];
      return span;
    });
  }
}
