import type { Project } from '../types';

export type RemovedVariant =
  | {
      ok: true;
      project: Project;
      /** The variant to show next: its right neighbour, else its left. */
      next: string;
      /** The saved roadmap went from or to it, so it went too (it describes those two variants). */
      droppedRoadmap: boolean;
    }
  | { ok: false; reason: string };

/**
 * The project without variant `id`, or why it cannot go (a project keeps at least one variant).
 * A saved roadmap from or to the variant is removed with it: its steps are the changes between
 * those two variants and mean nothing without one of them (the editor offers undo for both).
 */
export function removeVariant(project: Project, id: string): RemovedVariant {
  const index = project.variants.findIndex((v) => v.id === id);
  if (index < 0) return { ok: false, reason: `There is no variant “${id}”.` };
  const variant = project.variants[index]!;
  if (project.variants.length === 1)
    return {
      ok: false,
      reason: `“${variant.name}” is the only variant: a project keeps at least one.`,
    };
  const variants = project.variants.filter((v) => v.id !== id);
  const next = (project.variants[index + 1] ?? project.variants[index - 1])!.id;
  const roadmap = project.roadmap;
  const droppedRoadmap = roadmap !== undefined && (roadmap.from === id || roadmap.to === id);
  const rest: Project = { ...project, variants };
  if (droppedRoadmap) delete rest.roadmap;
  return { ok: true, project: rest, next, droppedRoadmap };
}
