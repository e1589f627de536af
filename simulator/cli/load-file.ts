import { loadProject } from '../../models/load';
import { formatProblem } from '../../models/problem';
import type { Project, Scenario, Variant } from '../../models/types';
import { ModelError } from '../compile';
import { UsageError } from './io';
import { STDIN, readInput } from './read-input';
import { findVariant } from '../../models/variants/find-variant';

/** Reads, upgrades and validates a project file; any problem is a UsageError listing every path and reason. */
export function loadProjectFile(file: string, warn?: (line: string) => void): Project {
  const loaded = loadProject(readInput(file));
  if (!loaded.ok) {
    const name = file === STDIN ? 'standard input' : file;
    const problems = loaded.errors.map(formatProblem).join('\n');
    throw new UsageError(`${name} is not a valid project:\n${problems}`);
  }
  for (const w of loaded.warnings) warn?.(`warning: ${formatProblem(w)}`);
  return loaded.project;
}

/** The variant asked for, else `preferred` (as-is by default), else the first; unknown ids name the ones that exist. */
export function pickVariant(
  project: Project,
  id: string | undefined,
  preferred = 'as-is',
): Variant {
  const ids = project.variants.map((v) => v.id).join(', ');
  if (id === undefined)
    return project.variants.find((v) => v.id === preferred) ?? project.variants[0];
  return findVariant(
    project,
    id,
    (missing) => new UsageError(`unknown variant "${missing}"; the project has: ${ids}`),
  );
}

/** The scenario asked for, or the first by default. */
export function pickScenario(project: Project, id: string | undefined): Scenario {
  if (project.scenarios.length === 0)
    throw new UsageError('the project has no scenarios to simulate');
  if (id === undefined) return project.scenarios[0];
  const s = project.scenarios.find((x) => x.id === id);
  if (!s) {
    throw new UsageError(
      `unknown scenario "${id}"; the project has: ${project.scenarios.map((x) => x.id).join(', ')}`,
    );
  }
  return s;
}

/** Runs the simulator, turning a model it cannot run (ModelError) into bad input (exit 2). */
export function asUsage<T>(fn: () => T): T {
  try {
    return fn();
  } catch (e) {
    if (e instanceof ModelError) throw new UsageError(e.message);
    throw e;
  }
}

/** asUsage() for a simulation that answers later (a sweep, the advisor). */
export async function asUsageAsync<T>(fn: () => Promise<T>): Promise<T> {
  try {
    return await fn();
  } catch (e) {
    if (e instanceof ModelError) throw new UsageError(e.message);
    throw e;
  }
}
