import type { Stage } from '../types';
import { uniqueId } from '../elements/unique-id';
import { callMultiplicity, type EdgeInput } from './call-edge';
import type { InferredStages } from './stages-from-tallies';

type CallEdgeInput = Extract<EdgeInput, { kind: 'call' }>;

/** A staged service's stages for the model, with the words and lines of the import summary. */
export interface StagedEdges {
  stages: Stage[];
  /** `a | b, c ×10, 3 at a time | a`. */
  words: string;
  /** One line per callee met in several stages: the edges it became. */
  lines: string[];
}

const round3 = (v: number): number => Math.round(v * 1000) / 1000;

/**
 * The stages of service `from` as the model's stages of its call edges. A callee met in several
 * stages (a | b | a) gets an edge in each: its own edge in the first, a copy (`<id>-2`, …) right
 * after it in `edges` for each further one, its calls per request (count × probability) shared
 * among them as the stages' calls were. Changes `edges` in place; a callee with no call edge is
 * left out.
 */
export function stagedEdges(
  from: string,
  inferred: InferredStages,
  edges: EdgeInput[],
  idOf: (name: string) => string,
): StagedEdges {
  const lines: string[] = [];
  /** Per stage, per callee: the edge it calls there. */
  const placed: Map<string, CallEdgeInput>[] = inferred.stages.map(() => new Map());
  const targets = [...new Set(inferred.stages.flatMap((s) => s.targets))];
  for (const target of targets) {
    const edge = edges.find(
      (e): e is CallEdgeInput => e.kind === 'call' && e.from === from && e.to === idOf(target),
    );
    if (!edge) continue;
    const at = inferred.stages.flatMap((s, i) => (s.targets.includes(target) ? [i] : []));
    if (at.length === 1) {
      placed[at[0]!]!.set(target, edge);
      continue;
    }
    const perRequest = (edge.count ?? 1) * (edge.probability ?? 1);
    const calls = at.map((i) => inferred.stages[i]!.calls.get(target) ?? 0);
    const total = calls.reduce((a, b) => a + b, 0);
    let previous = edge;
    const made = at.map((stage, k) => {
      const share = total > 0 ? calls[k]! / total : 1 / at.length;
      const m = callMultiplicity(perRequest * share);
      let e = edge;
      if (k > 0) {
        const id = uniqueId(edge.id, new Set(edges.map((x) => x.id)));
        e = { ...edge, id };
        edges.splice(edges.indexOf(previous) + 1, 0, e);
      }
      Object.assign(e, m);
      previous = e;
      placed[stage]!.set(target, e);
      return `${e.id} in stage ${stage + 1} (${round3(perRequest * share)} per request)`;
    });
    lines.push(
      `call ${from} → ${idOf(target)}: in ${at.length} stages, an edge each: ${made.join(', ')}`,
    );
  }
  const stages: Stage[] = [];
  const words: string[] = [];
  inferred.stages.forEach((stage, i) => {
    const ids: string[] = [];
    const atATime: Record<string, number> = {};
    const said: string[] = [];
    for (const target of stage.targets) {
      const edge = placed[i]!.get(target);
      const count = edge?.count ?? 1;
      const k = stage.atATime.get(target) ?? 1;
      const id = idOf(target);
      said.push(count === 1 ? id : `${id} ×${count}${k < count ? `, ${k} at a time` : ''}`);
      if (!edge) continue;
      ids.push(edge.id);
      if (k < count) atATime[edge.id] = k;
    }
    words.push(said.join(', '));
    if (ids.length > 0)
      stages.push(Object.keys(atATime).length > 0 ? { edges: ids, atATime } : { edges: ids });
  });
  return { stages, words: words.join(' | '), lines };
}
