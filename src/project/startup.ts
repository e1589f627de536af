// What the app opens with: a shared link, else the autosave, else the Client portal example.
import { formatProblem } from '../../models/problem';
import { useProjectStore } from '../store/project-store';
import { useUiStore } from '../store/ui-store';
import { checkpointBeforeNextSave, loadAutosave, saveNow, startAutosave } from './autosave';
import { keepBeforeLink } from './before-link';
import { initialProject } from './initial-project';
import { isShareHash, readShareHash } from './share-link';
import { readFileHash } from './file-link';
import { useReadOnlyStore } from '../store/read-only-store';
import { restoreResults, startResultsAutosave } from '../simulation/results-autosave';
import { rememberView, restoreView } from './view-memory';

export async function startProject(): Promise<void> {
  const store = useProjectStore.getState();
  const hash = window.location.hash;
  // The hash goes first: whatever it holds, a reload must not meet it again.
  if (isShareHash(hash))
    history.replaceState(null, '', window.location.pathname + window.location.search);
  const shared = await readShareHash(hash);
  // A file link stays in the address bar: a reload fetches the file again, still read-only.
  const linked = await readFileHash(hash);
  // The user's own work is loaded first, whatever the link holds: a link then replaces it as an
  // undoable step, and a copy is kept apart so a reload cannot lose it either.
  const own = await loadAutosave();
  store.replaceProject(own ?? initialProject());
  useProjectStore.temporal.getState().clear();
  if (shared && !shared.ok) {
    useUiStore.getState().showReport({
      title: 'Could not open the shared link',
      lines: shared.errors.map(formatProblem),
    });
  }
  if (shared?.ok) {
    const kept = own !== null && keepBeforeLink(own);
    store.replaceProject(shared.project);
    useUiStore
      .getState()
      .showStatus(
        kept
          ? `Opened the project from the shared link. Your own project "${own.name}" is kept: Undo, or Project › Reopen my project from before the link, brings it back.`
          : own !== null
            ? `Opened the project from the shared link. Your own project "${own.name}" is kept: Undo, or Project › Restore the previous version…, brings it back.`
            : 'Opened the project from the shared link.',
        'success',
      );
  }
  if (linked && !linked.result.ok)
    useUiStore.getState().showReport({
      title: 'Could not open the linked file',
      lines: linked.result.errors.map(formatProblem),
    });
  if (linked?.result.ok) {
    store.replaceProject(linked.result.project);
    useProjectStore.temporal.getState().clear();
    useReadOnlyStore.getState().open(linked.url);
    useUiStore
      .getState()
      .showStatus(`Opened ${linked.result.project.name} read-only from ${linked.url}.`, 'success');
  }
  useUiStore.getState().setVariantId(useProjectStore.getState().project.variants[0]!.id);
  // A reload of the same work returns to the same variant and view; a shared link starts at the first.
  if (!shared && !linked) restoreView(useProjectStore.getState().project.variants.map((v) => v.id));
  rememberView();
  await restoreResults();
  startAutosave();
  startResultsAutosave();
  // A shared project becomes the autosave at once, so a reload keeps it; the user's own
  // project is kept as a version too (Project › Restore the previous version…).
  if (shared?.ok) {
    checkpointBeforeNextSave();
    void saveNow();
  }
}
