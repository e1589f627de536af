// One registry of commands, shared by the toolbar, the context menu, the project menu and the keyboard.
import { isAvailable } from './command-availability';

export type CommandGroup =
  'history' | 'edit' | 'view' | 'transform' | 'project' | 'variant' | 'scenario' | 'help';

/** Where a command may be offered in the context menu: on a node, an edge, or the empty canvas. */
export type CommandContext = 'node' | 'edge' | 'pane';

export interface Command {
  /** Stable id, e.g. "edit.undo"; used in data-testid="command-<name>". */
  name: string;
  label: string;
  group: CommandGroup;
  /** e.g. "Mod+Z", "Shift+Mod+Z", "Delete"; Mod is Ctrl, or Cmd on a Mac. */
  shortcut?: string;
  /**
   * The shortcut is the browser's own copy or paste: the keyboard runs the command through the
   * native clipboard event (use-clipboard-events), which can read and write the system clipboard
   * without a permission prompt, so other tabs and projects can paste what was copied.
   */
  clipboardEvent?: 'copy' | 'paste';
  /** Extra keys that do the same thing (e.g. Backspace for Delete); not shown. */
  altShortcuts?: readonly string[];
  contexts?: readonly CommandContext[];
  /** Shown in the toolbar (history, edit and view groups only). */
  toolbar?: boolean;
  /** A one-line explanation, used as a tooltip. */
  description?: string;
  /**
   * The command changes the project (model, layout, variants, scenarios, history): it is
   * unavailable, with the reason, while the project is open read-only (command-availability.ts).
   */
  edits?: boolean;
  enabled: () => boolean;
  perform: () => void | Promise<void>;
}

const commands: Command[] = [];
const listeners = new Set<() => void>();

/** Adds commands; a command with the same name replaces the earlier one. */
export function registerCommands(added: readonly Command[]): void {
  for (const command of added) {
    const i = commands.findIndex((c) => c.name === command.name);
    if (i >= 0) commands[i] = command;
    else commands.push(command);
  }
  listeners.forEach((l) => l());
}

export function getCommands(): readonly Command[] {
  return commands;
}

export function getCommand(name: string): Command | undefined {
  return commands.find((c) => c.name === name);
}

export function commandsIn(group: CommandGroup): Command[] {
  return commands.filter((c) => c.group === group);
}

export function subscribeCommands(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Runs a command if it is available (command-availability.ts); returns whether it ran. */
export function runCommand(name: string): boolean {
  const command = getCommand(name);
  if (!command || !isAvailable(command)) return false;
  void command.perform();
  return true;
}
