import type { Project } from '../types';

export type RemovedScenario =
  | {
      ok: true;
      project: Project;
      /** The scenario to show next: its right neighbour in the list, else its left. */
      next: string;
    }
  | { ok: false; reason: string };

/**
 * The project without scenario `id`, or why it cannot go (a project keeps at least one scenario
 * to simulate). Nothing else refers to a scenario in the file: variants, the roadmap and the
 * objectives stay as they are.
 */
export function removeScenario(project: Project, id: string): RemovedScenario {
  const index = project.scenarios.findIndex((s) => s.id === id);
  if (index < 0) return { ok: false, reason: `There is no scenario “${id}”.` };
  const scenario = project.scenarios[index]!;
  if (project.scenarios.length === 1)
    return {
      ok: false,
      reason: `“${scenario.name}” is the only scenario: a project keeps at least one to simulate. Add another first.`,
    };
  const scenarios = project.scenarios.filter((s) => s.id !== id);
  const next = (project.scenarios[index + 1] ?? project.scenarios[index - 1])!.id;
  return { ok: true, project: { ...project, scenarios }, next };
}
