// A numeric parameter of one node or edge of a variant, named by a path such as
// `nodes.statement-generation.replicas` or `edges.portal-identity.retries.max`, and the project
// with that parameter set to a value (checked like a project file). Used by what-if sweeps.
import { copyJson } from './json-copy';
import { loadProject } from './load';
import { formatProblem } from './problem';
import type { Project } from './types';

export class WhatIfError extends Error {}

export interface WhatIfParameter {
  /** As the user wrote it: `nodes.<id>.<field>[.<field>…]` or `edges.<id>.<field>…`. */
  path: string;
  variant: string;
  element: 'nodes' | 'edges';
  id: string;
  field: string[];
  /** The value in the variant as drawn (null when the field is unset, e.g. no timeout). */
  current: number | null;
}

type Json = Record<string, unknown>;

const isObject = (v: unknown): v is Json =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

function elementOf(
  project: Project,
  variantId: string,
  element: string,
  id: string,
): Json | undefined {
  const variant = project.variants.find((v) => v.id === variantId) as unknown as Json | undefined;
  const list = variant?.[element];
  return Array.isArray(list) ? (list as Json[]).find((e) => e.id === id) : undefined;
}

/** Reads and checks a parameter path: the element exists and the field holds a number (or null). */
export function whatIfParameter(
  project: Project,
  variantId: string,
  path: string,
): WhatIfParameter {
  const [element, id, ...field] = path.split('.');
  if ((element !== 'nodes' && element !== 'edges') || !id || field.length === 0)
    throw new WhatIfError(
      `"${path}" is not a parameter path: write nodes.<node id>.<field> or edges.<edge id>.<field> (e.g. nodes.api.replicas, edges.api-db.timeoutMs)`,
    );
  const owner = elementOf(project, variantId, element, id);
  if (!owner)
    throw new WhatIfError(
      `variant "${variantId}" has no ${element === 'nodes' ? 'node' : 'edge'} "${id}"`,
    );
  let value: unknown = owner;
  for (const key of field) value = isObject(value) ? value[key] : undefined;
  if (value !== null && typeof value !== 'number')
    throw new WhatIfError(
      `${path} is ${value === undefined ? 'not a field of' : 'not a number on'} ${element === 'nodes' ? 'node' : 'edge'} "${id}"` +
        (isObject(value) ? ` (it holds ${Object.keys(value).join(', ')})` : ''),
    );
  return { path, variant: variantId, element, id, field, current: value };
}

/** The project with the parameter set to `value`, validated as a project file is; a refused value says why. */
export function withParameter(project: Project, p: WhatIfParameter, value: number): Project {
  const copy = copyJson(project) as unknown as Json;
  const variant = (copy.variants as Json[]).find((v) => v.id === p.variant) as Json;
  let at = (variant[p.element] as Json[]).find((e) => e.id === p.id) as Json;
  for (const key of p.field.slice(0, -1)) at = at[key] as Json;
  at[p.field[p.field.length - 1] as string] = value;
  const loaded = loadProject(copy);
  if (!loaded.ok)
    throw new WhatIfError(
      `${p.path} = ${value} is not a valid model: ${loaded.errors.map(formatProblem).join('; ')}`,
    );
  return loaded.project;
}
