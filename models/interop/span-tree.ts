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
  repairs: TreeRepairs;
}

export function emptyRepairs(): TreeRepairs {
  return { missingParents: 0, clockSkew: 0, cycles: 0, duplicateIds: 0 };
}

/**
 * Builds the span tree of one trace. Never throws and always terminates: missing parents
 * become roots, cycles are cut, skew is corrected, duplicate ids dropped, each counted.
 */
export function buildSpanTree(spans: readonly NormalizedSpan[]): SpanTree {
  const repairs = emptyRepairs();
  const byId = new Map<string, SpanNode>();
  for (const span of spans) {
    if (byId.has(span.spanId)) {
      repairs.duplicateIds++;
      continue;
    }
    byId.set(span.spanId, {
      span,
      startMs: span.startMs,
      endMs: span.endMs,
      parent: null,
      children: [],
    });
  }
  const parentOf = new Map<SpanNode, SpanNode | null>();
  for (const node of byId.values()) {
    const parentId = node.span.parentSpanId;
    const parent =
      parentId === null || parentId === node.span.spanId ? null : (byId.get(parentId) ?? null);
    if (parentId !== null && parent === null && parentId !== node.span.spanId)
      repairs.missingParents++;
    if (parentId === node.span.spanId) repairs.cycles++;
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
  return { roots, repairs };
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
