import type { RoadmapStep } from '../types';
import { checkIndex } from './reorder-steps';
import type { StepEdit } from './step-edit';

/** Gives a step a new title (trimmed; an empty title is refused). */
export function renameStep(steps: readonly RoadmapStep[], i: number, title: string): StepEdit {
  checkIndex(steps, i, 'step');
  const clean = title.trim();
  if (clean.length === 0) return { ok: false, explanation: 'A step needs a title.' };
  return { ok: true, steps: steps.map((s, k) => (k === i ? { ...s, title: clean } : s)) };
}
