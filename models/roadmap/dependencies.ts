import type { Change, ModelEdge, ModelNode, RoadmapStep, Variant } from '../types';

/** `step` can only come after `on`; `reason` says why, in words a planner understands. */
export interface StepDependency {
  step: string;
  on: string;
  reason: string;
}

interface Footprint {
  adds: Set<string>;
  removes: Set<string>;
  updates: Set<string>;
  /** What must exist when the step starts (its own additions excluded). */
  needs: Set<string>;
}

const nodeKey = (id: string): string => `node:${id}`;
const edgeKey = (id: string): string => `edge:${id}`;

/** Everything an id can be called, from the base variant and from every record the steps carry. */
function catalogue(base: Variant, steps: readonly RoadmapStep[]) {
  const nodes = new Map<string, ModelNode>(base.nodes.map((n) => [n.id, n]));
  const endpoints = new Map<string, Set<string>>();
  const edges = new Map<string, ModelEdge>(base.edges.map((e) => [e.id, e]));
  const noteEdge = (e: ModelEdge): void => {
    const set = endpoints.get(e.id) ?? new Set<string>();
    set.add(e.from).add(e.to);
    endpoints.set(e.id, set);
    if (!edges.has(e.id)) edges.set(e.id, e);
  };
  base.edges.forEach(noteEdge);
  for (const s of steps) {
    for (const c of s.changes) {
      if (c.op === 'addNode' || c.op === 'updateNode') {
        const n = c.node as unknown as ModelNode;
        if (!nodes.has(n.id)) nodes.set(n.id, n);
      }
      if (c.op === 'addEdge' || c.op === 'updateEdge') noteEdge(c.edge as unknown as ModelEdge);
    }
  }
  const label = (key: string): string => {
    const [type, id] = [key.slice(0, 4), key.slice(5)];
    if (type === 'node') {
      const n = nodes.get(id);
      return n ? `the ${n.kind} “${n.name}”` : `node “${id}”`;
    }
    const e = edges.get(id);
    const name = (nid: string): string => nodes.get(nid)?.name ?? nid;
    return e ? `the ${e.kind} ${name(e.from)} → ${name(e.to)}` : `edge “${id}”`;
  };
  return { endpoints, label };
}

function footprint(changes: readonly Change[], endpoints: Map<string, Set<string>>): Footprint {
  const f: Footprint = {
    adds: new Set(),
    removes: new Set(),
    updates: new Set(),
    needs: new Set(),
  };
  const needEdgeEnds = (id: string): void =>
    endpoints.get(id)?.forEach((n) => f.needs.add(nodeKey(n)));
  const needDlq = (record: Record<string, unknown>): void => {
    if (typeof record.deadLetterQueue === 'string') f.needs.add(nodeKey(record.deadLetterQueue));
  };
  // A staged node's stages name its edges: they must exist (and stay) while it has them.
  const needStageEdges = (record: Record<string, unknown>): void => {
    if (!Array.isArray(record.stages)) return;
    for (const stage of record.stages as { edges: string[] }[])
      for (const id of stage.edges) f.needs.add(edgeKey(id));
  };
  for (const c of changes) {
    switch (c.op) {
      case 'addNode':
        f.adds.add(nodeKey(String(c.node.id)));
        needDlq(c.node);
        break;
      case 'updateNode':
        f.needs.add(nodeKey(String(c.node.id)));
        f.updates.add(nodeKey(String(c.node.id)));
        needDlq(c.node);
        needStageEdges(c.node);
        break;
      case 'removeNode':
        f.needs.add(nodeKey(c.id));
        f.removes.add(nodeKey(c.id));
        break;
      case 'addEdge':
        f.adds.add(edgeKey(String(c.edge.id)));
        f.needs.add(nodeKey(String(c.edge.from))).add(nodeKey(String(c.edge.to)));
        if (c.after !== undefined) f.needs.add(edgeKey(c.after));
        if (c.sameStageAs !== undefined) f.needs.add(edgeKey(c.sameStageAs));
        break;
      case 'updateEdge':
        f.needs.add(edgeKey(String(c.edge.id)));
        f.updates.add(edgeKey(String(c.edge.id)));
        needEdgeEnds(String(c.edge.id));
        break;
      case 'removeEdge':
        f.needs.add(edgeKey(c.id));
        f.removes.add(edgeKey(c.id));
        needEdgeEnds(c.id);
        break;
    }
  }
  for (const k of f.adds) f.needs.delete(k);
  return f;
}

/**
 * Which steps must come after which, from what they touch (`steps` in their current order):
 * a step that uses something another step creates comes after it; a step that removes
 * something another step still needs comes after that one; two changes of the same node or edge
 * keep their order (the later builds on the earlier).
 */
export function stepDependencies(base: Variant, steps: readonly RoadmapStep[]): StepDependency[] {
  const { endpoints, label } = catalogue(base, steps);
  const prints = steps.map((s) => footprint(s.changes, endpoints));
  const found = new Map<string, StepDependency>();
  const add = (b: number, a: number, reason: string): void => {
    const key = `${steps[b]!.id}\u0000${steps[a]!.id}`;
    if (!found.has(key)) found.set(key, { step: steps[b]!.id, on: steps[a]!.id, reason });
  };
  const t = (i: number): string => `“${steps[i]!.title}”`;
  for (let a = 0; a < steps.length; a++) {
    for (let b = 0; b < steps.length; b++) {
      if (a === b) continue;
      const A = prints[a]!;
      const B = prints[b]!;
      for (const k of B.needs)
        if (A.adds.has(k)) add(b, a, `${t(b)} uses ${label(k)}, which ${t(a)} creates`);
      for (const k of A.needs)
        if (B.removes.has(k)) add(b, a, `${t(b)} removes ${label(k)}, which ${t(a)} still needs`);
      if (a < b) {
        for (const k of B.updates)
          if (A.updates.has(k))
            add(
              b,
              a,
              `${t(b)} and ${t(a)} both change ${label(k)}; the later change builds on the earlier`,
            );
        for (const k of B.adds)
          if (A.removes.has(k))
            add(b, a, `${t(b)} re-creates ${label(k)} after ${t(a)} removes it`);
      }
    }
  }
  return [...found.values()];
}

/** The first dependency that an order of step ids breaks, if any. */
export function brokenDependency(
  deps: readonly StepDependency[],
  order: readonly string[],
): StepDependency | null {
  const position = new Map(order.map((id, i) => [id, i]));
  for (const d of deps) {
    const s = position.get(d.step);
    const o = position.get(d.on);
    if (s !== undefined && o !== undefined && s < o) return d;
  }
  return null;
}
