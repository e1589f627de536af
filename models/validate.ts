import type { Problem } from './problem';
import type { Project } from './types';
import { warnCallCycles } from './checks/call-cycles';
import { checkEdges } from './checks/edge-rules';
import { checkFlows } from './checks/flow-rules';
import { checkAutoscale } from './checks/autoscale-rules';
import { Findings } from './checks/findings';
import { checkRoadmap, checkScenarios } from './checks/scenario-rules';
import { checkStages } from './checks/stage-rules';
import { checkUniqueIds } from './checks/unique-ids';
import { warnUnusedNodes } from './checks/unused-nodes';

/**
 * The referential checks of a project that already has the right shape (the schema passed):
 * ids, edge ends and kinds, references from scenarios, dead-letter queues and the roadmap.
 * Errors make the project unusable; warnings point at things that are probably mistakes.
 */
export function checkProject(project: Project): { errors: Problem[]; warnings: Problem[] } {
  const findings = new Findings();
  checkUniqueIds(project, findings);
  project.variants.forEach((variant, v) => {
    checkEdges(variant, v, findings);
    checkFlows(variant, v, findings);
    checkStages(variant, v, findings);
    checkAutoscale(variant, v, findings);
    warnCallCycles(variant, v, findings);
    warnUnusedNodes(variant, v, findings);
  });
  checkScenarios(project, findings);
  checkRoadmap(project, findings);
  return { errors: findings.errors, warnings: findings.warnings };
}
