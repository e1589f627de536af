// The one roadmap-step factory: transformations (recorded as they are applied) and the diff
// (steps grouped from two variants) both make their steps here.
import type { Change, ChecklistItem, RoadmapStep, StepKind } from '../types';

export interface StepFields {
  id: string;
  kind: StepKind;
  title: string;
  rationale: string;
  changes: Change[];
  checklist: ChecklistItem[];
  /** True for a step recorded as a transformation was applied, false for one grouped from a diff. */
  recorded: boolean;
}

/** A step with no owner yet. */
export function newStep(f: StepFields): RoadmapStep {
  return {
    id: f.id,
    kind: f.kind,
    title: f.title,
    rationale: f.rationale,
    owner: '',
    recorded: f.recorded,
    changes: f.changes,
    checklist: f.checklist,
  };
}
