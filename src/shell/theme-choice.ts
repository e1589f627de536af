// Light or dark: the system's by default, or the one the user chose (remembered in this browser).
import { useSyncExternalStore } from 'react';

export type ThemeChoice = 'system' | 'light' | 'dark';

const KEY = 'spillway.theme';
const DARK_QUERY = '(prefers-color-scheme: dark)';
const listeners = new Set<() => void>();

function stored(): ThemeChoice {
  try {
    const value = localStorage.getItem(KEY);
    return value === 'light' || value === 'dark' ? value : 'system';
  } catch {
    return 'system'; // storage refused (a private window's policy): follow the system
  }
}

let choice: ThemeChoice = 'system';

/** The theme shown: the choice, or the system's when the choice is to follow it. */
export function resolvedTheme(): 'light' | 'dark' {
  if (choice !== 'system') return choice;
  return window.matchMedia?.(DARK_QUERY).matches ? 'dark' : 'light';
}

function apply(): void {
  document.documentElement.dataset.theme = resolvedTheme();
  listeners.forEach((l) => l());
}

/** Reads the remembered choice and follows the system's changes; call once before the first render. */
export function installTheme(): void {
  choice = stored();
  window.matchMedia?.(DARK_QUERY).addEventListener('change', apply);
  apply();
}

export function setThemeChoice(next: ThemeChoice): void {
  choice = next;
  try {
    if (next === 'system') localStorage.removeItem(KEY);
    else localStorage.setItem(KEY, next);
  } catch {
    // Not remembered, but applied for this visit.
  }
  apply();
}

export const getThemeChoice = (): ThemeChoice => choice;

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function useThemeChoice(): ThemeChoice {
  return useSyncExternalStore(subscribe, getThemeChoice);
}

/** The theme shown, for components that draw with their own colour mode (React Flow). */
export function useResolvedTheme(): 'light' | 'dark' {
  return useSyncExternalStore(subscribe, resolvedTheme);
}
