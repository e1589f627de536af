// The scenario commands of the registry (new, duplicate, rename, delete) as a row of buttons
// under the scenario picker; the same commands are in the command palette.
import { CommandButtons } from '../shell/CommandButtons';

export function ScenarioActions() {
  return (
    <div className="scenario-actions" role="group" aria-label="Scenario actions">
      <CommandButtons group="scenario" />
    </div>
  );
}
