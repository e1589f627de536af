// What the Roadmap and Present views share: the chosen scenario and the last simulated trajectory.
import { create } from 'zustand';
import type { TrajectoryPoint } from '../../models/roadmap/simulate-roadmap';

export interface RoadmapRunState {
  scenarioId: string | null;
  /** The trajectory and the step order + scenario it was computed for. */
  trajectory: { key: string; points: TrajectoryPoint[] } | null;
  setScenarioId: (id: string) => void;
  setTrajectory: (t: { key: string; points: TrajectoryPoint[] } | null) => void;
}

export const useRoadmapRunStore = create<RoadmapRunState>()((set) => ({
  scenarioId: null,
  trajectory: null,
  setScenarioId: (scenarioId) => set({ scenarioId }),
  setTrajectory: (trajectory) => set({ trajectory }),
}));

/** The key a trajectory is valid for: the scenario and the steps in order. */
export const trajectoryKey = (
  steps: readonly { id: string; changes: readonly unknown[] }[],
  scenario: string,
): string => `${scenario}::${steps.map((s) => `${s.id}/${s.changes.length}`).join('|')}`;
