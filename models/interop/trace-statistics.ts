import { dependencyTarget, isErrorSpan, messagingDestination } from './dependency-target';
import { SampleReservoir } from './sample-reservoir';
import type { SpanNode, SpanTree, TreeRepairs } from './span-tree';
import { emptyRepairs } from './span-tree';

/** Statistics of one service (or database/external system) over all its executions. */
export interface ServiceStats {
  name: string;
  kind: 'service' | 'database' | 'external';
  /** Where the kind came from (for the summary). */
  kindSource: string;
  executions: number;
  errors: number;
  selfTimeMs: SampleReservoir;
  /** Executions with two or more synchronous calls whose calls overlapped / did not. */
  parallelVotes: number;
  sequentialVotes: number;
}

export interface CallStats {
  from: string;
  to: string;
  calls: number;
  /** Executions of `from` that made this call at least once. */
  callingExecutions: number;
  /** Half of (client span − server span): one-way network latency. */
  latencyMs: SampleReservoir;
}

export interface DestinationStats {
  name: string;
  system: string | null;
  publishes: Map<string, { publishes: number; publishingExecutions: number }>;
  consumers: Map<string, number>;
}

/** Tolerance for calling two calls overlapping: below tracer clock resolution. */
const OVERLAP_EPSILON_MS = 0.001;

function edgeKey(from: string, to: string): string {
  return `${from}\u0000${to}`;
}

/**
 * Walks span trees and accumulates what the model builder needs. An execution is one
 * service handling one request: a server or consumer span (or a root) plus the internal,
 * client and producer spans of the same service under it. Its self time is its duration
 * minus the union of its outbound calls and publishes.
 */
export class TraceStatistics {
  readonly services = new Map<string, ServiceStats>();
  readonly calls = new Map<string, CallStats>();
  readonly destinations = new Map<string, DestinationStats>();
  /** Entry requests per service, and the service that sent them when the root was a client span. */
  readonly entries = new Map<string, number>();
  readonly clientNames = new Map<string, number>();
  readonly repairs: TreeRepairs = emptyRepairs();
  traces = 0;
  firstEntryMs = Number.POSITIVE_INFINITY;
  lastEntryMs = Number.NEGATIVE_INFINITY;
  entryCount = 0;
  consumerRoots = 0;

  addTree(tree: SpanTree): void {
    this.traces++;
    for (const key of Object.keys(this.repairs) as (keyof TreeRepairs)[])
      this.repairs[key] += tree.repairs[key];
    for (const root of tree.roots) this.root(root);
  }

  private root(root: SpanNode): void {
    const { span } = root;
    if (span.kind === 'consumer') {
      this.consumerRoots++;
      this.consume(messagingDestination(span), root);
      return;
    }
    if (span.kind === 'client') {
      // Down through the sender's own client and internal spans to the services it called.
      const callees: SpanNode[] = [];
      const stack = [...root.children];
      while (stack.length > 0) {
        const n = stack.pop() as SpanNode;
        if (
          n.span.service === span.service &&
          (n.span.kind === 'client' || n.span.kind === 'internal')
        )
          stack.push(...n.children);
        else callees.push(n);
      }
      callees.sort((a, b) => a.startMs - b.startMs);
      if (callees.length > 0) {
        this.clientNames.set(span.service, (this.clientNames.get(span.service) ?? 0) + 1);
        for (const callee of callees) this.entry(callee, root);
        return;
      }
    }
    this.entry(root, null);
  }

  private entry(node: SpanNode, clientSpan: SpanNode | null): void {
    this.entries.set(node.span.service, (this.entries.get(node.span.service) ?? 0) + 1);
    this.entryCount++;
    const at = clientSpan ? clientSpan.startMs : node.startMs;
    this.firstEntryMs = Math.min(this.firstEntryMs, at);
    this.lastEntryMs = Math.max(this.lastEntryMs, at);
    this.execution(node);
  }

  private service(name: string, kind: ServiceStats['kind'], kindSource: string): ServiceStats {
    let s = this.services.get(name);
    if (!s) {
      s = {
        name,
        kind,
        kindSource,
        executions: 0,
        errors: 0,
        selfTimeMs: new SampleReservoir(),
        parallelVotes: 0,
        sequentialVotes: 0,
      };
      this.services.set(name, s);
    } else if (s.kind !== 'service' && kind === 'service') {
      // Instrumented after all: a server span seen for it wins over attribute guesses.
      s.kind = 'service';
      s.kindSource = kindSource;
    }
    return s;
  }

  private call(from: string, to: string): CallStats {
    const key = edgeKey(from, to);
    let c = this.calls.get(key);
    if (!c) {
      c = { from, to, calls: 0, callingExecutions: 0, latencyMs: new SampleReservoir() };
      this.calls.set(key, c);
    }
    return c;
  }

  private destination(name: string, system: string | null): DestinationStats {
    let d = this.destinations.get(name);
    if (!d) {
      d = { name, system, publishes: new Map(), consumers: new Map() };
      this.destinations.set(name, d);
    }
    if (!d.system && system) d.system = system;
    return d;
  }

  private consume(destination: { name: string; system: string | null }, consumer: SpanNode): void {
    const d = this.destination(destination.name, destination.system);
    d.consumers.set(consumer.span.service, (d.consumers.get(consumer.span.service) ?? 0) + 1);
    this.execution(consumer);
  }

  /** One execution of a service, iteratively over nested calls (deep traces must not overflow). */
  private execution(first: SpanNode): void {
    const pending: SpanNode[] = [first];
    while (pending.length > 0) this.oneExecution(pending.pop() as SpanNode, pending);
  }

  private oneExecution(entry: SpanNode, pending: SpanNode[]): void {
    const name = entry.span.service;
    const stats = this.service(name, 'service', entry.parent ? 'server span' : 'root span');
    stats.executions++;
    if (isErrorSpan(entry.span)) stats.errors++;
    const outbound: { start: number; end: number; sync: boolean }[] = [];
    const callsMade = new Map<string, number>();
    const publishesMade = new Map<string, number>();
    const count = (m: Map<string, number>, k: string): void => void m.set(k, (m.get(k) ?? 0) + 1);
    const stack = [...entry.children];
    while (stack.length > 0) {
      const node = stack.pop() as SpanNode;
      const { span } = node;
      const sameService = span.service === name;
      if (sameService && span.kind === 'internal') {
        stack.push(...node.children);
      } else if (sameService && span.kind === 'client') {
        outbound.push({ start: node.startMs, end: node.endMs, sync: true });
        const callees = node.children.filter(
          (c) => c.span.service !== name || c.span.kind === 'server',
        );
        if (callees.length === 0) {
          const target = dependencyTarget(span);
          this.service(target.name, target.kind, target.source);
          const dep = this.services.get(target.name) as ServiceStats;
          if (dep.kind !== 'service') {
            dep.executions++;
            if (isErrorSpan(span)) dep.errors++;
            dep.selfTimeMs.add(node.endMs - node.startMs);
          }
          count(callsMade, target.name);
        }
        for (const callee of callees) {
          count(callsMade, callee.span.service);
          if (callees.length === 1) {
            const c = this.call(name, callee.span.service);
            c.latencyMs.add(
              Math.max(0, (node.endMs - node.startMs - (callee.endMs - callee.startMs)) / 2),
            );
          }
          if (callee.span.kind === 'consumer')
            this.consume(messagingDestination(callee.span), callee);
          else pending.push(callee);
        }
      } else if (sameService && span.kind === 'producer') {
        outbound.push({ start: node.startMs, end: node.endMs, sync: false });
        const destination = messagingDestination(span);
        this.destination(destination.name, destination.system);
        count(publishesMade, destination.name);
        for (const child of node.children) {
          if (child.span.kind === 'consumer' || child.span.service !== name)
            this.consume(destination, child);
          else stack.push(child);
        }
      } else if (span.kind === 'consumer') {
        // A consumer directly under a non-producer span: the message's origin is not traced.
        this.consume(messagingDestination(span), node);
      } else {
        // Another service's span right under ours (no client span recorded): a call without latency.
        outbound.push({ start: node.startMs, end: node.endMs, sync: true });
        count(callsMade, span.service);
        pending.push(node);
      }
    }
    stats.selfTimeMs.add(
      Math.max(0, entry.endMs - entry.startMs - unionLength(outbound, entry.startMs, entry.endMs)),
    );
    this.vote(
      stats,
      outbound.filter((o) => o.sync),
    );
    for (const [to, n] of callsMade) {
      const c = this.call(name, to);
      c.calls += n;
      c.callingExecutions++;
    }
    for (const [dest, n] of publishesMade) {
      const d = this.destinations.get(dest) as DestinationStats;
      const p = d.publishes.get(name) ?? { publishes: 0, publishingExecutions: 0 };
      p.publishes += n;
      p.publishingExecutions++;
      d.publishes.set(name, p);
    }
  }

  private vote(stats: ServiceStats, calls: { start: number; end: number }[]): void {
    if (calls.length < 2) return;
    calls.sort((a, b) => a.start - b.start);
    let overlap = false;
    let end = (calls[0] as { end: number }).end;
    for (let i = 1; i < calls.length; i++) {
      const c = calls[i] as { start: number; end: number };
      if (c.start < end - OVERLAP_EPSILON_MS) overlap = true;
      end = Math.max(end, c.end);
    }
    if (overlap) stats.parallelVotes++;
    else stats.sequentialVotes++;
  }
}

/** Length of the union of intervals, clipped to [from, to]. */
export function unionLength(
  intervals: readonly { start: number; end: number }[],
  from: number,
  to: number,
): number {
  const sorted = intervals
    .map((i) => ({ start: Math.max(from, i.start), end: Math.min(to, i.end) }))
    .filter((i) => i.end > i.start)
    .sort((a, b) => a.start - b.start);
  let total = 0;
  let curStart = Number.NaN;
  let curEnd = Number.NaN;
  for (const i of sorted) {
    if (Number.isNaN(curStart) || i.start > curEnd) {
      if (!Number.isNaN(curStart)) total += curEnd - curStart;
      curStart = i.start;
      curEnd = i.end;
    } else curEnd = Math.max(curEnd, i.end);
  }
  if (!Number.isNaN(curStart)) total += curEnd - curStart;
  return total;
}
