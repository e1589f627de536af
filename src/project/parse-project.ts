// TEMPORARY until models/load.ts lands: parse JSON text or a value into a project, with path-precise errors.
import { projectSchema } from '../../models/schema/project';
import type { Project } from '../../models/types';
import { formatPath } from '../validation/format-path';

export interface ProblemLine {
  path: string;
  message: string;
}

export type ParseResult = { ok: true; project: Project; warnings: ProblemLine[] } | { ok: false; errors: ProblemLine[]; warnings: ProblemLine[] };

export function parseProject(input: string | unknown): ParseResult {
  let value: unknown = input;
  if (typeof input === 'string') {
    try {
      value = JSON.parse(input);
    } catch (e) {
      return { ok: false, errors: [{ path: '(file)', message: `not valid JSON: ${(e as Error).message}` }], warnings: [] };
    }
  }
  const r = projectSchema.safeParse(value);
  if (!r.success) {
    return { ok: false, errors: r.error.issues.map((i) => ({ path: formatPath(i.path) || '(root)', message: i.message })), warnings: [] };
  }
  return { ok: true, project: r.data, warnings: [] };
}
