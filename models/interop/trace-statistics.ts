import { isErrorSpan, messagingDestination, type MessagingDestination } from './dependency-target';
import {
  walkExecution,
  type ExecutionRecord,
  type FollowUp,
  type Outbound,
} from './execution-walk';
import { logicalCalls, type LogicalCall } from './logical-calls';
import { observedStages, stageKind, tallyStages, type StageTally } from './call-stages';
import { SampleReservoir } from './sample-reservoir';
import type { NormalizedSpan } from './span';
import type { SpanNode, SpanTree, TreeRepairs } from './span-tree';
import { emptyRepairs } from './span-tree';

/** Statistics of one service (or database/external system) over all its executions. */
export interface ServiceStats {
  name: string;
  kind: 'service' | 'database' | 'external';
  /** Where the kind came from (for the summary). */
  kindSource: string;
  executions: number;
  /** Executions entered through a root client or producer span (a load generator, a script). */
  senderExecutions: number;
  errors: number;
  selfTimeMs: SampleReservoir;
  /** Executions with two or more synchronous calls whose calls overlapped / did not. */
  parallelVotes: number;
  sequentialVotes: number;
  /** Of those, executions whose calls were neither all at once nor one after the other (call-stages.ts). */
  mixedVotes: number;
  /** The mixed executions' orders of stages, with their limits. */
  stageTallies: Map<string, StageTally>;
}

export interface CallStats {
  from: string;
  to: string;
  /** Calls as the caller's code made them: retries are part of the call they repeat. */
  calls: number;
  /** Attempts, retries included, and those that failed. */
  attempts: number;
  failedAttempts: number;
  /** Calls retried after a failure, the most retries of one call, and the waits before retries. */
  retriedCalls: number;
  maxRetries: number;
  retryGapsMs: SampleReservoir;
  /** Calls whose failures were all retried away. */
  survivedRetries: number;
  /** Calls that failed in the end while the caller succeeded (a fallback) / failed too. */
  absorbedFailures: number;
  propagatedFailures: number;
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

/** Spans that are in the file but in no execution of the model, each with why. */
export interface UnplacedSpans {
  count: number;
  byReason: Map<string, number>;
  /** The first few, each with where and why. */
  listed: { where: string; reason: string }[];
}

/** How many unplaced spans are listed by name; the rest are counted per reason. */
const MAX_LISTED_UNPLACED = 20;

/** Tolerance for calling two calls overlapping: below tracer clock resolution. */
const OVERLAP_EPSILON_MS = 0.001;

function edgeKey(from: string, to: string): string {
  return `${from}\u0000${to}`;
}

const bump = (m: Map<string, number>, k: string, by = 1): void =>
  void m.set(k, (m.get(k) ?? 0) + by);

/**
 * Walks span trees and accumulates what the model builder needs. An execution is one
 * service handling one request: a server or consumer span (or a root) plus the internal,
 * client and producer spans of the same service under it (see execution-walk.ts). Its self
 * time is its duration minus the union of its outbound calls and publishes.
 */
export class TraceStatistics {
  readonly services = new Map<string, ServiceStats>();
  readonly calls = new Map<string, CallStats>();
  readonly destinations = new Map<string, DestinationStats>();
  /** Entry requests (roots that are not consumers) per service of the root span. */
  readonly entries = new Map<string, number>();
  readonly repairs: TreeRepairs = emptyRepairs();
  traces = 0;
  /** Spans in the trees, and those an execution accounted for (the rest are listed in `unplaced`). */
  spansInTrees = 0;
  spansPlaced = 0;
  readonly unplaced: UnplacedSpans = { count: 0, byReason: new Map(), listed: [] };
  firstEntryMs = Number.POSITIVE_INFINITY;
  lastEntryMs = Number.NEGATIVE_INFINITY;
  entryCount = 0;
  consumerRoots = 0;
  /** Consumer roots whose span link named a producer seen in the file. */
  joinedByLinks = 0;
  /** Producer spans whose consumers are not under them, by `traceId:spanId`: their destination. */
  private readonly linkTargets = new Map<string, MessagingDestination>();
  /** Consumer roots linked to a producer not seen yet, by link and service (resolved at the end). */
  private readonly pendingLinks = new Map<
    string,
    { link: string; service: string; fallback: MessagingDestination; count: number }
  >();

  addTree(tree: SpanTree): void {
    this.traces++;
    for (const key of Object.keys(this.repairs) as (keyof TreeRepairs)[])
      this.repairs[key] += tree.repairs[key];
    this.spansInTrees += tree.spans;
    for (const span of tree.dropped)
      this.unplace(span, 'repeats the id of another span of its trace: dropped');
    const placedBefore = this.spansPlaced;
    const work: FollowUp[] = [];
    for (const root of tree.roots) {
      if (root.span.kind === 'consumer') {
        this.consumerRoots++;
        this.consumerRoot(root);
        work.push({ node: root, destination: null });
      } else {
        this.entry(root);
        work.push({ node: root, destination: null });
      }
      while (work.length > 0) this.followUp(work.pop() as FollowUp, work);
    }
    // Every span of the tree belongs to exactly one execution; a shortfall must not pass unseen.
    const missed = tree.spans - (this.spansPlaced - placedBefore);
    if (missed !== 0 && tree.roots[0]) {
      this.unplaced.count += missed;
      bump(
        this.unplaced.byReason,
        `span(s) of trace ${tree.roots[0].span.traceId} not reached by the model builder (please report this trace)`,
        missed,
      );
    }
  }

  /** A span the model leaves out, counted per reason and listed (the first few). */
  unplace(span: NormalizedSpan, reason: string): void {
    const u = this.unplaced;
    u.count++;
    bump(u.byReason, reason);
    if (u.listed.length < MAX_LISTED_UNPLACED)
      u.listed.push({
        where: `trace ${span.traceId} span ${span.spanId} (${span.service} "${span.name}")`,
        reason,
      });
  }

  private entry(root: SpanNode): void {
    bump(this.entries, root.span.service);
    this.entryCount++;
    this.firstEntryMs = Math.min(this.firstEntryMs, root.startMs);
    this.lastEntryMs = Math.max(this.lastEntryMs, root.startMs);
  }

  private followUp(item: FollowUp, work: FollowUp[]): void {
    if (item.destination) this.consumed(item.destination, item.node.span.service);
    const record = walkExecution(item.node);
    this.accumulate(record);
    for (const next of record.followUps) work.push(next);
  }

  private service(name: string, kind: ServiceStats['kind'], kindSource: string): ServiceStats {
    let s = this.services.get(name);
    if (!s) {
      s = {
        name,
        kind,
        kindSource,
        executions: 0,
        senderExecutions: 0,
        errors: 0,
        selfTimeMs: new SampleReservoir(),
        parallelVotes: 0,
        sequentialVotes: 0,
        mixedVotes: 0,
        stageTallies: new Map(),
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
      c = {
        from,
        to,
        calls: 0,
        attempts: 0,
        failedAttempts: 0,
        retriedCalls: 0,
        maxRetries: 0,
        retryGapsMs: new SampleReservoir(),
        survivedRetries: 0,
        absorbedFailures: 0,
        propagatedFailures: 0,
        callingExecutions: 0,
        latencyMs: new SampleReservoir(),
      };
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

  /**
   * A consumer span at the root of its trace: its message's destination is its producer's
   * when a span link names a producer (now or, if the producer comes later, at the end),
   * else the one its own attributes name.
   */
  private consumerRoot(root: SpanNode): void {
    const own = messagingDestination(root.span);
    const link = root.span.links?.[0];
    if (link === undefined) {
      this.consumed(own, root.span.service);
      return;
    }
    const target = this.linkTargets.get(link);
    if (target) {
      this.joinedByLinks++;
      this.consumed(target, root.span.service);
      return;
    }
    const key = `${link}\u0000${root.span.service}`;
    const pending = this.pendingLinks.get(key);
    if (pending) pending.count++;
    else this.pendingLinks.set(key, { link, service: root.span.service, fallback: own, count: 1 });
  }

  /** After the last trace: consumer roots linked to producers that came later in the file. */
  resolveLinks(): void {
    for (const p of this.pendingLinks.values()) {
      const target = this.linkTargets.get(p.link);
      if (target) this.joinedByLinks += p.count;
      this.consumed(target ?? p.fallback, p.service, p.count);
    }
    this.pendingLinks.clear();
  }

  private consumed(destination: MessagingDestination, service: string, count = 1): void {
    bump(this.destination(destination.name, destination.system).consumers, service, count);
  }

  private accumulate(record: ExecutionRecord): void {
    const { entry, service: name } = record;
    this.spansPlaced += record.placed;
    const sender =
      entry.parent === null && (entry.span.kind === 'client' || entry.span.kind === 'producer');
    const stats = this.service(
      name,
      'service',
      sender ? 'root client span' : entry.parent ? 'server span' : 'root span',
    );
    stats.executions++;
    if (sender) stats.senderExecutions++;
    const publishesMade = new Map<string, number>();
    const sync: Outbound[] = [];
    for (const o of record.outbound) {
      if (o.kind === 'publish') {
        const d = o.destination as MessagingDestination;
        this.destination(d.name, d.system);
        if (o.linkTarget !== null) this.linkTargets.set(o.linkTarget, d);
        bump(publishesMade, d.name);
        continue;
      }
      sync.push(o);
      if (o.dependency) {
        const dep = this.service(o.target, o.dependency.kind, o.dependency.source);
        if (dep.kind !== 'service') {
          dep.executions++;
          if (o.failed) dep.errors++;
          dep.selfTimeMs.add(o.end - o.start);
        }
      }
      if (o.latencyMs !== null) this.call(name, o.target).latencyMs.add(o.latencyMs);
    }
    stats.selfTimeMs.add(
      Math.max(
        0,
        record.end - record.start - unionLength(record.waiting, record.start, record.end),
      ),
    );
    this.vote(stats, sync);
    const calls = logicalCalls(sync);
    this.voteStages(stats, calls);
    const failed = isErrorSpan(entry.span);
    const propagated = this.countCalls(name, calls, failed);
    // An execution that failed after a call failed got its error from the callee: not its own.
    if (failed && !propagated) stats.errors++;
    for (const [dest, n] of publishesMade) {
      const d = this.destinations.get(dest) as DestinationStats;
      const p = d.publishes.get(name) ?? { publishes: 0, publishingExecutions: 0 };
      p.publishes += n;
      p.publishingExecutions++;
      d.publishes.set(name, p);
    }
  }

  /**
   * Calls per target as the code made them (retries grouped with the attempt they repeat) and
   * what became of failures: absorbed when the execution still succeeded, propagated when it
   * failed too. Returns whether a failure propagated.
   */
  private countCalls(from: string, calls: readonly LogicalCall[], failed: boolean): boolean {
    let propagated = false;
    const calling = new Set<string>();
    for (const call of calls) {
      const c = this.call(from, call.target);
      c.calls++;
      c.attempts += call.attempts.length;
      if (!calling.has(call.target)) {
        calling.add(call.target);
        c.callingExecutions++;
      }
      for (const a of call.attempts) if (a.failed) c.failedAttempts++;
      if (call.retryGapsMs.length > 0) {
        c.retriedCalls++;
        c.maxRetries = Math.max(c.maxRetries, call.retryGapsMs.length);
        for (const gap of call.retryGapsMs) c.retryGapsMs.add(gap);
      }
      if (call.failed && failed) {
        c.propagatedFailures++;
        propagated = true;
      } else if (call.failed) c.absorbedFailures++;
      else if (call.retryGapsMs.length > 0) c.survivedRetries++;
    }
    return propagated;
  }

  /** The stages of an execution's calls (each call from its first attempt to its last): a mixed one is tallied. */
  private voteStages(stats: ServiceStats, calls: readonly LogicalCall[]): void {
    if (calls.length < 2) return;
    const stages = observedStages(
      calls.map((c) => ({
        target: c.target,
        start: Math.min(...c.attempts.map((a) => a.start)),
        end: Math.max(...c.attempts.map((a) => a.end)),
      })),
    );
    if (stageKind(stages) !== 'mixed') return;
    stats.mixedVotes++;
    tallyStages(stats.stageTallies, stages);
  }

  private vote(stats: ServiceStats, attempts: readonly { start: number; end: number }[]): void {
    const calls = [...attempts];
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
