import { useSyncExternalStore } from 'react';
import { useStore } from 'zustand';
import { getCommands, subscribeCommands } from '../commands/registry';
import { useProjectStore } from '../store/project-store';
import { useReadOnlyStore } from '../store/read-only-store';
import { useUiStore } from '../store/ui-store';

/** Re-renders when anything a command's `enabled` reads may have changed. */
export function useCommandState(): void {
  useSyncExternalStore(subscribeCommands, getCommands);
  useProjectStore((s) => s.project);
  useStore(useProjectStore.temporal, (s) => s.pastStates.length + s.futureStates.length * 1e6);
  useUiStore((s) => s.selection);
  useUiStore((s) => s.view);
  useReadOnlyStore((s) => s.source);
}
