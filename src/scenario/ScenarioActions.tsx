// The scenario commands of the registry (new, duplicate, rename, delete) as a row of buttons
// under the scenario picker; the same commands are in the command palette.
import { commandsIn } from '../commands/registry';
import { useCommandState } from '../shell/use-command-state';

export function ScenarioActions() {
  useCommandState();
  return (
    <div className="scenario-actions" role="group" aria-label="Scenario actions">
      {commandsIn('scenario').map((c) => (
        <button
          key={c.name}
          type="button"
          className="button small"
          onClick={() => void c.perform()}
          disabled={!c.enabled()}
          title={c.description}
          data-testid={`command-${c.name}`}
        >
          {c.label}
        </button>
      ))}
    </div>
  );
}
