/**
 * A synthetic span, as the simulator's `result.traces` holds them (times in ms from the start
 * of the run). Declared here because models/ may not import simulator/; the simulator uses it.
 */
export interface SyntheticSpan {
  traceId: string;
  spanId: string;
  parentSpanId: string | null;
  service: string;
  kind: 'server' | 'client' | 'producer' | 'consumer';
  name: string;
  startMs: number;
  endMs: number;
  peerService?: string;
  /** Set when the operation failed, with the reason (timeout, rejected, ...). */
  error?: string;
}

const OTLP_KIND = { server: 2, client: 3, producer: 4, consumer: 5 } as const;

function nanos(ms: number, epochMs: number): string {
  // Whole microseconds, then three zeros: exact in a double, no BigInt needed.
  return `${Math.round((epochMs + ms) * 1000)}000`;
}

export interface SpansToOtlpOptions {
  /** Added to every time (ms): the simulator counts from 0. */
  epochMs?: number;
  /**
   * Nodes that real tracing would not instrument: their server spans are left out (their
   * children move up to the calling client span) and the client spans calling them carry
   * `peer.service`, plus `db.system` for databases, as OpenTelemetry client instrumentation does.
   */
  uninstrumented?: Readonly<Record<string, 'database' | 'external'>>;
}

/**
 * OTLP/JSON for synthetic spans, one resource per service. `peerService` becomes
 * `peer.service` on client spans and `messaging.destination.name` on producer and consumer
 * spans; an error becomes the OTLP error status.
 */
export function spansToOtlp(
  all: readonly SyntheticSpan[],
  options: SpansToOtlpOptions = {},
): { resourceSpans: unknown[] } {
  const epochMs = options.epochMs ?? 0;
  const hidden = options.uninstrumented ?? {};
  const dropped = new Map<string, string | null>();
  for (const s of all)
    if (s.kind === 'server' && hidden[s.service] !== undefined)
      dropped.set(s.spanId, s.parentSpanId);
  const liftParent = (id: string | null): string | null => {
    let cur = id;
    for (let hops = 0; cur !== null && dropped.has(cur) && hops < 1000; hops++)
      cur = dropped.get(cur) ?? null;
    return cur;
  };
  const spans = all
    .filter((s) => !dropped.has(s.spanId))
    .map((s) => ({ ...s, parentSpanId: liftParent(s.parentSpanId) }));
  const byService = new Map<string, SyntheticSpan[]>();
  for (const s of spans) {
    const list = byService.get(s.service);
    if (list) list.push(s);
    else byService.set(s.service, [s]);
  }
  const resourceSpans = [...byService].map(([service, list]) => ({
    resource: { attributes: [{ key: 'service.name', value: { stringValue: service } }] },
    scopeSpans: [
      {
        scope: { name: 'spillway-simulator' },
        spans: list.map((s) => {
          const attributes: { key: string; value: { stringValue: string } }[] = [];
          if (s.peerService !== undefined) {
            const key =
              s.kind === 'producer' || s.kind === 'consumer'
                ? 'messaging.destination.name'
                : 'peer.service';
            attributes.push({ key, value: { stringValue: s.peerService } });
            if (s.kind === 'client' && hidden[s.peerService] === 'database')
              attributes.push({ key: 'db.system', value: { stringValue: 'other_sql' } });
          }
          return {
            traceId: s.traceId,
            spanId: s.spanId,
            parentSpanId: s.parentSpanId ?? '',
            name: s.name,
            kind: OTLP_KIND[s.kind],
            startTimeUnixNano: nanos(s.startMs, epochMs),
            endTimeUnixNano: nanos(s.endMs, epochMs),
            attributes,
            status: s.error ? { code: 2, message: s.error } : {},
          };
        }),
      },
    ],
  }));
  return { resourceSpans };
}
