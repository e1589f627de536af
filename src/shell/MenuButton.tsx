// A button that opens a menu of commands (keyboard: arrows, Escape).
import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { blockedReason, commandTitle, isAvailable } from '../commands/command-availability';
import type { Command } from '../commands/registry';
import { formatShortcut } from '../commands/shortcut';
import { useKeepInWindow } from './keep-in-window';

export function MenuButton({
  label,
  commands,
  testId,
  className,
  disabledHint,
}: {
  label: string;
  commands: readonly Command[];
  testId?: string;
  className?: string;
  disabledHint?: string;
}) {
  const [open, setOpen] = useState(false);
  const wrap = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  const menu = useRef<HTMLDivElement>(null);
  useKeepInWindow(menu, open);
  useEffect(() => {
    if (!open) return;
    wrap.current?.querySelector<HTMLButtonElement>('[role=menuitem]:not(:disabled)')?.focus();
    const away = (e: PointerEvent) => {
      if (!wrap.current?.contains(e.target as Node)) setOpen(false);
    };
    window.addEventListener('pointerdown', away);
    return () => window.removeEventListener('pointerdown', away);
  }, [open]);
  const onKeyDown = (e: KeyboardEvent) => {
    if (!open) return;
    if (e.key === 'Escape') {
      e.stopPropagation();
      setOpen(false);
      button.current?.focus();
    }
    if (e.key !== 'ArrowDown' && e.key !== 'ArrowUp') return;
    e.preventDefault();
    const items = [
      ...(wrap.current?.querySelectorAll<HTMLButtonElement>('[role=menuitem]:not(:disabled)') ??
        []),
    ];
    const i = items.indexOf(document.activeElement as HTMLButtonElement);
    items[(i + (e.key === 'ArrowDown' ? 1 : items.length - 1)) % items.length]?.focus();
  };
  const anyEnabled = commands.some(isAvailable);
  // All blocked for one reason (a read-only project): say that rather than the usual hint.
  const blocked = commands.length > 0 ? blockedReason(commands[0]!) : null;
  const allBlocked = blocked !== null && commands.every((c) => blockedReason(c) === blocked);
  return (
    <div className={`menu-button ${className ?? ''}`} ref={wrap} onKeyDown={onKeyDown}>
      <button
        ref={button}
        type="button"
        className="button"
        aria-haspopup="menu"
        aria-expanded={open}
        disabled={!anyEnabled}
        title={anyEnabled ? undefined : allBlocked ? blocked : disabledHint}
        onClick={() => setOpen((o) => !o)}
        data-testid={testId}
      >
        {label} <span aria-hidden="true">▾</span>
      </button>
      {open && (
        <div className="menu dropdown" role="menu" aria-label={label} ref={menu}>
          {commands.map((c) => (
            <button
              key={c.name}
              type="button"
              role="menuitem"
              className="menu-item"
              disabled={!isAvailable(c)}
              title={commandTitle(c, c.description)}
              data-testid={`command-${c.name}`}
              onClick={() => {
                setOpen(false);
                void c.perform();
              }}
            >
              <span>{c.label}</span>
              {c.shortcut && <kbd>{formatShortcut(c.shortcut)}</kbd>}
            </button>
          ))}
        </div>
      )}
    </div>
  );
}
