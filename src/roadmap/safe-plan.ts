import { findVariant, planRoadmap, type RoadmapPlan } from '../../models/roadmap/plan';
import type { Project, Variant } from '../../models/types';
import { roadmapEndpoints } from './roadmap-endpoints';

/** The project's roadmap plan and its starting variant, or why there is none (shown, not thrown). */
export function safePlan(
  project: Project,
): { plan: RoadmapPlan; base: Variant } | { error: string } {
  const ends = roadmapEndpoints(project);
  if (!ends) return { error: 'A roadmap needs two variants (as-is and to-be).' };
  try {
    return {
      plan: planRoadmap(project, ends.from, ends.to),
      base: findVariant(project, ends.from),
    };
  } catch (e) {
    return { error: e instanceof Error ? e.message : String(e) };
  }
}
