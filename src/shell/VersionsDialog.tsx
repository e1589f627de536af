// Earlier versions of the project kept by the autosave, newest first; restoring one replaces the
// project as an undoable step (and the project it replaces is kept as a version in turn).
import { readVersion } from '../project/autosave-db';
import { useAutosaveStatus } from '../project/autosave-status';
import { adoptProject, openParsed } from '../project/open-project';
import { loadProject } from '../../models/load';
import { showStatus, useUiStore } from '../store/ui-store';
import { Modal } from './Modal';

const when = (savedAt: number): string =>
  new Date(savedAt).toLocaleString(undefined, {
    weekday: 'short',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  });

async function restore(savedAt: number): Promise<void> {
  const text = await readVersion(savedAt).catch(() => null);
  if (text === null) return showStatus('That version is no longer stored.', 'error');
  // Read like a file: a damaged version is reported, never half-opened.
  const result = loadProject(text);
  if (!result.ok) {
    openParsed(result, `the version of ${when(savedAt)}`);
    return;
  }
  adoptProject(
    result.project,
    `Restored "${result.project.name}" as it was at ${when(savedAt)} (undo brings the project you had back).`,
  );
}

export function VersionsDialog() {
  const versions = useAutosaveStatus((s) => s.versions);
  const close = () => useUiStore.getState().openDialog(null);
  return (
    <Modal title="Restore a previous version" onClose={close} testId="versions-dialog">
      <p>
        The autosave keeps the project as it was when a session began, every minute of editing and
        before it was replaced (opened, pasted, a link, an example, a new project).
      </p>
      <ul className="versions-list" aria-label="Versions kept">
        {versions.map((v, i) => (
          <li key={v.savedAt}>
            <span className="version-when">{when(v.savedAt)}</span>
            <span className="version-name">{v.name}</span>
            <span className="version-meta">
              {v.nodes} node{v.nodes === 1 ? '' : 's'}
            </span>
            <button
              type="button"
              className={`button${i === 0 ? ' primary' : ''}`}
              aria-label={`Restore ${v.name} as it was at ${when(v.savedAt)}`}
              onClick={() => void restore(v.savedAt)}
              autoFocus={i === 0}
            >
              Restore
            </button>
          </li>
        ))}
      </ul>
    </Modal>
  );
}
