import { busiestScenario } from '../../models/busiest-scenario';
import type { Project, Scenario } from '../../models/types';

/**
 * The scenario the Roadmap and Present views simulate: the one chosen in the Roadmap view, else
 * the busiest at its peak (a migration is judged under its peak, not a quiet day).
 */
export function roadmapScenario(project: Project, chosenId: string | null): Scenario | null {
  return project.scenarios.find((s) => s.id === chosenId) ?? busiestScenario(project);
}
