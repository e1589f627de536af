// Header: the product, the editable project name, the view switcher and the project menu.
import { useState } from 'react';
import { commandsIn } from '../commands/registry';
import { useProjectStore } from '../store/project-store';
import { useUiStore } from '../store/ui-store';
import { VIEWS } from '../views/registry';
import { AutosaveState } from './AutosaveStatus';
import { MenuButton } from './MenuButton';
import { ThemeSelect } from './ThemeSelect';
import { useCommandState } from './use-command-state';
import './shell.css';

function ProjectName() {
  const name = useProjectStore((s) => s.project.name);
  const [draft, setDraft] = useState(name);
  const [last, setLast] = useState(name);
  if (last !== name) {
    setLast(name);
    setDraft(name);
  }
  const commit = () => {
    const next = draft.trim();
    if (!next) return setDraft(name);
    if (next !== name) useProjectStore.getState().updateProject((p) => ({ ...p, name: next }));
  };
  return (
    <input
      className="project-name"
      aria-label="Project name"
      value={draft}
      size={Math.max(8, draft.length)}
      onChange={(e) => setDraft(e.target.value)}
      onBlur={commit}
      onKeyDown={(e) => {
        e.stopPropagation();
        if (e.key === 'Enter') e.currentTarget.blur();
        if (e.key === 'Escape') setDraft(name);
      }}
    />
  );
}

export function Header() {
  useCommandState();
  const view = useUiStore((s) => s.view);
  const setView = useUiStore((s) => s.setView);
  return (
    <header className="app-header">
      <div className="brand">
        <svg
          width="22"
          height="22"
          viewBox="0 0 24 24"
          aria-hidden="true"
          fill="none"
          stroke="currentColor"
          strokeWidth="2"
          strokeLinecap="round"
        >
          <path d="M3 7c3 0 3 3 6 3s3-3 6-3 3 3 6 3M3 14c3 0 3 3 6 3s3-3 6-3 3 3 6 3" />
        </svg>
        <h1>Spillway</h1>
      </div>
      <span className="header-sep" aria-hidden="true">
        /
      </span>
      <ProjectName />
      <nav className="view-switcher" aria-label="Views">
        {VIEWS.map((v) => (
          <button
            key={v.id}
            type="button"
            className="view-button"
            aria-pressed={v.id === view}
            onClick={() => setView(v.id)}
            data-testid={`view-${v.id}`}
          >
            {v.label}
          </button>
        ))}
      </nav>
      <div className="header-actions">
        <AutosaveState />
        <ThemeSelect />
        <MenuButton label="Help" commands={commandsIn('help')} testId="help-menu" />
        <MenuButton label="Project" commands={commandsIn('project')} testId="project-menu" />
      </div>
    </header>
  );
}
