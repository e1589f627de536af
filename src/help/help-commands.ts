// The Help menu: the shortcut sheet, the command palette and the guides.
import type { Command } from '../commands/registry';
import { useUiStore } from '../store/ui-store';
import { GUIDES, guideDialog } from './docs';
import { useGettingStarted } from './getting-started-store';

const open = (dialog: string) => (): void => useUiStore.getState().openDialog(dialog);

export const HELP_COMMANDS: Command[] = [
  {
    name: 'help.shortcuts',
    label: 'Keyboard shortcuts',
    group: 'help',
    shortcut: '?',
    description: 'Every keyboard shortcut, by group',
    enabled: () => true,
    perform: open('shortcuts'),
  },
  {
    name: 'help.palette',
    label: 'Command palette…',
    group: 'help',
    shortcut: 'Mod+K',
    description: 'Find any command by typing its name',
    enabled: () => true,
    perform: open('palette'),
  },
  {
    name: 'help.gettingStarted',
    label: 'Getting started',
    group: 'help',
    description:
      'The welcome and the one-minute path (draw, transform, simulate, compare), in the inspector',
    enabled: () => true,
    perform: () => {
      useGettingStarted.getState().reopen();
      const ui = useUiStore.getState();
      ui.select({ nodes: [], edges: [] });
      ui.setView('edit');
    },
  },
  ...GUIDES.map((g): Command => ({
    name: `help.guide.${g.file}`,
    label: `Guide: ${g.title}`,
    group: 'help',
    description: `Read docs/${g.file}.md`,
    enabled: () => true,
    perform: open(guideDialog(g.file)),
  })),
];
