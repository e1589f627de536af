import { DEFAULT_SLO } from '../../models/schema/slo';
import { CURRENT_VERSION } from '../../models/schema/project';
import type { Project } from '../../models/types';

/** A new project: an empty as-is, ready to draw; "Duplicate variant" then starts the to-be from it. */
export function blankProject(): Project {
  return {
    format: 'spillway',
    version: CURRENT_VERSION,
    name: 'Untitled project',
    variants: [{ id: 'as-is', name: 'As-is', nodes: [], edges: [] }],
    scenarios: [],
    slo: { ...DEFAULT_SLO },
  };
}
