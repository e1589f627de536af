import type { Variant } from '../types';
import type { Findings } from './findings';

type Calls = Map<string, { to: string; edge: number }[]>;

/** Beyond this many, one more warning says there are more (a generated model may have thousands). */
const MAX_CYCLE_WARNINGS = 20;

/**
 * A synchronous call cycle holds a worker at every hop and waits on itself: under load it
 * deadlocks or recurses. Reported as concrete cycles, each node in at most one of them.
 * Every walk keeps its own stack, so a 5 000-node chain costs no call-stack depth, and only
 * nodes of a strongly connected group are searched, so a long chain without cycles costs O(N + E).
 */
export function warnCallCycles(variant: Variant, v: number, findings: Findings): void {
  const names = new Map(variant.nodes.map((n) => [n.id, n.name]));
  const cycles = callCycles(variant, MAX_CYCLE_WARNINGS + 1);
  for (const cycle of cycles.slice(0, MAX_CYCLE_WARNINGS))
    findings.warn(
      ['variants', v, 'edges', cycle.edges[0]!],
      `synchronous call cycle ${describeCycle(cycle.nodes.map((id) => names.get(id) ?? id))}: each hop holds a worker while waiting for the next`,
    );
  if (cycles.length > MAX_CYCLE_WARNINGS)
    findings.warn(
      ['variants', v, 'edges'],
      `more synchronous call cycles than the ${MAX_CYCLE_WARNINGS} named above`,
    );
}

/** One concrete call cycle: its nodes in call order and the indexes of its edges in the variant. */
export interface CallCycle {
  nodes: string[];
  edges: number[];
}

/**
 * Up to `limit` concrete call cycles of a variant, each node in at most one of them (the ones the
 * validator warns about and the canvas marks).
 */
export function callCycles(variant: Variant, limit = Infinity): CallCycle[] {
  const calls: Calls = new Map();
  variant.edges.forEach((e, i) => {
    if (e.kind !== 'call') return;
    const list = calls.get(e.from) ?? [];
    list.push({ to: e.to, edge: i });
    calls.set(e.from, list);
  });
  const group = cyclicGroups(calls);
  const reported = new Set<string>();
  const cycles: CallCycle[] = [];
  for (const start of calls.keys()) {
    if (cycles.length >= limit) break;
    if (reported.has(start) || !group.has(start)) continue;
    const cycle = findCycleFrom(start, calls, group);
    if (!cycle) continue;
    cycle.nodes.forEach((n) => reported.add(n));
    cycles.push(cycle);
  }
  return cycles;
}

/** `a → b → c → a`; a long cycle keeps its first and last hops and says how long it is. */
function describeCycle(nodes: string[]): string {
  const around = [...nodes, nodes[0]];
  if (around.length <= 12) return around.join(' → ');
  return `${around.slice(0, 5).join(' → ')} → … → ${around.slice(-5).join(' → ')} (${nodes.length} nodes)`;
}

/**
 * Depth-first search for a path that returns to `start`, through `start`'s strongly connected
 * group only (no node outside it can lead back). Same order and result as the recursive search.
 */
function findCycleFrom(start: string, calls: Calls, group: Map<string, number>): CallCycle | null {
  const home = group.get(start);
  const visited = new Set<string>();
  const path: { node: string; edge: number }[] = [];
  const frames: { node: string; next: number }[] = [{ node: start, next: 0 }];
  while (frames.length > 0) {
    const frame = frames[frames.length - 1]!;
    const out = calls.get(frame.node) ?? [];
    if (frame.next >= out.length) {
      frames.pop();
      if (frames.length > 0) path.pop();
      continue;
    }
    const call = out[frame.next++]!;
    path.push({ node: frame.node, edge: call.edge });
    if (call.to === start)
      return { nodes: path.map((s) => s.node), edges: path.map((s) => s.edge) };
    if (!visited.has(call.to) && group.get(call.to) === home) {
      visited.add(call.to);
      frames.push({ node: call.to, next: 0 });
      continue;
    }
    path.pop();
  }
  return null;
}

/**
 * The nodes that lie on some call cycle, each mapped to its strongly connected group (Tarjan's
 * algorithm with explicit stacks). A group of one counts only when the node calls itself.
 */
function cyclicGroups(calls: Calls): Map<string, number> {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const onStack = new Set<string>();
  const stack: string[] = [];
  const group = new Map<string, number>();
  let counter = 0;
  let groups = 0;
  for (const root of calls.keys()) {
    if (index.has(root)) continue;
    const frames: { node: string; next: number }[] = [];
    const enter = (node: string): void => {
      index.set(node, counter);
      low.set(node, counter++);
      stack.push(node);
      onStack.add(node);
      frames.push({ node, next: 0 });
    };
    enter(root);
    while (frames.length > 0) {
      const frame = frames[frames.length - 1]!;
      const out = calls.get(frame.node) ?? [];
      if (frame.next < out.length) {
        const to = out[frame.next++]!.to;
        if (!index.has(to)) enter(to);
        else if (onStack.has(to))
          low.set(frame.node, Math.min(low.get(frame.node)!, index.get(to)!));
        continue;
      }
      frames.pop();
      const parent = frames[frames.length - 1];
      if (parent) low.set(parent.node, Math.min(low.get(parent.node)!, low.get(frame.node)!));
      if (low.get(frame.node) !== index.get(frame.node)) continue;
      const members: string[] = [];
      for (;;) {
        const n = stack.pop()!;
        onStack.delete(n);
        members.push(n);
        if (n === frame.node) break;
      }
      const selfCall = out.some((c) => c.to === frame.node);
      if (members.length > 1 || selfCall) {
        for (const n of members) group.set(n, groups);
        groups++;
      }
    }
  }
  return group;
}
