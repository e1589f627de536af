import type { ModelEdge } from '../models/types';

// Conditions of an edge (models/schema/flow.ts), as the engine reads them: 0 and 1 run while
// nothing failed, 2 and 3 once something did.
export const WHEN_ALWAYS = 0;
export const WHEN_ON_SUCCESS = 1;
export const WHEN_ON_FAILURE = 2;
export const WHEN_FALLBACK = 3;

const WHEN_CODE = {
  always: WHEN_ALWAYS,
  onSuccess: WHEN_ON_SUCCESS,
  onFailure: WHEN_ON_FAILURE,
  fallback: WHEN_FALLBACK,
} as const;

/** The flow plans of the nodes whose outbound edges have a condition or an exclusive group. */
export interface CompiledFlows {
  /** 1 when node n runs a flow plan (the engine's plain plan otherwise). */
  flow: Uint8Array;
  /** By edge: its WHEN_* code. */
  when: Uint8Array;
  /**
   * Flow plan of node n: slots flowStart[n] .. flowStart[n+1]-1 of flowSlots, in plan order; a
   * slot is an edge (≥ 0) or a whole exclusive group g (encoded −g − 1), placed where its first
   * edge is.
   */
  flowStart: Int32Array;
  flowSlots: Int32Array;
  /** Group g: its edges groupEdges[groupStart[g] .. groupStart[g+1]-1] and their cumulative weights. */
  groupStart: Int32Array;
  groupEdges: Int32Array;
  groupCum: Float64Array;
  /** 1 for an edge whose taking is counted in the results (a condition or a group). */
  counted: Uint8Array;
}

export function compileFlows(
  edges: readonly ModelEdge[],
  nodeCount: number,
  planStart: Int32Array,
  planEdges: readonly number[],
): CompiledFlows {
  const E = edges.length;
  const when = new Uint8Array(E);
  const counted = new Uint8Array(E);
  edges.forEach((e, i) => {
    if (e.kind === 'consume') return;
    when[i] = WHEN_CODE[e.when ?? 'always'];
    if (when[i] !== WHEN_ALWAYS || e.outcome) counted[i] = 1;
  });
  const flow = new Uint8Array(nodeCount);
  const flowStart = new Int32Array(nodeCount + 1);
  const slots: number[] = [];
  const groupStart: number[] = [0];
  const groupEdges: number[] = [];
  const groupCum: number[] = [];
  for (let n = 0; n < nodeCount; n++) {
    flowStart[n] = slots.length;
    const plan = planEdges.slice(planStart[n], planStart[n + 1]);
    if (!plan.some((e) => counted[e] === 1)) continue;
    flow[n] = 1;
    const groupAt = new Map<string, number>();
    for (const e of plan) {
      const edge = edges[e]!;
      const name = edge.kind === 'consume' ? undefined : edge.outcome?.group;
      if (name === undefined) {
        slots.push(e);
        continue;
      }
      if (!groupAt.has(name)) {
        groupAt.set(name, groupStart.length - 1);
        slots.push(-(groupStart.length - 1) - 1);
        const members = plan.filter((f) => {
          const other = edges[f]!;
          return other.kind !== 'consume' && other.outcome?.group === name;
        });
        let cum = 0;
        for (const f of members) {
          const o = edges[f]!;
          cum += o.kind === 'consume' ? 0 : (o.outcome?.weight ?? 0);
          groupEdges.push(f);
          groupCum.push(cum);
        }
        // The last edge takes whatever rounding leaves over (weights add up to 1 ± 1e-9).
        groupCum[groupCum.length - 1] = Infinity;
        groupStart.push(groupEdges.length);
      }
    }
  }
  flowStart[nodeCount] = slots.length;
  return {
    flow,
    when,
    flowStart,
    flowSlots: Int32Array.from(slots),
    groupStart: Int32Array.from(groupStart),
    groupEdges: Int32Array.from(groupEdges),
    groupCum: Float64Array.from(groupCum),
    counted,
  };
}
