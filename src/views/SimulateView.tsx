// The Simulate view: connects the simulate panel to the project store (scenario edits are
// ordinary undoable project edits) and to the variant chosen in the editor.
import { useCallback } from 'react';
import type { Scenario, Slo } from '../../models/types';
import { useProjectStore } from '../store/project-store';
import { useUiStore } from '../store/ui-store';
import { SimulatePanel } from './SimulatePanel';

export function upsertScenario(scenarios: readonly Scenario[], scenario: Scenario): Scenario[] {
  return scenarios.some((s) => s.id === scenario.id)
    ? scenarios.map((s) => (s.id === scenario.id ? scenario : s))
    : [...scenarios, scenario];
}

export function SimulateView() {
  const project = useProjectStore((s) => s.project);
  const updateProject = useProjectStore((s) => s.updateProject);
  const variantId = useUiStore((s) => s.variantId);
  const onSaveScenario = useCallback(
    (scenario: Scenario) =>
      updateProject((p) => ({ ...p, scenarios: upsertScenario(p.scenarios, scenario) })),
    [updateProject],
  );
  const onSaveSlo = useCallback(
    (slo: Slo) => updateProject((p) => ({ ...p, slo })),
    [updateProject],
  );
  return (
    <div className="simulate-view" data-testid="simulate-view">
      <SimulatePanel
        project={project}
        currentVariantId={variantId ?? project.variants[0]!.id}
        onSaveScenario={onSaveScenario}
        onSaveSlo={onSaveSlo}
      />
    </div>
  );
}
