// Whether a command can run now, and if not for a reason the user should be told, that reason:
// a command that edits is unavailable while the project is open read-only from a file link,
// whatever its own `enabled` says. Toolbar, menus, palette and keyboard all ask here.
import { READ_ONLY_REFUSAL } from '../store/project-store';
import { isReadOnly } from '../store/read-only-store';
import type { Command } from './registry';

/** Why the command may not run at all in this state of the app, or null. */
export function blockedReason(command: Command): string | null {
  return command.edits && isReadOnly() ? READ_ONLY_REFUSAL : null;
}

export function isAvailable(command: Command): boolean {
  return blockedReason(command) === null && command.enabled();
}

/** The tooltip: the reason it is blocked when it is, else the given hint. */
export function commandTitle(command: Command, hint?: string): string | undefined {
  return blockedReason(command) ?? hint;
}
