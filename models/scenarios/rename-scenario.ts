import { LIMITS } from '../limits';
import type { Project } from '../types';

export type RenamedScenario =
  { ok: true; project: Project; name: string } | { ok: false; reason: string };

/**
 * The project with scenario `id` called `name` (trimmed), or why not: a name is needed, fits
 * the file's limit, and differs from the other scenarios' names (pickers list scenarios by name).
 */
export function renameScenario(project: Project, id: string, name: string): RenamedScenario {
  const scenario = project.scenarios.find((s) => s.id === id);
  if (!scenario) return { ok: false, reason: `There is no scenario “${id}”.` };
  const trimmed = name.trim();
  if (trimmed === '') return { ok: false, reason: 'A scenario needs a name.' };
  if (trimmed.length > LIMITS.nameChars)
    return { ok: false, reason: `A name may have at most ${LIMITS.nameChars} characters.` };
  const taken = project.scenarios.some((s) => s.id !== id && s.name === trimmed);
  if (taken) return { ok: false, reason: `Another scenario is already called “${trimmed}”.` };
  const scenarios = project.scenarios.map((s) => (s.id === id ? { ...s, name: trimmed } : s));
  return { ok: true, project: { ...project, scenarios }, name: trimmed };
}
