import {
  dependencyTarget,
  isErrorSpan,
  messagingDestination,
  type DependencyTarget,
  type MessagingDestination,
} from './dependency-target';
import type { SpanNode } from './span-tree';

/** One outbound operation of an execution: a call attempt or a publish. */
export interface Outbound {
  kind: 'call' | 'publish';
  /** The callee's service, the dependency's name, or the destination's name. */
  target: string;
  /** Set when no server span answered the call: a database or external system. */
  dependency: DependencyTarget | null;
  /** For a publish: the destination with its messaging system. */
  destination: MessagingDestination | null;
  start: number;
  end: number;
  failed: boolean;
  /** Half of (client span − server span) when one client span wraps one server span. */
  latencyMs: number | null;
  /**
   * For a publish whose consumers are not under it (they are roots of their own traces):
   * the producer span as `traceId:spanId`, which their span links name.
   */
  linkTarget: string | null;
}

/** Work found under an execution that is handled as an execution of its own. */
export interface FollowUp {
  node: SpanNode;
  /** A message handled by a consumer (with the destination it came from) or a called service. */
  destination: MessagingDestination | null;
}

/** What one execution (one service handling one request or message) did. */
export interface ExecutionRecord {
  entry: SpanNode;
  service: string;
  /**
   * The execution's extent: its entry span; for a consumer, until the end of the last of its
   * own spans under it (the handler often runs after a short receive span has ended).
   */
  start: number;
  end: number;
  outbound: Outbound[];
  /** Intervals during which the execution waited on others (client and producer spans). */
  waiting: { start: number; end: number }[];
  followUps: FollowUp[];
  /** Spans this execution accounts for (its entry and its own spans under it). */
  placed: number;
}

/**
 * Collects one execution: the entry span (a server or consumer span, or a root) and the spans
 * of the same service under it. Client spans are calls, producer spans publishes; the spans of
 * other services found under them are follow-ups, walked as executions of their own.
 * Iterative, so deep traces cannot overflow the stack.
 *
 * A client span may wrap further client or internal spans of its own service before the
 * server span it calls (an HTTP library span inside a framework span): the walk goes through
 * them to the callee. An execution entered through a client or producer span (a load
 * generator's root span, a proxy's client span) has that span as its first call or publish.
 */
export function walkExecution(entry: SpanNode): ExecutionRecord {
  const service = entry.span.service;
  const record: ExecutionRecord = {
    entry,
    service,
    start: entry.startMs,
    end: entry.endMs,
    outbound: [],
    waiting: [],
    followUps: [],
    placed: 0,
  };
  const own: SpanNode[] = [];
  if (entry.span.kind === 'client') call(record, entry, own);
  else if (entry.span.kind === 'producer') publish(record, entry, own);
  else {
    record.placed++;
    pushAll(own, entry.children);
  }
  const handler = entry.span.kind === 'consumer';
  while (own.length > 0) {
    const node = own.pop() as SpanNode;
    const { span } = node;
    if (span.service !== service) {
      if (span.kind === 'consumer') consume(record, node, messagingDestination(span));
      else directCall(record, node);
      continue;
    }
    if (handler) record.end = Math.max(record.end, node.endMs);
    switch (span.kind) {
      case 'internal':
        record.placed++;
        pushAll(own, node.children);
        break;
      case 'client':
        call(record, node, own);
        break;
      case 'producer':
        publish(record, node, own);
        break;
      case 'server':
        directCall(record, node); // the service called itself without a client span
        break;
      case 'consumer':
        if (handler) {
          // OpenTelemetry's "process" span under its "receive" span: the same message.
          record.placed++;
          pushAll(own, node.children);
        } else {
          // A message whose producer is not traced (or not the parent), handled in this service.
          consume(record, node, messagingDestination(span));
        }
        break;
    }
  }
  return record;
}

function pushAll(stack: SpanNode[], nodes: readonly SpanNode[]): void {
  for (const n of nodes) stack.push(n);
}

function consume(record: ExecutionRecord, node: SpanNode, destination: MessagingDestination): void {
  record.followUps.push({ node, destination });
}

/** A span of another service right under ours, with no client span: a call without latency. */
function directCall(record: ExecutionRecord, node: SpanNode): void {
  record.outbound.push({
    kind: 'call',
    target: node.span.service,
    dependency: null,
    destination: null,
    start: node.startMs,
    end: node.endMs,
    failed: isErrorSpan(node.span),
    latencyMs: null,
    linkTarget: null,
  });
  record.waiting.push({ start: node.startMs, end: node.endMs });
  record.followUps.push({ node, destination: null });
}

/**
 * A client span: through the client and internal spans of our own service under it to the
 * spans that answered it. Each answer is one call attempt; none means a database or external
 * system (named from the client span's attributes). `own` receives nothing: everything under
 * a call is either the call itself, a publish, or another execution.
 */
function call(record: ExecutionRecord, client: SpanNode, own: SpanNode[]): void {
  const service = record.service;
  record.placed++;
  record.waiting.push({ start: client.startMs, end: client.endMs });
  const callees: { node: SpanNode; via: SpanNode }[] = [];
  const viaCount = new Map<SpanNode, number>();
  /** Messaging under the client span as well: its duration is not one request's round trip. */
  let mixed = false;
  const stack: { node: SpanNode; via: SpanNode }[] = client.children.map((node) => ({
    node,
    via: client,
  }));
  while (stack.length > 0) {
    const { node, via } = stack.pop() as { node: SpanNode; via: SpanNode };
    const { span } = node;
    if (span.service === service && (span.kind === 'client' || span.kind === 'internal')) {
      record.placed++;
      const next = span.kind === 'client' ? node : via;
      for (const child of node.children) stack.push({ node: child, via: next });
    } else if (span.service === service && span.kind === 'producer') {
      publish(record, node, own);
      mixed = true;
    } else if (span.kind === 'consumer') {
      consume(record, node, messagingDestination(span));
      mixed = true;
    } else {
      callees.push({ node, via });
      viaCount.set(via, (viaCount.get(via) ?? 0) + 1);
    }
  }
  if (callees.length === 0) {
    const dependency = dependencyTarget(client.span);
    record.outbound.push({
      kind: 'call',
      target: dependency.name,
      dependency,
      destination: null,
      start: client.startMs,
      end: client.endMs,
      failed: isErrorSpan(client.span),
      latencyMs: null,
      linkTarget: null,
    });
    return;
  }
  callees.sort((a, b) => a.node.startMs - b.node.startMs);
  for (const { node, via } of callees) {
    const alone = viaCount.get(via) === 1;
    // One attempt per client span: the attempt lasts as long as the span that made it.
    const span = alone ? via : node;
    record.outbound.push({
      kind: 'call',
      target: node.span.service,
      dependency: null,
      destination: null,
      start: callees.length === 1 ? client.startMs : span.startMs,
      end: callees.length === 1 ? client.endMs : span.endMs,
      failed: isErrorSpan(node.span) || (alone && isErrorSpan(via.span)),
      latencyMs:
        alone && !mixed
          ? Math.max(0, (via.endMs - via.startMs - (node.endMs - node.startMs)) / 2)
          : null,
      linkTarget: null,
    });
    record.followUps.push({ node, destination: null });
  }
}

/** A producer span: a publish; consumers under it handle its messages, our own spans under it are ours. */
function publish(record: ExecutionRecord, producer: SpanNode, own: SpanNode[]): void {
  record.placed++;
  const destination = messagingDestination(producer.span);
  let consumers = 0;
  for (const child of producer.children) {
    if (child.span.kind === 'consumer' || child.span.service !== record.service) {
      consume(record, child, destination);
      consumers++;
    } else own.push(child);
  }
  record.outbound.push({
    kind: 'publish',
    target: destination.name,
    dependency: null,
    destination,
    start: producer.startMs,
    end: producer.endMs,
    failed: isErrorSpan(producer.span),
    latencyMs: null,
    linkTarget: consumers === 0 ? `${producer.span.traceId}:${producer.span.spanId}` : null,
  });
  record.waiting.push({ start: producer.startMs, end: producer.endMs });
}
