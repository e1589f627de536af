// Leaving a project opened read-only from a file link: either the user keeps it as their own
// (Make a copy: it becomes editable and is autosaved, the replaced work kept as a version) or
// another project replaces it. Either way the link leaves the address bar, so a reload opens the
// user's own work.
import { useReadOnlyStore } from '../store/read-only-store';
import { showStatus } from '../store/ui-store';
import { checkpointBeforeNextSave, saveNow } from './autosave';
import { isFileHash } from './file-link';

/** Ends read-only mode and takes the link out of the address bar; nothing else. */
export function leaveFileLink(): void {
  if (useReadOnlyStore.getState().source === null) return;
  useReadOnlyStore.getState().release();
  if (isFileHash(window.location.hash))
    history.replaceState(null, '', window.location.pathname + window.location.search);
}

/** Make a copy: the linked project becomes the user's own, editable and autosaved. */
export function makeCopy(): void {
  leaveFileLink();
  checkpointBeforeNextSave();
  void saveNow();
  showStatus(
    'This copy is yours: edits are saved in this browser. Your project from before is kept as a version (Project › Restore the previous version…).',
    'success',
  );
}
