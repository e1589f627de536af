import { copyJson } from '../json-copy';
import type { Project, Variant } from '../types';
import { uniqueId } from '../elements/unique-id';

export interface DuplicatedVariant {
  project: Project;
  /** The copy's id and name. */
  id: string;
  name: string;
}

/**
 * A copy of variant `sourceId`, added after the others. The first copy of a project without a
 * to-be becomes "To-be" (id `to-be`), since that is what users start from an as-is for; later
 * copies are "<name> (copy)". Node and edge ids are kept, so a copy and its source can be
 * compared, and their roadmap derived, node by node.
 */
export function duplicateVariant(project: Project, sourceId: string): DuplicatedVariant {
  const source = project.variants.find((v) => v.id === sourceId) ?? project.variants[0]!;
  const hasToBe = project.variants.some((v) => v.id === 'to-be');
  const taken = project.variants.map((v) => v.id);
  const id = uniqueId(hasToBe ? `${source.id}-copy` : 'to-be', taken);
  const name = hasToBe ? `${source.name} (copy)` : 'To-be';
  const copy: Variant = { ...copyJson(source), id, name };
  return { project: { ...project, variants: [...project.variants, copy] }, id, name };
}
