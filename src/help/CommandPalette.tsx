// Ctrl/Cmd+K: every command of the registry, found by typing and run with Enter.
import { useId, useMemo, useState, type KeyboardEvent } from 'react';
import { getCommands, type Command } from '../commands/registry';
import { formatShortcut } from '../commands/shortcut';
import { Modal } from '../shell/Modal';
import { useUiStore } from '../store/ui-store';
import { searchCommands } from './palette-search';
import './help.css';

export function CommandPalette() {
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const listId = useId();
  const found = useMemo(() => searchCommands(getCommands(), query), [query]);
  const current = Math.min(active, found.length - 1);
  const close = () => useUiStore.getState().openDialog(null);
  const run = (command: Command | undefined) => {
    if (!command) return;
    close();
    void command.perform();
  };
  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      if (found.length === 0) return;
      const step = e.key === 'ArrowDown' ? 1 : found.length - 1;
      setActive((Math.max(current, 0) + step) % found.length);
    } else if (e.key === 'Enter') {
      e.preventDefault();
      run(found[current]);
    }
  };
  const optionId = (i: number) => `${listId}-${i}`;
  return (
    <Modal title="Command palette" onClose={close} testId="command-palette">
      <input
        className="palette-input"
        type="text"
        role="combobox"
        aria-label="Search commands"
        aria-expanded="true"
        aria-controls={listId}
        aria-activedescendant={current >= 0 ? optionId(current) : undefined}
        placeholder="Type a command, e.g. undo, layout, share"
        value={query}
        onChange={(e) => {
          setQuery(e.target.value);
          setActive(0);
        }}
        onKeyDown={onKeyDown}
        data-autofocus
        autoComplete="off"
      />
      <ul className="palette-list" role="listbox" id={listId} aria-label="Commands">
        {found.map((c, i) => (
          <li
            key={c.name}
            id={optionId(i)}
            role="option"
            aria-selected={i === current}
            className="palette-option"
            data-testid={`palette-${c.name}`}
            onPointerMove={() => setActive(i)}
            onClick={() => run(c)}
          >
            <span>{c.label}</span>
            {c.shortcut && <kbd>{formatShortcut(c.shortcut)}</kbd>}
          </li>
        ))}
      </ul>
      {found.length === 0 && (
        <p className="palette-empty" role="status">
          No command matches “{query}” here.
        </p>
      )}
    </Modal>
  );
}
