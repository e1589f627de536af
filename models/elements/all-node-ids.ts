import type { Project } from '../types';

/** Node ids of every variant: a node id means one thing across variants, so a new one avoids them all. */
export function allNodeIds(project: Project): Set<string> {
  return new Set(project.variants.flatMap((v) => v.nodes.map((n) => n.id)));
}
