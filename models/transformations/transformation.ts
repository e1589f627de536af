import type { Change, RoadmapStep } from '../types';

/** What every transformation returns: the primitive changes and the roadmap step that records them. */
export interface TransformationResult {
  changes: Change[];
  step: RoadmapStep;
}

/** Why a transformation cannot apply to what was chosen. */
export class TransformationError extends Error {}
