// The runs Present mode shows: the as-is and the to-be under the scenario (full results, for the
// peak replay and the side-by-side), and the roadmap trajectory when it is not simulated yet.
import { useEffect, useState } from 'react';
import type { RoadmapPlan } from '../../models/roadmap/plan';
import { simulateRoadmap } from '../../models/roadmap/simulate-roadmap';
import type { Project } from '../../models/types';
import type { SimulationResult } from '../../simulator/result';
import { trajectoryKey, useRoadmapRunStore } from '../roadmap/roadmap-run-store';
import { workerSimulate } from '../roadmap/worker-simulate';

export interface PresentRuns {
  asIs: SimulationResult | null;
  toBe: SimulationResult | null;
  progress: string | null;
  error: string | null;
}

export function usePresentRuns(
  project: Project,
  plan: RoadmapPlan | null,
  scenarioId: string | null,
): PresentRuns {
  const [state, setState] = useState<PresentRuns>({
    asIs: null,
    toBe: null,
    progress: null,
    error: null,
  });
  const setTrajectory = useRoadmapRunStore((s) => s.setTrajectory);
  useEffect(() => {
    if (!plan || !scenarioId) return;
    const run = workerSimulate();
    let live = true;
    (async () => {
      try {
        setState({ asIs: null, toBe: null, progress: 'Simulating today’s system…', error: null });
        // Everything at once: the pool runs the two systems (and the roadmap's) side by side.
        const asIsRun = run.simulate(project, { variant: plan.from, scenario: scenarioId });
        const toBeRun = run.simulate(project, { variant: plan.to, scenario: scenarioId });
        const key = trajectoryKey(plan.steps, scenarioId);
        const trajectoryRun =
          useRoadmapRunStore.getState().trajectory?.key === key
            ? null
            : simulateRoadmap(project, plan, scenarioId, run.simulate, {
                onStep: (done, total) =>
                  live &&
                  setState((s) =>
                    s.toBe ? { ...s, progress: `Simulating the roadmap: ${done} of ${total}` } : s,
                  ),
              });
        for (const p of [toBeRun, trajectoryRun]) p?.catch(() => undefined);
        const asIs = await asIsRun;
        if (!live) return;
        setState((s) => ({ ...s, asIs, progress: 'Simulating the target…' }));
        const toBe = await toBeRun;
        if (!live) return;
        setState((s) => ({
          ...s,
          toBe,
          progress: trajectoryRun ? 'Simulating the roadmap…' : null,
        }));
        if (trajectoryRun) {
          const points = await trajectoryRun;
          if (!live) return;
          setTrajectory({ key, points });
          setState((s) => ({ ...s, progress: null }));
        }
      } catch (e) {
        if (live)
          setState((s) => ({
            ...s,
            progress: null,
            error: e instanceof Error ? e.message : String(e),
          }));
      } finally {
        run.cancel();
      }
    })();
    return () => {
      live = false;
      run.cancel();
    };
  }, [project, plan, scenarioId, setTrajectory]);
  return state;
}
