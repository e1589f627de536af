// Opening a project from any source: a valid one replaces the work (undoable); a bad one is reported and changes nothing.
import type { Project } from '../../models/types';
import { viewOpenedProject } from '../canvas/flow-api';
import { useProjectStore } from '../store/project-store';
import { useUiStore, showStatus } from '../store/ui-store';
import type { LoadResult } from '../../models/load';
import { checkpointBeforeNextSave } from './autosave';
import { leaveFileLink } from './read-only-copy';
import { formatProblem, type Problem } from '../../models/problem';

export function adoptProject(project: Project, message: string): void {
  // A project opened read-only from a file link gives way (the link leaves the address bar).
  leaveFileLink();
  // The project it replaces is kept as a version, even after reloads.
  checkpointBeforeNextSave();
  useProjectStore.getState().replaceProject(project);
  const ui = useUiStore.getState();
  ui.setVariantId(project.variants[0]!.id);
  ui.openDialog(null);
  // The previous project's zoom and pan mean nothing for this one.
  viewOpenedProject();
  showStatus(message, 'success');
}

/** Says why something was not used: the problems in a dialog, their count on the status line. */
export function reportRefused(title: string, notUsed: string, problems: Problem[]): void {
  useUiStore.getState().showReport({ title, lines: problems.map(formatProblem) });
  showStatus(
    `${notUsed}: ${problems.length} problem${problems.length === 1 ? '' : 's'}. Your work is unchanged.`,
    'error',
  );
}

export function openParsed(result: LoadResult, source: string): boolean {
  if (!result.ok) {
    reportRefused(`Could not open ${source}`, `${source} was not opened`, result.errors);
    return false;
  }
  adoptProject(result.project, `Opened ${source}.`);
  return true;
}
