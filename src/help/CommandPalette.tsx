// Ctrl/Cmd+K: every command of the registry, found by typing and run with Enter.
import { getCommands, type Command } from '../commands/registry';
import { formatShortcut } from '../commands/shortcut';
import { SearchableList } from '../controls/SearchableList';
import { Modal } from '../shell/Modal';
import { useUiStore } from '../store/ui-store';
import { searchCommands } from './palette-search';
import './help.css';

const commandsFor = (query: string): Command[] => searchCommands(getCommands(), query);

export function CommandPalette() {
  const close = (): void => useUiStore.getState().openDialog(null);
  const run = (command: Command): void => {
    close();
    void command.perform();
  };
  return (
    <Modal title="Command palette" onClose={close} testId="command-palette">
      <SearchableList
        search={commandsFor}
        onChoose={run}
        itemKey={(c) => c.name}
        renderItem={(c) => (
          <>
            <span>{c.label}</span>
            {c.shortcut && <kbd>{formatShortcut(c.shortcut)}</kbd>}
          </>
        )}
        inputLabel="Search commands"
        listLabel="Commands"
        placeholder="Type a command, e.g. undo, layout, share"
        emptyText={(query) => `No command matches “${query}” here.`}
        classPrefix="palette"
        optionTestId={(c) => `palette-${c.name}`}
      />
    </Modal>
  );
}
