// Whether the objectives hold at one load, judged on the mean over the replications, and how
// confident that judgement is (Student's t over the replications).
import {
  marginOf,
  objectiveMeasures,
  type ObjectiveMeasure,
} from '../../models/slo/objective-measures';
import type { ObjectiveId } from '../../models/slo/evaluate-slo';
import type { Slo } from '../../models/types';
import type { SimulationResult } from '../result';
import type { RunFigures } from '../run-figures';
import { studentTCdf } from '../student-t';

export interface ObjectiveAtLoad {
  id: ObjectiveId;
  /** Mean over the replications that had something to judge. */
  mean: number;
  target: number;
  /** Whether the objective holds above the target (shares) or below it (message age). */
  better: 'higher' | 'lower';
  /** Replications that had something to judge. */
  runs: number;
  met: boolean;
  /**
   * One-sided confidence that the objective's true mean (over all seeds) lies on the side of the
   * target the mean lies on: Student's t with runs − 1 degrees of freedom; null with one run.
   */
  confidence: number | null;
}

export interface LoadVerdict {
  /** Every judged objective met on the mean of the replications, and no run cut short. */
  holds: boolean;
  /**
   * Confidence in `holds`: when it holds, that every objective holds (Bonferroni: 1 − the sum of
   * each objective's chance of being wrong, at least 0); when it is missed, that the most clearly
   * missed objective is missed. null with one replication. A run cut short makes it 1 (missed).
   */
  confidence: number | null;
  objectives: ObjectiveAtLoad[];
  /** Replications the engine cut short (limit on events, memory or time): the load is missed. */
  cutShort: number;
}

const round = (v: number, digits: number): number => Math.round(v * 10 ** digits) / 10 ** digits;

function confidenceOf(values: readonly number[], mean: number, margin: number): number | null {
  const n = values.length;
  if (n < 2) return null;
  const sd = Math.sqrt(values.reduce((s, v) => s + (v - mean) ** 2, 0) / (n - 1));
  if (sd === 0) return margin === 0 ? 0.5 : 1;
  return studentTCdf(Math.abs(margin) / (sd / Math.sqrt(n)), n - 1);
}

/** What the verdict reads from each replication (a part of RunFigures). */
export type JudgedRun = Pick<RunFigures, 'objectives' | 'cutShort'>;

function objectivesAtLoad(perRun: readonly (readonly ObjectiveMeasure[])[]): ObjectiveAtLoad[] {
  const out: ObjectiveAtLoad[] = [];
  for (const [i, first] of (perRun[0] ?? []).entries()) {
    const values = perRun.map((m) => m[i].value).filter((v): v is number => v !== null);
    if (values.length === 0) continue; // nothing to judge, as evaluateSlo's null verdict
    const mean = values.reduce((s, v) => s + v, 0) / values.length;
    const margin = marginOf(mean, first.target, first.better);
    const confidence = confidenceOf(values, mean, margin);
    out.push({
      id: first.id,
      mean: round(mean, 9),
      target: first.target,
      better: first.better,
      runs: values.length,
      met: margin >= 0,
      confidence: confidence === null ? null : round(confidence, 4),
    });
  }
  return out;
}

/** The objectives judged on the replications of one load, from their results. */
export function judgeLoad(slo: Slo, runs: readonly SimulationResult[]): LoadVerdict {
  return judgeRuns(
    runs.map((r) => ({ objectives: objectiveMeasures(slo, r), cutShort: Boolean(r.cutShort) })),
  );
}

/** The objectives judged on the replications of one load, from their figures (run-figures.ts). */
export function judgeRuns(runs: readonly JudgedRun[]): LoadVerdict {
  const objectives = objectivesAtLoad(runs.map((r) => r.objectives));
  const cutShort = runs.filter((r) => r.cutShort).length;
  if (cutShort > 0) return { holds: false, confidence: 1, objectives, cutShort };
  const missed = objectives.filter((o) => !o.met);
  if (missed.length > 0) {
    const known = missed.map((o) => o.confidence).filter((c): c is number => c !== null);
    return {
      holds: false,
      confidence: known.length === 0 ? null : Math.max(...known),
      objectives,
      cutShort,
    };
  }
  if (objectives.some((o) => o.confidence === null))
    return { holds: true, confidence: null, objectives, cutShort };
  const wrong = objectives.reduce((s, o) => s + (1 - (o.confidence ?? 0)), 0);
  return { holds: true, confidence: round(Math.max(0, 1 - wrong), 4), objectives, cutShort };
}
