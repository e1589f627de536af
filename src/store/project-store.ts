// The project being edited. Only this store is undoable (zundo); view state lives in ui-store.
import { create } from 'zustand';
import { temporal } from 'zundo';
import type { Project, Variant } from '../../models/types';
import { initialProject } from '../project/initial-project';

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
      replaceProject: (project) => set({ project }),
      updateProject: (recipe) => set((s) => ({ project: recipe(s.project) })),
      updateVariant: (variantId, recipe) =>
        set((s) => ({
          project: {
            ...s.project,
            variants: s.project.variants.map((v) => (v.id === variantId ? recipe(v) : v)),
          },
        })),
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
