// The theme choices as commands, so that the command palette finds them ("dark").
import type { Command } from '../commands/registry';
import { getThemeChoice, setThemeChoice, type ThemeChoice } from './theme-choice';

const choose = (choice: ThemeChoice, label: string): Command => ({
  name: `view.theme.${choice}`,
  label,
  group: 'view',
  description: 'Colour theme, remembered in this browser',
  enabled: () => getThemeChoice() !== choice,
  perform: () => setThemeChoice(choice),
});

export const THEME_COMMANDS: Command[] = [
  choose('system', 'Theme: follow the system'),
  choose('light', 'Theme: light'),
  choose('dark', 'Theme: dark'),
];
