// Global keyboard shortcuts from the command registry (ignored while typing in a field).
import { useEffect } from 'react';
import { isTyping } from './is-typing';
import { showStatus } from '../store/ui-store';
import { blockedReason, isAvailable } from './command-availability';
import { getCommands } from './registry';
import { matchesShortcut } from './shortcut';

export function useShortcuts(): void {
  useEffect(() => {
    const onKeyDown = (e: KeyboardEvent) => {
      if (e.defaultPrevented || isTyping(e.target)) return;
      for (const command of getCommands()) {
        if (command.clipboardEvent) continue; // the browser's copy/paste event runs it
        const keys = [command.shortcut, ...(command.altShortcuts ?? [])].filter(
          (k): k is string => !!k,
        );
        if (!keys.some((k) => matchesShortcut(e, k))) continue;
        e.preventDefault();
        const blocked = blockedReason(command);
        if (blocked) showStatus(blocked, 'error');
        else if (isAvailable(command)) void command.perform();
        return;
      }
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);
}
