import { readFileSync } from 'node:fs';
import { loadProject } from '../../models/load';
import { formatProblem } from '../../models/problem';
import type { Project, Variant } from '../../models/types';
import { UsageError } from './io';

/** Reads and checks a project file; bad input becomes a UsageError, one line per problem. */
export function readProject(file: string): Project {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    throw new UsageError(`cannot read ${file}: no such file`);
  }
  const loaded = loadProject(text);
  if (!loaded.ok) throw new UsageError(loaded.errors.map((p) => `${file}: ${formatProblem(p)}`).join('\n'));
  return loaded.project;
}

/** The variant asked for, else the preferred default id when present, else the first. */
export function pickVariant(project: Project, id: string | undefined, preferred: string): Variant {
  if (id !== undefined) {
    const v = project.variants.find((x) => x.id === id);
    if (!v) throw new UsageError(`no variant "${id}"; variants: ${project.variants.map((x) => x.id).join(', ')}`);
    return v;
  }
  return project.variants.find((x) => x.id === preferred) ?? (project.variants[0] as Variant);
}
