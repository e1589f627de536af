import type { PathSegment } from '../problem';
import type { Project } from '../types';
import type { Findings } from './findings';

/** Reports every item whose id an earlier item of the same list already has. */
function uniqueIn(
  items: readonly { id: string }[],
  listPath: readonly PathSegment[],
  what: string,
  findings: Findings,
): void {
  const first = new Map<string, number>();
  items.forEach((item, i) => {
    const earlier = first.get(item.id);
    if (earlier === undefined) first.set(item.id, i);
    else {
      const list = String(listPath[listPath.length - 1]);
      findings.error(
        [...listPath, i, 'id'],
        `duplicate ${what} id "${item.id}" (already used by ${list}[${earlier}])`,
      );
    }
  });
}

export function checkUniqueIds(project: Project, findings: Findings): void {
  uniqueIn(project.variants, ['variants'], 'variant', findings);
  project.variants.forEach((variant, v) => {
    uniqueIn(variant.nodes, ['variants', v, 'nodes'], 'node', findings);
    uniqueIn(variant.edges, ['variants', v, 'edges'], 'edge', findings);
  });
  uniqueIn(project.scenarios, ['scenarios'], 'scenario', findings);
  const steps = project.roadmap?.steps ?? [];
  uniqueIn(steps, ['roadmap', 'steps'], 'step', findings);
  steps.forEach((step, s) =>
    uniqueIn(step.checklist, ['roadmap', 'steps', s, 'checklist'], 'checklist item', findings),
  );
}
