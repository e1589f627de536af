// The project being edited. Only this store is undoable (zundo); view state lives in ui-store.
import { create } from 'zustand';
import { temporal } from 'zundo';
import type { Project, Variant } from '../../models/types';
import { initialProject } from '../project/initial-project';
import { isReadOnly } from './read-only-store';
import { showStatus } from './ui-store';

/** Said when an edit meets a project opened read-only from a file link. */
export const READ_ONLY_REFUSAL =
  'This project is open read-only from a file link: Make a copy (in the bar above) to edit it.';

/** Whether an edit may go ahead; says why not when the project is read-only. */
function editable(): boolean {
  if (!isReadOnly()) return true;
  showStatus(READ_ONLY_REFUSAL, 'error');
  return false;
}

export interface ProjectState {
  project: Project;
  /** Replaces the whole project (open, new, example); undoable like any other edit. */
  replaceProject: (project: Project) => void;
  updateProject: (recipe: (project: Project) => Project) => void;
  updateVariant: (variantId: string, recipe: (variant: Variant) => Variant) => void;
}

export const useProjectStore = create<ProjectState>()(
  temporal(
    (set) => ({
      project: initialProject(),
      replaceProject: (project) => {
        if (editable()) set({ project });
      },
      updateProject: (recipe) => {
        if (editable()) set((s) => ({ project: recipe(s.project) }));
      },
      updateVariant: (variantId, recipe) => {
        if (!editable()) return;
        set((s) => ({
          project: {
            ...s.project,
            variants: s.project.variants.map((v) => (v.id === variantId ? recipe(v) : v)),
          },
        }));
      },
    }),
    {
      partialize: (s) => ({ project: s.project }),
      equality: (a, b) => a.project === b.project,
      limit: 200,
    },
  ),
);

export const undo = (): void => useProjectStore.temporal.getState().undo();
export const redo = (): void => useProjectStore.temporal.getState().redo();
export const canUndo = (): boolean => useProjectStore.temporal.getState().pastStates.length > 0;
export const canRedo = (): boolean => useProjectStore.temporal.getState().futureStates.length > 0;
export const getProject = (): Project => useProjectStore.getState().project;
