import type { Project } from '../../models/types';

/** A new project: an empty as-is and to-be, ready to draw. */
export function blankProject(): Project {
  return {
    format: 'spillway',
    version: 1,
    name: 'Untitled project',
    variants: [
      { id: 'as-is', name: 'As-is', nodes: [], edges: [] },
      { id: 'to-be', name: 'To-be', nodes: [], edges: [] },
    ],
    scenarios: [],
  };
}
