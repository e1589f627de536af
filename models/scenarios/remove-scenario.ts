import type { Project } from '../types';
import { withoutEntry } from '../without-entry';

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
  const out = withoutEntry(
    project.scenarios,
    id,
    'scenario',
    'a project keeps at least one to simulate. Add another first.',
  );
  if (!out.ok) return out;
  return { ok: true, project: { ...project, scenarios: out.rest }, next: out.next };
}
