// The scenario Simulate and Compare show: the one chosen there (kept in the runs store), else
// the project's first. The scenario commands act on it.
import type { Project, Scenario } from '../../models/types';
import { useRunsStore } from '../simulation/runs-store';
import { getProject } from '../store/project-store';

export function shownScenario(project: Project, chosenId: string | null): Scenario | null {
  return project.scenarios.find((s) => s.id === chosenId) ?? project.scenarios[0] ?? null;
}

export function getShownScenario(): Scenario | null {
  return shownScenario(getProject(), useRunsStore.getState().scenarioId);
}
