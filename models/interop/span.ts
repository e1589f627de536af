/** The kinds of span the importer distinguishes; OTLP, Jaeger and Zipkin kinds map onto these. */
export type SpanKind = 'server' | 'client' | 'producer' | 'consumer' | 'internal';

export type AttributeValue = string | number | boolean;

/**
 * One span in the importer's common shape, whatever the source format. Times are in
 * milliseconds since the epoch; only the attributes the model builder reads are kept
 * (see KEPT_ATTRIBUTES), so a large trace does not hold every tag in memory.
 */
export interface NormalizedSpan {
  traceId: string;
  spanId: string;
  parentSpanId: string | null;
  service: string;
  kind: SpanKind;
  name: string;
  startMs: number;
  endMs: number;
  attributes: Record<string, AttributeValue>;
  /**
   * Zipkin B3: the server half of an RPC reusing its client's span id (`"shared": true`).
   * Its parent is the client span with the same id; see span-tree.ts for its children.
   */
  shared?: boolean;
  /** Zipkin's local endpoint (service name, address, port) as one key: places children of shared spans. */
  endpoint?: string;
  /**
   * Spans of other traces this one was caused by, as `traceId:spanId` (OTLP span links, Jaeger
   * references into another trace): a consumer root's link names the producer of its message.
   */
  links?: string[];
}

/** Attribute keys the model builder uses (current and older OpenTelemetry conventions). */
export const KEPT_ATTRIBUTES: ReadonlySet<string> = new Set([
  'db.system',
  'db.system.name',
  'db.name',
  'db.namespace',
  'peer.service',
  'server.address',
  'net.peer.name',
  'messaging.system',
  'messaging.destination.name',
  'messaging.destination',
  'messaging.operation',
  'messaging.operation.type',
  'messaging.message.type',
  // Brave (Zipkin) messaging instrumentation names destinations in its own tags.
  'kafka.topic',
  'rabbit.queue',
  'rabbit.exchange',
  'rabbit.routing_key',
  'jms.queue',
  'jms.topic',
  'error',
  'otel.status_code',
]);

export function keepAttribute(key: string): boolean {
  return KEPT_ATTRIBUTES.has(key);
}
