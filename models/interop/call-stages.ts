/** One call as the caller's code made it, over its attempts: when it started and ended. */
export interface TimedCall {
  target: string;
  start: number;
  end: number;
}

/** One stage of an execution's calls: per target, its calls and the most of them in flight at once. */
export type ObservedStage = Map<string, { calls: number; atATime: number }>;

/** How an execution made its calls: all one after the other, all at once, or in stages. */
export type StageKind = 'sequential' | 'parallel' | 'mixed';

/** Tolerance for calling two calls overlapping: below tracer clock resolution. */
const OVERLAP_EPSILON_MS = 0.001;

/**
 * The stages of one execution's calls, from their start and end times: calls whose intervals
 * overlap (directly or through others) form one stage, in the order they started; per target,
 * the most calls in flight at once is its limit. Consecutive stages of calls to one and the same
 * target are one stage (a pool of k whose calls happened to end together, or a loop of calls
 * one at a time).
 */
export function observedStages(calls: readonly TimedCall[]): ObservedStage[] {
  const sorted = [...calls].sort((a, b) => a.start - b.start || a.end - b.end);
  const groups: TimedCall[][] = [];
  let end = Number.NEGATIVE_INFINITY;
  for (const c of sorted) {
    const last = groups[groups.length - 1];
    if (last && c.start < end - OVERLAP_EPSILON_MS) {
      last.push(c);
      end = Math.max(end, c.end);
    } else {
      groups.push([c]);
      end = c.end;
    }
  }
  const stages: ObservedStage[] = [];
  for (const group of groups) {
    const stage: ObservedStage = new Map();
    const byTarget = new Map<string, TimedCall[]>();
    for (const c of group) {
      const list = byTarget.get(c.target);
      if (list) list.push(c);
      else byTarget.set(c.target, [c]);
    }
    for (const [target, list] of byTarget)
      stage.set(target, { calls: list.length, atATime: mostAtOnce(list) });
    const previous = stages[stages.length - 1];
    const only = stage.size === 1 ? [...stage.keys()][0] : undefined;
    const before = previous?.size === 1 ? previous.get(only as string) : undefined;
    if (only !== undefined && before) {
      const now = stage.get(only) as { calls: number; atATime: number };
      before.calls += now.calls;
      before.atATime = Math.max(before.atATime, now.atATime);
    } else stages.push(stage);
  }
  return stages;
}

/** The most intervals in flight at one moment (an end at the instant of a start frees its place). */
function mostAtOnce(list: readonly TimedCall[]): number {
  const points: [number, number][] = [];
  for (const c of list) points.push([c.start, 1], [c.end - OVERLAP_EPSILON_MS, -1]);
  points.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  let now = 0;
  let most = 0;
  for (const [, delta] of points) {
    now += delta;
    most = Math.max(most, now);
  }
  return Math.max(1, most);
}

/**
 * Sequential: every stage is one target's calls one at a time. Parallel: one stage with every
 * call at once. Anything else is mixed: an order of stages with calls at once in one of them, or
 * calls to one target k at a time.
 */
export function stageKind(stages: readonly ObservedStage[]): StageKind {
  const members = stages.flatMap((s) => [...s.values()]);
  if (stages.every((s) => s.size === 1) && members.every((m) => m.atATime === 1))
    return 'sequential';
  if (stages.length === 1 && members.every((m) => m.atATime === m.calls)) return 'parallel';
  return 'mixed';
}

/** The order of the stages by their targets (`a | b,c | d`): executions alike share it. */
export function stagesKey(stages: readonly ObservedStage[]): string {
  return stages.map((s) => [...s.keys()].sort().join(',')).join(' | ');
}

/** How often each service's executions made their calls in one order of stages, and their limits. */
export interface StageTally {
  /** The stages' targets, in order. */
  order: string[][];
  executions: number;
  /**
   * Per stage, per target: how many executions had each limit (a callee met in two stages,
   * a | b | a, has a limit in each).
   */
  limits: Map<string, Map<number, number>>[];
  /** Per stage, per target: its calls in that stage over all these executions. */
  calls: Map<string, number>[];
}

/** Orders of stages kept per service; executions in further orders count only as votes. */
const MAX_ORDERS = 100;

/** Adds one execution's stages to a service's tallies (keyed by `stagesKey`). */
export function tallyStages(
  tallies: Map<string, StageTally>,
  stages: readonly ObservedStage[],
): void {
  const key = stagesKey(stages);
  let t = tallies.get(key);
  if (!t) {
    if (tallies.size >= MAX_ORDERS) return;
    t = {
      order: stages.map((s) => [...s.keys()].sort()),
      executions: 0,
      limits: stages.map(() => new Map()),
      calls: stages.map(() => new Map()),
    };
    tallies.set(key, t);
  }
  t.executions++;
  stages.forEach((stage, i) => {
    const limits = t.limits[i]!;
    const calls = t.calls[i]!;
    for (const [target, m] of stage) {
      const counts = limits.get(target) ?? new Map<number, number>();
      counts.set(m.atATime, (counts.get(m.atATime) ?? 0) + 1);
      limits.set(target, counts);
      calls.set(target, (calls.get(target) ?? 0) + m.calls);
    }
  });
}
