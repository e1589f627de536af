import type { ServiceStats } from './trace-statistics';
import type { StageTally } from './call-stages';
import { countNoun } from '../count-noun';

/** Stages for the model: per stage the callees (by name) and the limit of each that has one. */
export interface InferredStages {
  stages: {
    targets: string[];
    atATime: Map<string, number>;
    /** Per target: its mean calls in this stage per execution in this order. */
    calls: Map<string, number>;
  }[];
  /** Executions that made their calls in exactly this order of stages. */
  executions: number;
}

/**
 * A service whose executions with several calls were mostly mixed (neither all at once nor one
 * after the other) runs in stages: the order of stages most of its mixed executions had (the
 * first by name on a tie), each callee's limit in each stage the one most of them had (the
 * smaller on a tie), and its mean calls there.
 * Null when most of its executions were plainly sequential or parallel.
 */
export function stagesFromTallies(s: ServiceStats): InferredStages | null {
  if (s.mixedVotes * 2 <= s.parallelVotes + s.sequentialVotes) return null;
  let best: [string, StageTally] | undefined;
  for (const entry of s.stageTallies)
    if (
      !best ||
      entry[1].executions > best[1].executions ||
      (entry[1].executions === best[1].executions && entry[0] < best[0])
    )
      best = entry;
  if (!best) return null;
  const tally = best[1];
  const stages = tally.order.map((targets, i) => ({
    targets,
    atATime: new Map(targets.map((t) => [t, mostCommon(tally.limits[i]?.get(t) ?? new Map())])),
    calls: new Map(
      targets.map((t) => [t, (tally.calls[i]?.get(t) ?? 0) / Math.max(1, tally.executions)]),
    ),
  }));
  return { stages, executions: tally.executions };
}

function mostCommon(counts: ReadonlyMap<number, number>): number {
  let best = 1;
  let most = -1;
  for (const [k, n] of counts) if (n > most || (n === most && k < best)) [best, most] = [k, n];
  return best;
}

/** The summary line for a service's inferred stages (`words`: `a | b | c ×10, 3 at a time`). */
export function stagesLine(
  kind: string,
  id: string,
  s: ServiceStats,
  inferred: InferredStages,
  words: string,
): string {
  return `${kind} ${id}: calls in ${countNoun(inferred.stages.length, 'stage')} (${words}): ${countNoun(s.mixedVotes, 'execution')} in stages, ${inferred.executions} of them in this order; ${s.parallelVotes + s.sequentialVotes - s.mixedVotes} all at once or one after the other`;
}
