// "?": every keyboard shortcut of the command registry, by group.
import { getCommands, type CommandGroup } from '../commands/registry';
import { formatShortcut } from '../commands/shortcut';
import { Modal } from '../shell/Modal';
import { useUiStore } from '../store/ui-store';
import './help.css';

const GROUP_TITLES: Record<CommandGroup, string> = {
  history: 'History',
  edit: 'Edit',
  view: 'View',
  transform: 'Transform',
  project: 'Project',
  variant: 'Variant',
  scenario: 'Scenario',
  help: 'Help',
};

export function ShortcutSheet() {
  const close = () => useUiStore.getState().openDialog(null);
  const withKeys = getCommands().filter((c) => c.shortcut);
  const groups = (Object.keys(GROUP_TITLES) as CommandGroup[])
    .map((group) => ({ group, commands: withKeys.filter((c) => c.group === group) }))
    .filter((g) => g.commands.length > 0);
  return (
    <Modal title="Keyboard shortcuts" onClose={close} testId="shortcut-sheet">
      <div className="shortcut-groups">
        {groups.map(({ group, commands }) => (
          <section key={group} aria-label={GROUP_TITLES[group]}>
            <h3>{GROUP_TITLES[group]}</h3>
            <dl className="shortcut-list">
              {commands.map((c) => (
                <div key={c.name} className="shortcut-row">
                  <dt>{c.label}</dt>
                  <dd>
                    <kbd>{formatShortcut(c.shortcut!)}</kbd>
                  </dd>
                </div>
              ))}
            </dl>
          </section>
        ))}
      </div>
      <p className="shortcut-note">
        Shortcuts do not apply while you type in a field; Escape closes a dialog or a menu.
      </p>
    </Modal>
  );
}
