// Every change of the project is written to localStorage; a reload restores it.
import type { Project } from '../../models/types';
import { useProjectStore } from '../store/project-store';
import { loadProject } from '../../models/load';
import { serializeProject } from '../../models/serialize';

export const AUTOSAVE_KEY = 'spillway.autosave.v1';

export function loadAutosave(): Project | null {
  let text: string | null;
  try {
    text = localStorage.getItem(AUTOSAVE_KEY);
  } catch {
    return null;
  }
  if (!text) return null;
  const r = loadProject(text);
  return r.ok ? r.project : null;
}

export function writeAutosave(project: Project): void {
  try {
    localStorage.setItem(AUTOSAVE_KEY, serializeProject(project));
  } catch {
    // Storage full or disabled: the work stays in memory and can still be saved to a file.
  }
}

/** Starts writing the project on every change; returns the unsubscribe function. */
export function startAutosave(): () => void {
  return useProjectStore.subscribe((state, previous) => {
    if (state.project !== previous.project) writeAutosave(state.project);
  });
}
