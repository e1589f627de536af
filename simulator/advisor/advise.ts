// The migration advisor: every applicable transformation of a variant simulated under a
// scenario and ranked by how close it brings the objectives, then a greedy search for the
// shortest plan that meets them. docs/advisor.md.
import { applyChanges } from '../../models/changes';
import type { TransformationResult } from '../../models/transformations/transformation';
import type { Project, RoadmapStep, Slo, Variant } from '../../models/types';
import { findScenario, findVariant } from '../compile';
import { inlineBatch } from '../inline-batch';
import type { RunBatch } from '../run-batch';
import { candidatesFor, type Candidate } from './candidates';
import { evaluateDesigns, type DesignFigures, type DesignRun } from './evaluate-design';

export interface AdviseOptions {
  /** The variant to improve (usually the as-is). */
  variant: string;
  scenario: string;
  /** Defaults to the scenario's seed; replications use seed, seed + 1, … for every design. */
  seed?: number;
  replications: number;
  /** The plan stops after this many changes at most. */
  maxSteps: number;
  /** Computing time each run may take (the engine's limit when absent). */
  maxWallMs?: number;
  /** After every design simulated: designs done, and the most the search may simulate. */
  onProgress?: (p: { done: number; planned: number }) => void;
}

export interface RankedCandidate {
  rank: number;
  transformation: string;
  target: string;
  title: string;
  /** Primitive changes the step makes (fewer is simpler to do). */
  changes: number;
  figures: DesignFigures;
}

export interface PlanStep extends Omit<RankedCandidate, 'rank'> {
  /** How many candidates this round compared. */
  compared: number;
  /** The roadmap step that records it (its changes, rationale and checklist). */
  step: RoadmapStep;
}

export type PlanEnd = 'objectives-met' | 'no-improvement' | 'max-steps' | 'no-candidates';

export interface Advice {
  variant: string;
  scenario: string;
  seed: number;
  replications: number;
  slo: Slo;
  /** The variant as it is. */
  baseline: DesignFigures;
  /** Every candidate on the variant as it is, best first. */
  ranking: RankedCandidate[];
  /** The greedy plan: each step the best candidate on the design the steps before it made. */
  plan: PlanStep[];
  end: PlanEnd;
  /** The design the plan arrives at (the last step's changes applied in order). */
  advised: Variant;
}

const objectivesMet = (f: DesignFigures): number => f.objectives.filter((o) => o.met).length;
const meanOr = (e: { mean: number } | null, absent: number): number => (e ? e.mean : absent);

/**
 * Negative when `a` is the better design: objectives all held, then more objectives held, then
 * less of the worst objective's allowance used, then a lower p99 of successful requests, then a
 * lower error rate. 0 when none of these tells them apart.
 */
export function compareDesigns(a: DesignFigures, b: DesignFigures): number {
  return (
    Number(b.holds) - Number(a.holds) ||
    objectivesMet(b) - objectivesMet(a) ||
    Math.sign(a.worstUsed - b.worstUsed) ||
    Math.sign(meanOr(a.p99Ms, Infinity) - meanOr(b.p99Ms, Infinity)) ||
    Math.sign(meanOr(a.errorRate, 1) - meanOr(b.errorRate, 1))
  );
}

function withVariant(project: Project, variant: Variant): Project {
  return { ...project, variants: project.variants.map((v) => (v.id === variant.id ? variant : v)) };
}

interface Scored {
  ranked: RankedCandidate;
  result: TransformationResult;
}

/** The candidates sorted best first (ties: fewer changes, then catalogue order). */
function rank(candidates: readonly Candidate[], figures: readonly DesignFigures[]): Scored[] {
  const scored = candidates.map((c, order) => ({
    c,
    order,
    figures: figures[order] as DesignFigures,
  }));
  scored.sort(
    (x, y) =>
      compareDesigns(x.figures, y.figures) ||
      x.c.result.changes.length - y.c.result.changes.length ||
      x.order - y.order,
  );
  return scored.map(({ c, figures }, i) => ({
    ranked: {
      rank: i + 1,
      transformation: c.transformation,
      target: c.target,
      title: c.title,
      changes: c.result.changes.length,
      figures,
    },
    result: c.result,
  }));
}

/** The project with each candidate applied to `variant`, one project per candidate. */
function candidateDesigns(
  project: Project,
  variant: Variant,
  candidates: readonly Candidate[],
): Project[] {
  return candidates.map((c) => withVariant(project, applyChanges(variant, c.result.changes)));
}

/**
 * Ranks every candidate on the variant and searches the plan. The baseline and the first round's
 * candidates go to `batch` as one batch, then each later round's candidates as one (a round
 * depends on the step chosen before it); the advice is the same for any batch (run-batch.ts).
 */
export async function advise(
  project: Project,
  options: AdviseOptions,
  batch: RunBatch = inlineBatch,
): Promise<Advice> {
  const start = findVariant(project, options.variant);
  const scenario = findScenario(project, options.scenario);
  const seed = options.seed ?? scenario.seed;
  const replications = Math.max(1, Math.floor(options.replications));
  const maxSteps = Math.max(0, Math.floor(options.maxSteps));
  const run: DesignRun = {
    variant: start.id,
    scenario: scenario.id,
    seed,
    replications,
    maxWallMs: options.maxWallMs,
  };
  let done = 0;
  const firstCandidates = candidatesFor(project, start);
  // Each round compares about as many candidates as the first; the plan ends early when it can.
  let planned = 1 + firstCandidates.length * Math.max(1, maxSteps);
  /** Designs done, fractional while their runs go on. */
  const evaluate = async (projects: readonly Project[]): Promise<DesignFigures[]> => {
    const before = done;
    const figures = await evaluateDesigns(batch, projects, run, (runs) => {
      done = before + runs / replications;
      options.onProgress?.({ done, planned: Math.max(planned, done) });
    });
    done = before + projects.length;
    return figures;
  };
  const [baseline, ...firstFigures] = (await evaluate([
    project,
    ...candidateDesigns(project, start, firstCandidates),
  ])) as [DesignFigures, ...DesignFigures[]];

  let round = rank(firstCandidates, firstFigures);
  const ranking = round.map((s) => s.ranked);
  let current = start;
  let currentFigures = baseline;
  const plan: PlanStep[] = [];
  let end: PlanEnd;
  for (;;) {
    if (currentFigures.holds) end = 'objectives-met';
    else if (plan.length >= maxSteps) end = 'max-steps';
    else if (!round[0]) end = 'no-candidates';
    else if (compareDesigns(round[0].ranked.figures, currentFigures) >= 0) end = 'no-improvement';
    else {
      const { ranked, result } = round[0];
      const { rank: _rank, ...chosen } = ranked;
      plan.push({ ...chosen, compared: round.length, step: result.step });
      current = applyChanges(current, result.changes);
      currentFigures = ranked.figures;
      if (!currentFigures.holds && plan.length < maxSteps) {
        const next = withVariant(project, current);
        const candidates = candidatesFor(next, current);
        planned = done + candidates.length * (maxSteps - plan.length);
        round = rank(candidates, await evaluate(candidateDesigns(next, current, candidates)));
      }
      continue;
    }
    break;
  }
  options.onProgress?.({ done, planned: done });
  return {
    variant: start.id,
    scenario: scenario.id,
    seed,
    replications,
    slo: project.slo,
    baseline,
    ranking,
    plan,
    end,
    advised: current,
  };
}
