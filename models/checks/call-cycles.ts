import type { Variant } from '../types';
import type { Findings } from './findings';

/**
 * A synchronous call cycle holds a worker at every hop and waits on itself: under load it
 * deadlocks or recurses. Reported once per strongly connected group of the call graph, as a
 * concrete cycle through it.
 */
export function warnCallCycles(variant: Variant, v: number, findings: Findings): void {
  const calls = new Map<string, { to: string; edge: number }[]>();
  variant.edges.forEach((e, i) => {
    if (e.kind !== 'call') return;
    const list = calls.get(e.from) ?? [];
    list.push({ to: e.to, edge: i });
    calls.set(e.from, list);
  });
  const reported = new Set<string>();
  for (const start of calls.keys()) {
    if (reported.has(start)) continue;
    const cycle = findCycleFrom(start, calls);
    if (!cycle) continue;
    cycle.nodes.forEach((n) => reported.add(n));
    findings.warn(
      ['variants', v, 'edges', cycle.firstEdge],
      `synchronous call cycle ${[...cycle.nodes, cycle.nodes[0]].join(' → ')}: each hop holds a worker while waiting for the next`,
    );
  }
}

/** Depth-first search for a path that returns to `start`. */
function findCycleFrom(
  start: string,
  calls: Map<string, { to: string; edge: number }[]>,
): { nodes: string[]; firstEdge: number } | null {
  const visited = new Set<string>();
  const stack: { node: string; edge: number }[] = [];
  const visit = (node: string): boolean => {
    for (const next of calls.get(node) ?? []) {
      stack.push({ node, edge: next.edge });
      if (next.to === start) return true;
      if (!visited.has(next.to)) {
        visited.add(next.to);
        if (visit(next.to)) return true;
      }
      stack.pop();
    }
    return false;
  };
  if (!visit(start)) return null;
  return { nodes: stack.map((s) => s.node), firstEdge: (stack[0] as { edge: number }).edge };
}
