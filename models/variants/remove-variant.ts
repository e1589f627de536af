import type { Project } from '../types';
import { withoutEntry } from '../without-entry';

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
  const out = withoutEntry(project.variants, id, 'variant', 'a project keeps at least one.');
  if (!out.ok) return out;
  const roadmap = project.roadmap;
  const droppedRoadmap = roadmap !== undefined && (roadmap.from === id || roadmap.to === id);
  const rest: Project = { ...project, variants: out.rest };
  if (droppedRoadmap) delete rest.roadmap;
  return { ok: true, project: rest, next: out.next, droppedRoadmap };
}
