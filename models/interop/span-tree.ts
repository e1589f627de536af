import type { NormalizedSpan } from './span';

/** A span in its trace's tree; start/end are shifted when clock skew was corrected. */
export interface SpanNode {
  span: NormalizedSpan;
  startMs: number;
  endMs: number;
  parent: SpanNode | null;
  children: SpanNode[];
}

/** What was wrong with a trace and how it was recovered; counts per kind of problem. */
export interface TreeRepairs {
  /** Spans whose parent is not in the trace: kept, treated as roots. */
  missingParents: number;
  /** Children that started before their parent: shifted (with their subtree) to start with it. */
  clockSkew: number;
  /** Parent links that formed a cycle: the link of the earliest span in the cycle is cut, making it a root. */
  cycles: number;
  /** A second span with an id already seen in the trace: dropped. */
  duplicateIds: number;
}

export interface SpanTree {
  roots: SpanNode[];
  /** Spans in the tree (duplicates dropped). */
  spans: number;
  /** Spans left out of the tree: a second span with an id already seen. */
  dropped: NormalizedSpan[];
  repairs: TreeRepairs;
}

export function emptyRepairs(): TreeRepairs {
  return { missingParents: 0, clockSkew: 0, cycles: 0, duplicateIds: 0 };
}

/** The key a span is indexed by: its id, or for a B3 shared server half also its endpoint. */
function sharedKey(id: string, endpoint: string | undefined): string {
  return `${id}\u0000shared\u0000${endpoint ?? ''}`;
}

/**
 * Builds the span tree of one trace. Never throws and always terminates: missing parents
 * become roots, cycles are cut, skew is corrected, duplicate ids dropped, each counted.
 *
 * Zipkin B3 shared spans follow the rule of Zipkin's own tree builder: a shared (server) half
 * is indexed by its id and local endpoint, its parent is the client half with the same id,
 * and a span whose parent id is that id hangs under the server half when it was reported from
 * the same endpoint (or from no endpoint), else under the client half. One addition: when no
 * endpoint matches exactly (addresses or ports differ), a child in the server half's service
 * still goes under it, as long as the client half is in another service.
 */
export function buildSpanTree(spans: readonly NormalizedSpan[]): SpanTree {
  const repairs = emptyRepairs();
  const byId = new Map<string, SpanNode>();
  const dropped: NormalizedSpan[] = [];
  /** Shared halves by id + endpoint, by id alone (for children without an endpoint), and by id + service. */
  let shared: Map<string, SpanNode> | null = null;
  for (const span of spans) {
    const key = span.shared === true ? sharedKey(span.spanId, span.endpoint) : span.spanId;
    if (byId.has(key)) {
      repairs.duplicateIds++;
      dropped.push(span);
      continue;
    }
    const node: SpanNode = {
      span,
      startMs: span.startMs,
      endMs: span.endMs,
      parent: null,
      children: [],
    };
    byId.set(key, node);
    if (span.shared === true) {
      shared ??= new Map();
      shared.set(sharedKey(span.spanId, undefined), node);
      shared.set(`${span.spanId}\u0000service\u0000${span.service}`, node);
    }
  }
  const parentOf = new Map<SpanNode, SpanNode | null>();
  for (const node of byId.values()) {
    const { span } = node;
    // A shared half's parent is the client half, which has the same id.
    const parentId = span.shared === true ? span.spanId : span.parentSpanId;
    let parent: SpanNode | null = null;
    if (parentId !== null && parentId === span.spanId && span.shared !== true) repairs.cycles++;
    else if (parentId !== null) {
      parent = sharedParent(shared, byId, span, parentId) ?? byId.get(parentId) ?? null;
      if (parent === null) repairs.missingParents++;
    }
    parentOf.set(node, parent);
  }
  breakCycles(byId, parentOf, repairs);
  const roots: SpanNode[] = [];
  for (const node of byId.values()) {
    const parent = parentOf.get(node) ?? null;
    node.parent = parent;
    if (parent) parent.children.push(node);
    else roots.push(node);
  }
  for (const node of byId.values()) node.children.sort((a, b) => a.startMs - b.startMs);
  roots.sort((a, b) => a.startMs - b.startMs);
  for (const root of roots) correctSkew(root, repairs);
  return { roots, spans: byId.size, dropped, repairs };
}

/** The shared server half a (non-shared) span hangs under, if any: see buildSpanTree. */
function sharedParent(
  shared: Map<string, SpanNode> | null,
  byId: Map<string, SpanNode>,
  span: NormalizedSpan,
  parentId: string,
): SpanNode | undefined {
  if (shared === null || span.shared === true) return undefined;
  const exact = shared.get(sharedKey(parentId, span.endpoint));
  if (exact) return exact;
  const sameService = shared.get(`${parentId}\u0000service\u0000${span.service}`);
  const client = byId.get(parentId);
  return sameService && (!client || client.span.service !== span.service) ? sameService : undefined;
}

/** Walks up from every span; a walk that meets itself is a cycle, cut at its earliest span. */
function breakCycles(
  byId: Map<string, SpanNode>,
  parentOf: Map<SpanNode, SpanNode | null>,
  repairs: TreeRepairs,
): void {
  const state = new Map<SpanNode, 1 | 2>(); // 1 = on the current walk, 2 = known to reach a root
  for (const start of byId.values()) {
    const walk: SpanNode[] = [];
    let node: SpanNode | null = start;
    while (node && !state.has(node)) {
      state.set(node, 1);
      walk.push(node);
      node = parentOf.get(node) ?? null;
    }
    if (node && state.get(node) === 1) {
      const cycle = walk.slice(walk.indexOf(node));
      const earliest = cycle.reduce((a, b) => (b.startMs < a.startMs ? b : a));
      parentOf.set(earliest, null);
      repairs.cycles++;
    }
    for (const n of walk) state.set(n, 2);
  }
}

/** Top-down, iterative (deep traces must not overflow the stack). */
function correctSkew(root: SpanNode, repairs: TreeRepairs): void {
  const stack: { node: SpanNode; shift: number }[] = root.children.map((node) => ({
    node,
    shift: 0,
  }));
  while (stack.length > 0) {
    const { node, shift } = stack.pop() as { node: SpanNode; shift: number };
    const parent = node.parent as SpanNode;
    let total = shift;
    if (node.startMs + total < parent.startMs) {
      total = parent.startMs - node.startMs;
      repairs.clockSkew++;
    }
    node.startMs += total;
    node.endMs += total;
    for (const child of node.children) stack.push({ node: child, shift: total });
  }
}
