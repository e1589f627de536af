import { allInOrder } from '../all-in-order';
import type { Project, RoadmapStep } from '../types';
import { applyChanges } from '../changes';
import { stepDependencies } from './dependencies';
import { findVariant, type RoadmapPlan } from './plan';
import { checkScenario, type SimulateLike } from './simulate-roadmap';
import { kpisOf, type StepKpis } from './step-kpis';
import { variantProblems } from './variant-problems';

export const SUGGEST_CRITERION =
  'Greedy: at each position, simulate every step whose prerequisites are already placed and take the one that leaves the highest success rate; ties go to the lower p99 latency of successful requests, then to the current order.';

export interface SuggestedOrder {
  steps: RoadmapStep[];
  /** Per position: the candidates that were free to go there, with what each would give. */
  rounds: { chosen: string; candidates: { stepId: string; kpis: StepKpis }[] }[];
}

/** More users served first; then faster answers (a step that fails requests fast is no gain). */
function better(a: StepKpis, b: StepKpis): boolean {
  const sa = Number.isFinite(a.successRate) ? a.successRate : -1;
  const sb = Number.isFinite(b.successRate) ? b.successRate : -1;
  if (sa !== sb) return sa > sb;
  const pa = Number.isFinite(a.p99Ms) ? a.p99Ms : Infinity;
  const pb = Number.isFinite(b.p99Ms) ? b.p99Ms : Infinity;
  return pa < pb;
}

/** Ranks the steps greedily by simulated gain under the scenario, respecting dependencies. */
export async function suggestOrder(
  project: Project,
  plan: RoadmapPlan,
  scenarioId: string,
  simulate: SimulateLike,
  options: { seed?: number } = {},
): Promise<SuggestedOrder> {
  checkScenario(project, scenarioId);
  const from = findVariant(project, plan.from);
  const deps = stepDependencies(from, plan.steps);
  const placed = new Set<string>();
  const ordered: RoadmapStep[] = [];
  const rounds: SuggestedOrder['rounds'] = [];
  let current = from;
  let remaining = [...plan.steps];
  while (remaining.length > 0) {
    const free = remaining.filter((s) => deps.every((d) => d.step !== s.id || placed.has(d.on)));
    // A round's candidates are independent: all are asked for at once, kept in step order.
    const base = current;
    const tried = (free.length > 0 ? free : remaining.slice(0, 1))
      .map((step) => ({ step, next: applyChanges(base, step.changes) }))
      .filter((c) => variantProblems(c.next).length === 0);
    const candidates = await allInOrder(
      tried.map(async ({ step, next }) => {
        const variant = { ...next, id: from.id, name: from.name };
        const result = await simulate(
          { ...project, variants: project.variants.map((v) => (v.id === from.id ? variant : v)) },
          {
            variant: from.id,
            scenario: scenarioId,
            ...(options.seed === undefined ? {} : { seed: options.seed }),
          },
        );
        return { step, kpis: kpisOf(result, project.slo) };
      }),
    );
    let best = candidates[0] ?? { step: remaining[0]!, kpis: null };
    for (const c of candidates) if (best.kpis && better(c.kpis, best.kpis)) best = c;
    rounds.push({
      chosen: best.step.id,
      candidates: candidates.map((c) => ({ stepId: c.step.id, kpis: c.kpis })),
    });
    ordered.push(best.step);
    placed.add(best.step.id);
    current = applyChanges(current, best.step.changes);
    remaining = remaining.filter((s) => s.id !== best.step.id);
  }
  return { steps: ordered, rounds };
}
