// Shortcut matching.
import { expect, test } from 'vitest';
import { matchesShortcut } from '../../../../src/commands/shortcut';

const key = (
  k: string,
  mods: Partial<Record<'ctrlKey' | 'shiftKey' | 'altKey' | 'metaKey', boolean>> = {},
  code = '',
) =>
  ({
    key: k,
    code,
    ctrlKey: false,
    shiftKey: false,
    altKey: false,
    metaKey: false,
    ...mods,
  }) as KeyboardEvent;

test('shortcuts match exactly their modifiers (Mod is Ctrl off a Mac)', () => {
  expect(matchesShortcut(key('z', { ctrlKey: true }), 'Mod+Z')).toBe(true);
  expect(matchesShortcut(key('Z', { ctrlKey: true, shiftKey: true }), 'Mod+Z')).toBe(false);
  expect(matchesShortcut(key('Z', { ctrlKey: true, shiftKey: true }), 'Shift+Mod+Z')).toBe(true);
  expect(matchesShortcut(key('Delete'), 'Delete')).toBe(true);
  expect(matchesShortcut(key('Delete', { ctrlKey: true }), 'Delete')).toBe(false);
  expect(matchesShortcut(key('!', { shiftKey: true }, 'Digit1'), 'Shift+1')).toBe(true);
  expect(matchesShortcut(key('L', { shiftKey: true }), 'Shift+L')).toBe(true);
  expect(matchesShortcut(key('l'), 'Shift+L')).toBe(false);
});
