import type { ModelEdge, Variant } from '../models/types';
import { planStages } from '../models/stages/plan-stages';
import { ModelError } from './model-error';

/** The stages of the nodes whose `callMode` is `stages` (models/schema/stage.ts), as the engine reads them. */
export interface CompiledStages {
  /** 1 when node n runs its calls in stages. */
  staged: Uint8Array;
  /** Stages of node n: stageStart[n] .. stageStart[n+1]-1. */
  stageStart: Int32Array;
  /** Edges of stage s: slots stageEdgeStart[s] .. stageEdgeStart[s+1]-1 of stageEdges. */
  stageEdgeStart: Int32Array;
  stageEdges: Int32Array;
  /** By slot: how many of the edge's calls are in flight at once (1 .. its count). */
  atATime: Int32Array;
  /** By edge: its slot in its node's stages (−1 when its node does not run in stages). */
  edgeSlot: Int32Array;
  /** The most edges of one stage: the length of a job's per-edge counters. */
  widest: number;
}

/**
 * Flattens every staged node's stages (models/stages/plan-stages.ts: its listed stages, then its
 * other edges one by one). A stage that names an edge that is not the node's own, or a staged
 * node that also runs a flow plan, is refused (the validator says so first).
 */
export function compileStages(
  variant: Variant,
  index: ReadonlyMap<string, number>,
  edges: readonly ModelEdge[],
  flow: Uint8Array,
): CompiledStages {
  const N = variant.nodes.length;
  const staged = new Uint8Array(N);
  const stageStart = new Int32Array(N + 1);
  const stageEdgeStart: number[] = [];
  const stageEdges: number[] = [];
  const atATime: number[] = [];
  const edgeSlot = new Int32Array(edges.length).fill(-1);
  const edgeIndex = new Map(edges.map((e, i) => [e.id, i]));
  let widest = 0;
  variant.nodes.forEach((node, n) => {
    stageStart[n] = stageEdgeStart.length;
    if (!('callMode' in node) || node.callMode !== 'stages') return;
    const where = `nodes.${node.id}.stages`;
    if (flow[n] === 1)
      throw new ModelError(`${where}: stages do not combine with conditions or outcome groups`);
    for (const stage of node.stages ?? [])
      for (const id of stage.edges) {
        const e = edgeIndex.get(id);
        if (e === undefined || index.get(edges[e]!.from) !== n || edges[e]!.kind === 'consume')
          throw new ModelError(`${where}: "${id}" is not a call or publish of this node`);
      }
    staged[n] = 1;
    for (const stage of planStages(variant, node)) {
      stageEdgeStart.push(stageEdges.length);
      widest = Math.max(widest, stage.edges.length);
      for (const s of stage.edges) {
        const e = edgeIndex.get(s.edge.id)!;
        edgeSlot[e] = stageEdges.length;
        stageEdges.push(e);
        atATime.push(s.atATime);
      }
    }
  });
  stageStart[N] = stageEdgeStart.length;
  stageEdgeStart.push(stageEdges.length);
  return {
    staged,
    stageStart,
    stageEdgeStart: Int32Array.from(stageEdgeStart),
    stageEdges: Int32Array.from(stageEdges),
    atATime: Int32Array.from(atATime),
    edgeSlot,
    widest,
  };
}
