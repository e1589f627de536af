import { allInOrder } from '../all-in-order';
import type { Project } from '../types';
import { applySteps } from './apply-steps';
import { findVariant, type RoadmapPlan } from './plan';
import { RoadmapError } from './roadmap-error';
import { kpisOf, type KpiSource, type StepKpis } from './step-kpis';

/** A `simulate`-like function: the simulator's, the worker client's, or a test's. */
export type SimulateLike = (
  project: Project,
  options: { variant: string; scenario: string; seed?: number },
) => KpiSource | Promise<KpiSource>;

/** The KPIs after `step` steps (0 = the as-is). */
export interface TrajectoryPoint {
  step: number;
  stepId: string | null;
  title: string;
  kpis: StepKpis;
}

/**
 * The project in which the plan's from-variant is replaced by the system after `n` steps (same
 * id and name), so that simulating that variant id simulates the intermediate system.
 */
export function projectAtStep(project: Project, plan: RoadmapPlan, n: number): Project {
  const from = findVariant(project, plan.from);
  const variant = { ...applySteps(from, plan.steps, n), id: from.id, name: from.name };
  return { ...project, variants: project.variants.map((v) => (v.id === from.id ? variant : v)) };
}

export function checkScenario(project: Project, scenarioId: string): void {
  if (!project.scenarios.some((s) => s.id === scenarioId)) {
    const known = project.scenarios.map((s) => `"${s.id}"`).join(', ') || 'none';
    throw new RoadmapError(`no scenario "${scenarioId}" in the project (scenarios: ${known})`);
  }
}

/**
 * Runs the scenario on the as-is and after every step: the roadmap's trajectory. The systems are
 * independent, so all are asked for at once (a worker pool runs them side by side; a synchronous
 * `simulate` runs them one after another); the points come in step order whatever order the runs
 * end in, and `onStep` counts the runs finished.
 */
export async function simulateRoadmap(
  project: Project,
  plan: RoadmapPlan,
  scenarioId: string,
  simulate: SimulateLike,
  options: { seed?: number; onStep?: (done: number, total: number) => void } = {},
): Promise<TrajectoryPoint[]> {
  checkScenario(project, scenarioId);
  const total = plan.steps.length + 1;
  let done = 0;
  const runs = Array.from({ length: total }, async (_, n): Promise<TrajectoryPoint> => {
    const result = await simulate(projectAtStep(project, plan, n), {
      variant: plan.from,
      scenario: scenarioId,
      ...(options.seed === undefined ? {} : { seed: options.seed }),
    });
    const step = n === 0 ? null : plan.steps[n - 1]!;
    const point: TrajectoryPoint = {
      step: n,
      stepId: step?.id ?? null,
      title: step?.title ?? 'Today (as-is)',
      kpis: kpisOf(result, project.slo),
    };
    options.onStep?.(++done, total);
    return point;
  });
  return allInOrder(runs);
}
