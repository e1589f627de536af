import { copyJson } from '../json-copy';
import type { Project, RoadmapStep, Variant } from '../types';
import { uniqueId } from '../elements/unique-id';

export interface AdvisedVariant {
  project: Project;
  id: string;
  name: string;
  /** The roadmap's target before, when the advice replaced a roadmap to another variant. */
  replacedRoadmapTo: string | null;
}

/**
 * Adds the design an advisor's plan arrives at as a new variant ("Advised: …", id `advised`)
 * and makes the roadmap go from the variant it started from to it, with the plan's steps
 * recorded in order. A roadmap to another variant is replaced (the caller says so; in the app
 * it is one undoable step). Node ids are kept, so the two variants compare node by node.
 */
export function addAdvisedVariant(
  project: Project,
  from: string,
  design: Variant,
  steps: readonly RoadmapStep[],
): AdvisedVariant {
  const source = project.variants.find((v) => v.id === from);
  const id = uniqueId(
    'advised',
    project.variants.map((v) => v.id),
  );
  const name = `Advised: ${source?.name ?? from} with ${steps.length} change${steps.length === 1 ? '' : 's'}`;
  const variant: Variant = {
    ...copyJson(design),
    id,
    name,
    description: [
      `Proposed by the migration advisor from "${source?.name ?? from}":`,
      ...steps.map((s, i) => `${i + 1}. ${s.title}`),
    ].join('\n'),
  };
  const takenSteps: string[] = [];
  const recorded = steps.map((s) => {
    const stepId = uniqueId(s.id, takenSteps);
    takenSteps.push(stepId);
    return { ...copyJson(s), id: stepId, recorded: true };
  });
  const replacedRoadmapTo =
    project.roadmap && project.roadmap.to !== id ? project.roadmap.to : null;
  return {
    project: {
      ...project,
      variants: [...project.variants, variant],
      roadmap: { from, to: id, steps: recorded },
    },
    id,
    name,
    replacedRoadmapTo,
  };
}
