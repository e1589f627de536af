// A group's commands of the registry as a row of small buttons (the scenario actions, the variant
// bar): each runs its command, is disabled while the command is, and says what it does in its
// title. It re-renders whenever a command's `enabled` may have changed.
import { commandTitle, isAvailable } from '../commands/command-availability';
import { commandsIn, type CommandGroup } from '../commands/registry';
import { useCommandState } from './use-command-state';

export function CommandButtons({ group }: { group: CommandGroup }) {
  useCommandState();
  return (
    <>
      {commandsIn(group).map((c) => (
        <button
          key={c.name}
          type="button"
          className="button small"
          onClick={() => void c.perform()}
          disabled={!isAvailable(c)}
          title={commandTitle(c, c.description)}
          data-testid={`command-${c.name}`}
        >
          {c.label}
        </button>
      ))}
    </>
  );
}
