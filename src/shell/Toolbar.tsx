// The toolbar: the registry's toolbar commands and the migration transformations.
import { commandsIn, getCommands } from '../commands/registry';
import { commandTitle, isAvailable } from '../commands/command-availability';
import { formatShortcut } from '../commands/shortcut';
import { MenuButton } from './MenuButton';
import { ToolbarIcon } from './ToolbarIcons';
import { useCommandState } from './use-command-state';

export function Toolbar() {
  useCommandState();
  const shown = getCommands().filter((c) => c.toolbar);
  return (
    <div className="toolbar" role="toolbar" aria-label="Editing tools">
      {shown.map((c, i) => {
        const sep = i > 0 && shown[i - 1]!.group !== c.group;
        const hint = c.shortcut ? `${c.label} (${formatShortcut(c.shortcut)})` : c.label;
        return (
          <span key={c.name} className="toolbar-item">
            {sep && <span className="toolbar-sep" aria-hidden="true" />}
            <button
              type="button"
              className="tool-button"
              aria-label={c.label}
              title={commandTitle(c, c.description ? `${hint} — ${c.description}` : hint)}
              disabled={!isAvailable(c)}
              onClick={() => void c.perform()}
              data-testid={`command-${c.name}`}
            >
              <ToolbarIcon name={c.name} />
              <span className="tool-label">{c.label}</span>
            </button>
          </span>
        );
      })}
      <span className="toolbar-sep" aria-hidden="true" />
      <MenuButton
        label="Transform"
        commands={commandsIn('transform')}
        testId="transform-menu"
        disabledHint="Select a call, a publish or consume edge, a service, or a queue to see the migration steps that apply"
      />
    </div>
  );
}
