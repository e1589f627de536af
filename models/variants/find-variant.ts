// The one variant lookup. Callers differ only in the error they raise (the CLI's usage error,
// the engine's model error, the roadmap's error), each naming the ids that do exist.
import type { Project, Variant } from '../types';

export function findVariant(
  project: Project,
  id: string,
  fail: (id: string, known: readonly string[]) => Error,
): Variant {
  const variant = project.variants.find((v) => v.id === id);
  if (!variant)
    throw fail(
      id,
      project.variants.map((v) => v.id),
    );
  return variant;
}
