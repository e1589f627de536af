// "Rename scenario…": the shown scenario's name in a field; Enter renames (one undoable edit),
// Escape or Cancel keeps it. A refused name says why under the field and nothing changes.
import { useId, useState } from 'react';
import { renameScenario } from '../../models/scenarios/rename-scenario';
import type { Scenario } from '../../models/types';
import { Modal } from '../shell/Modal';
import { getProject, useProjectStore } from '../store/project-store';
import { showStatus, useUiStore } from '../store/ui-store';
import { getShownScenario } from './shown-scenario';

export function RenameScenarioDialog() {
  const [scenario] = useState<Scenario | null>(getShownScenario);
  const close = (): void => useUiStore.getState().openDialog(null);
  if (!scenario) return null;
  return <RenameForm scenario={scenario} close={close} />;
}

function RenameForm({ scenario, close }: { scenario: Scenario; close: () => void }) {
  const [draft, setDraft] = useState(scenario.name);
  const [error, setError] = useState<string | null>(null);
  const fieldId = useId();
  const errorId = useId();
  const submit = (): void => {
    const out = renameScenario(getProject(), scenario.id, draft);
    if (!out.ok) return setError(out.reason);
    close();
    if (out.name === scenario.name) return;
    useProjectStore.getState().updateProject(() => out.project);
    showStatus(`Renamed “${scenario.name}” to “${out.name}”.`, 'success');
  };
  return (
    <Modal title="Rename scenario" onClose={close} testId="rename-scenario-dialog">
      <form
        onSubmit={(e) => {
          e.preventDefault();
          submit();
        }}
      >
        <div className={error ? 'field has-error' : 'field'}>
          <label className="field-label" htmlFor={fieldId}>
            New name for “{scenario.name}”
          </label>
          <input
            id={fieldId}
            className="input"
            value={draft}
            aria-invalid={error !== null}
            aria-describedby={error ? errorId : undefined}
            onChange={(e) => {
              setDraft(e.currentTarget.value);
              setError(null);
            }}
            onFocus={(e) => e.currentTarget.select()}
            data-autofocus
          />
          {error && (
            <p id={errorId} className="field-error" role="alert">
              {error}
            </p>
          )}
        </div>
        <div className="modal-actions">
          <button type="button" className="button" onClick={close}>
            Cancel
          </button>
          <button type="submit" className="button primary">
            Rename
          </button>
        </div>
      </form>
    </Modal>
  );
}
