// The user's own project as it was when a share link replaced it: kept apart from the autosave,
// so a link never costs the user their work (the Project menu reopens it, even after reloads).
import { loadProject } from '../../models/load';
import { serializeProject } from '../../models/serialize';
import type { Project } from '../../models/types';

export const BEFORE_LINK_KEY = 'spillway.before-link.v1';

/** Keeps a copy of the project a link is about to replace; false when storage refused it. */
export function keepBeforeLink(project: Project): boolean {
  try {
    localStorage.setItem(BEFORE_LINK_KEY, serializeProject(project));
    return true;
  } catch {
    return false;
  }
}

/** Whether a copy is kept (cheap: the menu asks on every render). */
export function hasProjectBeforeLink(): boolean {
  try {
    return localStorage.getItem(BEFORE_LINK_KEY) !== null;
  } catch {
    return false;
  }
}

/** The project kept before the last shared link, or null when there is none (or it is unreadable). */
export function projectBeforeLink(): Project | null {
  let text: string | null;
  try {
    text = localStorage.getItem(BEFORE_LINK_KEY);
  } catch {
    return null;
  }
  if (!text) return null;
  const r = loadProject(text);
  return r.ok ? r.project : null;
}
