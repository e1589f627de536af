import type { Project, Variant } from '../types';
import { checkEdges } from '../checks/edge-rules';
import { Findings } from '../checks/findings';
import { checkUniqueIds } from '../checks/unique-ids';
import { checkStages } from '../checks/stage-rules';

/**
 * The referential errors of one variant, by the models validator's own rules (unique ids, edges
 * between existing nodes of the right kinds, dead-letter queues that exist, stages that name
 * their node's own existing edges). Used to refuse a
 * step order or a saved step that would leave the system in a state that cannot be simulated.
 */
export function variantProblems(variant: Variant): string[] {
  const findings = new Findings();
  checkUniqueIds({ variants: [variant], scenarios: [] } as unknown as Project, findings);
  checkEdges(variant, 0, findings);
  checkStages(variant, 0, findings);
  return findings.errors.map((p) => `${p.message} (${p.path.replace(/^variants\[0\]\./, '')})`);
}
