// The autosave's state in the header ("Saved" / "Saving…"), and a warning that stays in view
// when a save fails, with the way to keep the work (Save to file…).
import { runCommand } from '../commands/registry';
import { useAutosaveStatus } from '../project/autosave-status';

export function AutosaveState() {
  const state = useAutosaveStatus((s) => s.state);
  return (
    <span className="autosave-state" data-state={state} data-testid="autosave-state">
      {state === 'saved' ? 'Saved' : state === 'saving' ? 'Saving…' : 'Not saved'}
    </span>
  );
}

export function AutosaveWarning() {
  const problem = useAutosaveStatus((s) => s.problem);
  const failed = useAutosaveStatus((s) => s.state === 'failed');
  if (!problem) return null;
  return (
    <div className={`autosave-warning${failed ? ' is-failed' : ''}`} role="alert">
      <span>{problem}</span>
      <button type="button" className="button" onClick={() => runCommand('project.save')}>
        Save to file…
      </button>
    </div>
  );
}
