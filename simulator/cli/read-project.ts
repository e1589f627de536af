import { readFileSync } from 'node:fs';
import { projectSchema } from '../../models/schema/project';
import type { Project, Variant } from '../../models/types';
import { UsageError } from './io';

/** Reads and validates a project file; bad input becomes a UsageError naming the JSON path. */
export function readProject(file: string): Project {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    throw new UsageError(`cannot read ${file}: no such file`);
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    throw new UsageError(`${file}: not valid JSON (${e instanceof Error ? e.message : String(e)})`);
  }
  const parsed = projectSchema.safeParse(value);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `${file}: ${i.path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`)).join('').replace(/^\./, '') || '(document)'}: ${i.message}`);
    throw new UsageError(lines.join('\n'));
  }
  return parsed.data;
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
