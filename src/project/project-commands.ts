// Project menu commands: new, examples, open, save, share.
import type { Command } from '../commands/registry';
import { getProject } from '../store/project-store';
import { showStatus, useUiStore } from '../store/ui-store';
import { useAutosaveStatus } from './autosave-status';
import { hasProjectBeforeLink, projectBeforeLink } from './before-link';
import { blankProject } from './blank-project';
import { pickFile, saveToFile } from './file-io';
import { adoptProject, openParsed } from './open-project';
import { readProjectFile } from './read-project-file';

export async function openFromPicker(): Promise<void> {
  const file = await pickFile();
  if (file) openParsed(await readProjectFile(file), file.name);
}

export const PROJECT_COMMANDS: Command[] = [
  {
    name: 'project.new',
    label: 'New blank project',
    group: 'project',
    enabled: () => true,
    perform: () =>
      adoptProject(blankProject(), 'Started a blank project (undo brings the previous one back).'),
  },
  {
    name: 'project.examples',
    label: 'Examples…',
    group: 'project',
    enabled: () => true,
    perform: () => useUiStore.getState().openDialog('examples'),
  },
  {
    name: 'project.open',
    label: 'Open file…',
    group: 'project',
    shortcut: 'Mod+O',
    enabled: () => true,
    perform: openFromPicker,
  },
  {
    name: 'project.save',
    label: 'Save to file…',
    group: 'project',
    shortcut: 'Mod+S',
    enabled: () => true,
    perform: async () => {
      if (await saveToFile(getProject())) showStatus('Saved the project file.', 'success');
    },
  },
  {
    name: 'project.beforeLink',
    label: 'Reopen my project from before the link',
    group: 'project',
    description: 'The project a shared link replaced, kept when the link was opened.',
    enabled: hasProjectBeforeLink,
    perform: () => {
      const kept = projectBeforeLink();
      if (kept)
        adoptProject(kept, `Reopened "${kept.name}" (undo brings the shared project back).`);
    },
  },
  {
    name: 'project.restoreVersion',
    label: 'Restore the previous version…',
    group: 'project',
    description:
      'Earlier versions kept by the autosave: at the start of a session, every minute of editing, and before the project was replaced.',
    enabled: () => useAutosaveStatus.getState().versions.length > 0,
    perform: () => useUiStore.getState().openDialog('versions'),
  },
  {
    name: 'project.share',
    label: 'Share link…',
    group: 'project',
    enabled: () => true,
    perform: () => useUiStore.getState().openDialog('share'),
  },
];
