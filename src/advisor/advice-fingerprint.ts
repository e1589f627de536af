// What an advice depends on, as a string: the run's fingerprint (the variant without positions,
// the scenario) and every objective, since the advisor judges them all. A different fingerprint
// after an edit marks the advice as stale, and its plan is no longer applied.
import type { Project } from '../../models/types';
import { runFingerprint } from '../simulation/fingerprint';

export function adviceFingerprint(project: Project, variantId: string, scenarioId: string): string {
  return `${runFingerprint(project, variantId, scenarioId)}\u0000${JSON.stringify(project.slo)}`;
}
