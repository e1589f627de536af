// Commands on whole scenarios, from any view: new, duplicate, rename, delete. Each change is one
// undoable project edit; the new or next scenario becomes the one Simulate and Compare show.
import { newScenario } from '../../models/scenarios/new-scenario';
import { removeScenario } from '../../models/scenarios/remove-scenario';
import type { Scenario } from '../../models/types';
import type { Command } from '../commands/registry';
import { projectClients } from '../results/node-names';
import { useRunsStore } from '../simulation/runs-store';
import { getProject, useProjectStore } from '../store/project-store';
import { showStatus, useUiStore } from '../store/ui-store';
import { getShownScenario } from './shown-scenario';

/** Adds the scenario, shows it in Simulate (where it is edited) and says so. */
function addScenario(scenario: Scenario, said: string): void {
  useProjectStore
    .getState()
    .updateProject((p) => ({ ...p, scenarios: [...p.scenarios, scenario] }));
  useRunsStore.getState().selectScenario(scenario.id);
  useUiStore.getState().setView('simulate');
  showStatus(said, 'success');
}

function createScenario(): void {
  const project = getProject();
  const scenario = newScenario(project.scenarios, null, projectClients(project));
  addScenario(scenario, `Created “${scenario.name}”: a one-minute constant load on every client.`);
}

function duplicateShown(): void {
  const source = getShownScenario();
  if (!source) return;
  const copy = newScenario(getProject().scenarios, source, []);
  addScenario(copy, `Created “${copy.name}” from “${source.name}”.`);
}

function deleteShown(): void {
  const scenario = getShownScenario();
  if (!scenario) return;
  const out = removeScenario(getProject(), scenario.id);
  if (!out.ok) {
    showStatus(out.reason, 'error');
    return;
  }
  useUiStore.getState().askConfirmation({
    title: 'Delete scenario',
    message: `Delete the scenario “${scenario.name}”? Variants, the roadmap and the objectives stay as they are.`,
    confirmLabel: 'Delete scenario',
    onConfirm: () => {
      useProjectStore.getState().updateProject(() => out.project);
      useRunsStore.getState().selectScenario(out.next);
      showStatus(`Deleted “${scenario.name}”. Undo brings it back.`, 'success');
    },
  });
}

const hasScenario = (): boolean => getProject().scenarios.length > 0;

export const SCENARIO_COMMANDS: Command[] = [
  {
    name: 'scenario.new',
    label: 'New scenario',
    group: 'scenario',
    edits: true,
    description: 'Add a scenario with a one-minute constant load on every client',
    enabled: () => true,
    perform: createScenario,
  },
  {
    name: 'scenario.duplicate',
    label: 'Duplicate scenario',
    group: 'scenario',
    edits: true,
    description: 'Copy the scenario shown in Simulate and Compare, to vary it',
    enabled: hasScenario,
    perform: duplicateShown,
  },
  {
    name: 'scenario.rename',
    label: 'Rename scenario…',
    group: 'scenario',
    edits: true,
    description: 'Give the scenario shown in Simulate and Compare another name',
    enabled: hasScenario,
    perform: () => useUiStore.getState().openDialog('rename-scenario'),
  },
  {
    name: 'scenario.delete',
    label: 'Delete scenario…',
    group: 'scenario',
    edits: true,
    description: 'Remove the scenario shown in Simulate and Compare (a project keeps at least one)',
    enabled: hasScenario,
    perform: deleteShown,
  },
];
