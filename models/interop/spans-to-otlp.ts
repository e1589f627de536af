/**
 * The shape of a synthetic span (the simulator's `result.traces`; times in ms from the start
 * of the run). Declared here structurally: models/ does not import simulator/.
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
  error?: string;
}

const OTLP_KIND = { server: 2, client: 3, producer: 4, consumer: 5 } as const;

function nanos(ms: number, epochMs: number): string {
  // Whole microseconds, then three zeros: exact in a double, no BigInt needed.
  return `${Math.round((epochMs + ms) * 1000)}000`;
}

/**
 * OTLP/JSON for synthetic spans, one resource per service. `peerService` becomes
 * `peer.service` on client spans and `messaging.destination.name` on producer and consumer
 * spans; an error becomes the OTLP error status. Times are offset by `epochMs`.
 */
export function spansToOtlp(spans: readonly SyntheticSpan[], epochMs = 0): { resourceSpans: unknown[] } {
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
            const key = s.kind === 'producer' || s.kind === 'consumer' ? 'messaging.destination.name' : 'peer.service';
            attributes.push({ key, value: { stringValue: s.peerService } });
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
