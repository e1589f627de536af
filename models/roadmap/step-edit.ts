import type { RoadmapStep } from '../types';

/** The outcome of an edit of the step list: the new list, or why the edit is refused. */
export type StepEdit = { ok: true; steps: RoadmapStep[] } | { ok: false; explanation: string };
