import { uniqueId } from '../elements/unique-id';
import type { Change, RoadmapStep } from '../types';
import { checklistFor } from './checklist';
import { describeStep } from './describe-step';
import { newStep } from './new-step';
import type { StepFacts } from './step-facts';

/** A step grouped from the diff: title, rationale and checklist generated from its facts. */
export function stepFromFacts(id: string, facts: StepFacts, changes: Change[]): RoadmapStep {
  const { title, rationale } = describeStep(facts);
  return newStep({
    id,
    kind: facts.kind,
    title,
    rationale,
    changes,
    checklist: checklistFor(facts),
    recorded: false,
  });
}

/** A step id that is valid and not yet taken (`<kind>-<subject>`, suffixed when needed), now taken. */
export function takeStepId(base: string, taken: Set<string>): string {
  const id = uniqueId(base, taken);
  taken.add(id);
  return id;
}
