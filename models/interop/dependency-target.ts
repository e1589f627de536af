import { brokerTechnology } from './broker-technology';
import type { NormalizedSpan } from './span';

export interface DependencyTarget {
  name: string;
  kind: 'database' | 'external';
  /** Which attribute gave the name, for the import summary. */
  source: string;
}

function text(span: NormalizedSpan, key: string): string | null {
  const v = span.attributes[key];
  return typeof v === 'string' && v !== '' ? v : null;
}

/**
 * What a client span calls when no server span of another service answers it: a database
 * when `db.system` (or `db.system.name`) is set, named by `peer.service`, else the system
 * and database name; otherwise an external system named by `peer.service`, `server.address`
 * or `net.peer.name`; with none of these, one shared "uninstrumented" external node.
 */
export function dependencyTarget(span: NormalizedSpan): DependencyTarget {
  const db = text(span, 'db.system') ?? text(span, 'db.system.name');
  const peer = text(span, 'peer.service');
  if (db) {
    if (peer) return { name: peer, kind: 'database', source: 'peer.service + db.system' };
    const dbName = text(span, 'db.namespace') ?? text(span, 'db.name');
    return { name: dbName ? `${db} ${dbName}` : db, kind: 'database', source: 'db.system' };
  }
  if (peer) return { name: peer, kind: 'external', source: 'peer.service' };
  const address = text(span, 'server.address') ?? text(span, 'net.peer.name');
  if (address) return { name: address, kind: 'external', source: 'server.address' };
  return {
    name: 'uninstrumented',
    kind: 'external',
    source: 'client span without a server span or peer attributes',
  };
}

export interface MessagingDestination {
  name: string;
  system: string | null;
}

/** Destination attributes, most specific first: OpenTelemetry's, then Brave's (Zipkin). */
const DESTINATION_KEYS = [
  'messaging.destination.name',
  'messaging.destination',
  'kafka.topic',
  'rabbit.queue',
  'rabbit.exchange',
  'rabbit.routing_key',
  'jms.queue',
  'jms.topic',
] as const;

/** The messaging system a Brave tag prefix stands for. */
const SYSTEM_OF_TAG: Record<string, string> = { kafka: 'kafka', rabbit: 'rabbitmq', jms: 'jms' };

/**
 * The queue or topic a producer or consumer span names: OpenTelemetry's destination
 * attributes, Brave's `kafka.topic`, `rabbit.queue` (else a non-empty `rabbit.exchange`, else
 * the routing key), `jms.queue`/`jms.topic`; else the remote service (Zipkin's
 * `remoteEndpoint.serviceName`) unless it is only the broker's technology; else the span name.
 * The system is `messaging.system`, else the tag family, else the remote service's name.
 */
export function messagingDestination(span: NormalizedSpan): MessagingDestination {
  let name: string | null = null;
  let tagSystem: string | null = null;
  for (const key of DESTINATION_KEYS) {
    name = text(span, key);
    if (name) {
      tagSystem = SYSTEM_OF_TAG[key.slice(0, key.indexOf('.'))] ?? null;
      break;
    }
  }
  const peer = text(span, 'peer.service');
  const peerIsTechnology = peer !== null && brokerTechnology(peer) !== 'generic';
  return {
    name: name ?? (peer && !peerIsTechnology ? peer : null) ?? (span.name || 'messages'),
    system: text(span, 'messaging.system') ?? tagSystem ?? peer,
  };
}

export function isErrorSpan(span: NormalizedSpan): boolean {
  return (
    span.attributes['otel.status_code'] === 'ERROR' ||
    span.attributes.error === true ||
    span.attributes.error === 'true'
  );
}
