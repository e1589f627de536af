// Keyboard shortcut strings ("Shift+Mod+Z") matched against key events, and shown per platform.
const isMac = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);

export function matchesShortcut(event: KeyboardEvent, shortcut: string): boolean {
  const parts = shortcut.split('+');
  const key = parts.pop()!;
  const wantMod = parts.includes('Mod');
  const wantShift = parts.includes('Shift');
  const wantAlt = parts.includes('Alt');
  const mod = isMac ? event.metaKey : event.ctrlKey;
  // A symbol such as "?" is typed with Shift on some layouts and without it on others.
  const symbol = key.length === 1 && !/[A-Za-z0-9]/.test(key);
  if (symbol && !wantMod && !wantAlt)
    return event.key === key && !event.ctrlKey && !event.metaKey && !event.altKey;
  if (mod !== wantMod || event.shiftKey !== wantShift || event.altKey !== wantAlt) return false;
  if (!wantMod && (event.ctrlKey || event.metaKey)) return false;
  const pressed = event.key.length === 1 ? event.key.toUpperCase() : event.key;
  return (
    pressed.toUpperCase() === key.toUpperCase() ||
    event.code === `Digit${key}` ||
    event.code === `Key${key.toUpperCase()}`
  );
}

export function formatShortcut(shortcut: string): string {
  return shortcut
    .split('+')
    .map((p) =>
      p === 'Mod'
        ? isMac
          ? '⌘'
          : 'Ctrl'
        : p === 'Shift'
          ? isMac
            ? '⇧'
            : 'Shift'
          : p === 'Alt'
            ? isMac
              ? '⌥'
              : 'Alt'
            : p,
    )
    .join(isMac ? '' : '+');
}
