// Import traces: a progress bar while the file is read, then what was inferred and ignored,
// and the choice to open the model as a new project.
import { adoptProject } from '../project/open-project';
import { Modal } from '../shell/Modal';
import { cancelTraceImport, useTraceImport } from './trace-import-store';
import './interop.css';

export function ImportTracesDialog() {
  const state = useTraceImport((s) => s.state);
  if (state.phase === 'idle') return null;
  return (
    <Modal
      title={`Import traces: ${state.fileName}`}
      onClose={cancelTraceImport}
      testId="import-traces-dialog"
    >
      {(state.phase === 'reading' || state.phase === 'building') && (
        <>
          <p>
            {state.phase === 'reading'
              ? `Reading spans… ${state.spans.toLocaleString()} so far`
              : `Building the model from ${state.spans.toLocaleString()} spans…`}
          </p>
          <progress
            className="import-progress"
            max={1}
            value={state.fraction}
            aria-label="Import progress"
            data-testid="import-traces-progress"
          />
          <div className="modal-actions">
            <button type="button" className="button" onClick={cancelTraceImport}>
              Cancel
            </button>
          </div>
        </>
      )}
      {state.phase === 'failed' && (
        <>
          <p role="alert">The file could not be imported; your work is unchanged.</p>
          <pre className="import-summary" data-testid="import-traces-error">
            {state.message}
          </pre>
          <div className="modal-actions">
            <button type="button" className="button primary" onClick={cancelTraceImport} autoFocus>
              OK
            </button>
          </div>
        </>
      )}
      {state.phase === 'done' && (
        <>
          <pre className="import-summary" data-testid="import-traces-summary">
            {state.summary}
          </pre>
          <div className="modal-actions">
            <button type="button" className="button" onClick={cancelTraceImport}>
              Cancel
            </button>
            <button
              type="button"
              className="button primary"
              autoFocus
              onClick={() => {
                adoptProject(
                  state.project,
                  `Imported ${state.fileName} as a new project (undo brings the previous one back).`,
                );
                cancelTraceImport();
              }}
            >
              Open as new project
            </button>
          </div>
        </>
      )}
    </Modal>
  );
}
