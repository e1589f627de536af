import type { Change, RoadmapStep } from '../types';
import { checklistFor } from './checklist';
import { describeStep } from './describe-step';
import type { StepFacts } from './step-facts';

/** A step grouped from the diff: title, rationale and checklist generated from its facts. */
export function makeStep(id: string, facts: StepFacts, changes: Change[]): RoadmapStep {
  const { title, rationale } = describeStep(facts);
  return {
    id,
    kind: facts.kind,
    title,
    rationale,
    owner: '',
    recorded: false,
    changes,
    checklist: checklistFor(facts),
  };
}

/** A step id that is valid and not yet taken: `<kind>-<subject>`, suffixed when needed. */
export function uniqueStepId(base: string, taken: Set<string>): string {
  const clean = base.replace(/[^A-Za-z0-9_-]/g, '-');
  let id = clean;
  for (let i = 2; taken.has(id); i++) id = `${clean}-${i}`;
  taken.add(id);
  return id;
}
