import type { Project } from '../../models/types';

/** A new project: an empty as-is, ready to draw; "Duplicate variant" then starts the to-be from it. */
export function blankProject(): Project {
  return {
    format: 'spillway',
    version: 1,
    name: 'Untitled project',
    variants: [{ id: 'as-is', name: 'As-is', nodes: [], edges: [] }],
    scenarios: [],
  };
}
