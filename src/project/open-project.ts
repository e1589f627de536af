// Opening a project from any source: a valid one replaces the work (undoable); a bad one is reported and changes nothing.
import type { Project } from '../../models/types';
import { useProjectStore } from '../store/project-store';
import { useUiStore, showStatus } from '../store/ui-store';
import type { LoadResult } from '../../models/load';
import { formatProblem } from '../../models/problem';

export function adoptProject(project: Project, message: string): void {
  useProjectStore.getState().replaceProject(project);
  const ui = useUiStore.getState();
  ui.setVariantId(project.variants[0]!.id);
  ui.openDialog(null);
  showStatus(message, 'success');
}

export function openParsed(result: LoadResult, source: string): boolean {
  if (!result.ok) {
    useUiStore.getState().showReport({
      title: `Could not open ${source}`,
      lines: result.errors.map(formatProblem),
    });
    showStatus(
      `${source} was not opened: ${result.errors.length} problem${result.errors.length === 1 ? '' : 's'}. Your work is unchanged.`,
      'error',
    );
    return false;
  }
  adoptProject(result.project, `Opened ${source}.`);
  return true;
}
