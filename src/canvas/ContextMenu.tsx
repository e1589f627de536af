// Right-click menu: the registry's commands that apply to a node, an edge or the empty canvas.
import { useEffect, useRef, type KeyboardEvent } from 'react';
import { commandTitle, isAvailable } from '../commands/command-availability';
import { getCommands, type CommandContext } from '../commands/registry';
import { formatShortcut } from '../commands/shortcut';
import { useKeepInWindow } from '../shell/keep-in-window';

export interface ContextMenuState {
  x: number;
  y: number;
  context: CommandContext;
}

export function ContextMenu({ state, onClose }: { state: ContextMenuState; onClose: () => void }) {
  const ref = useRef<HTMLDivElement>(null);
  useKeepInWindow(ref, state);
  // Migration steps that do not apply here are left out rather than shown greyed.
  const items = getCommands().filter(
    (c) => c.contexts?.includes(state.context) && (c.group !== 'transform' || c.enabled()),
  );
  useEffect(() => {
    ref.current?.querySelector<HTMLButtonElement>('button:not(:disabled)')?.focus();
    const away = (e: PointerEvent) => {
      if (!ref.current?.contains(e.target as Node)) onClose();
    };
    window.addEventListener('pointerdown', away);
    return () => window.removeEventListener('pointerdown', away);
  }, [onClose]);

  const onKeyDown = (e: KeyboardEvent) => {
    e.stopPropagation();
    if (e.key === 'Escape') onClose();
    if (e.key !== 'ArrowDown' && e.key !== 'ArrowUp') return;
    e.preventDefault();
    const buttons = [
      ...(ref.current?.querySelectorAll<HTMLButtonElement>('button:not(:disabled)') ?? []),
    ];
    const i = buttons.indexOf(document.activeElement as HTMLButtonElement);
    const next = buttons[(i + (e.key === 'ArrowDown' ? 1 : buttons.length - 1)) % buttons.length];
    next?.focus();
  };

  return (
    <div
      ref={ref}
      className="menu context-menu"
      role="menu"
      aria-label={`Actions on the ${state.context === 'pane' ? 'canvas' : state.context}`}
      style={{ left: state.x, top: state.y }}
      onKeyDown={onKeyDown}
    >
      {items.map((c, i) => {
        const separator = i > 0 && items[i - 1]!.group !== c.group;
        return (
          <div key={c.name} className={separator ? 'menu-item-wrap separated' : 'menu-item-wrap'}>
            <button
              type="button"
              role="menuitem"
              className="menu-item"
              disabled={!isAvailable(c)}
              title={commandTitle(c, c.description)}
              onClick={() => {
                onClose();
                void c.perform();
              }}
            >
              <span>{c.label}</span>
              {c.shortcut && <kbd>{formatShortcut(c.shortcut)}</kbd>}
            </button>
          </div>
        );
      })}
    </div>
  );
}
