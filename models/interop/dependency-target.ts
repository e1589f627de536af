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

/** The queue or topic a producer or consumer span names; the span name when no attribute does. */
export function messagingDestination(span: NormalizedSpan): MessagingDestination {
  const name =
    text(span, 'messaging.destination.name') ??
    text(span, 'messaging.destination') ??
    (span.name || 'messages');
  return { name, system: text(span, 'messaging.system') };
}

export function isErrorSpan(span: NormalizedSpan): boolean {
  return (
    span.attributes['otel.status_code'] === 'ERROR' ||
    span.attributes.error === true ||
    span.attributes.error === 'true'
  );
}
