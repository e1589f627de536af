import type { Project } from '../../models/types';

/** The variants the roadmap goes between: the saved roadmap's, else as-is → to-be, else the first two. */
export function roadmapEndpoints(project: Project): { from: string; to: string } | null {
  const ids = project.variants.map((v) => v.id);
  const from = project.roadmap?.from ?? (ids.includes('as-is') ? 'as-is' : ids[0]);
  const to =
    project.roadmap?.to ?? (ids.includes('to-be') ? 'to-be' : ids.find((id) => id !== from));
  if (!from || !to || !ids.includes(from) || !ids.includes(to)) return null;
  return { from, to };
}
