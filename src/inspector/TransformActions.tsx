// The migration steps that apply to the selection, offered where the architect is looking.
import { useSyncExternalStore } from 'react';
import { isAvailable } from '../commands/command-availability';
import { commandsIn, subscribeCommands, getCommands } from '../commands/registry';
import { useProjectStore } from '../store/project-store';
import { useUiStore } from '../store/ui-store';

export function TransformActions() {
  useSyncExternalStore(subscribeCommands, getCommands);
  // Re-evaluate `enabled` whenever the model or the selection changes.
  useProjectStore((s) => s.project);
  useUiStore((s) => s.selection);
  const available = commandsIn('transform').filter(isAvailable);
  if (available.length === 0) return null;
  return (
    <section className="inspector-section transform-actions" aria-label="Migration steps">
      <h3 className="section-title">Migration steps</h3>
      <div className="action-list">
        {available.map((c) => (
          <button
            key={c.name}
            type="button"
            className="button small"
            title={c.description}
            onClick={() => void c.perform()}
            data-testid={`action-${c.name}`}
          >
            {c.label}
          </button>
        ))}
      </div>
    </section>
  );
}
