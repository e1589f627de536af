// Save and open project files: the File System Access API where present, download / file input otherwise.
import type { Project } from '../../models/types';
import { serializeProject } from '../../models/serialize';
import { downloadText } from '../export/download-text';

interface PickerWindow {
  showSaveFilePicker?: (options: unknown) => Promise<{
    createWritable: () => Promise<{
      write: (data: string) => Promise<void>;
      close: () => Promise<void>;
    }>;
  }>;
  showOpenFilePicker?: (options: unknown) => Promise<{ getFile: () => Promise<File> }[]>;
}

const TYPES = [{ description: 'Spillway project', accept: { 'application/json': ['.json'] } }];

export function fileNameFor(project: Project): string {
  const base =
    project.name
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '') || 'project';
  return `${base}.spillway.json`;
}

/** Returns false when the user cancelled the save dialog. */
export async function saveToFile(project: Project): Promise<boolean> {
  const text = serializeProject(project);
  const picker = (window as PickerWindow).showSaveFilePicker;
  if (picker) {
    try {
      const handle = await picker({ suggestedName: fileNameFor(project), types: TYPES });
      const writable = await handle.createWritable();
      await writable.write(text);
      await writable.close();
      return true;
    } catch (e) {
      if ((e as Error).name === 'AbortError') return false;
      // Not allowed here (e.g. a sandboxed frame): fall back to a download.
    }
  }
  downloadText(fileNameFor(project), text, 'application/json');
  return true;
}

/** Asks for a file; resolves with it (unread: its size is checked first), or null when cancelled. */
export async function pickFile(): Promise<File | null> {
  const picker = (window as PickerWindow).showOpenFilePicker;
  if (picker) {
    try {
      const [handle] = await picker({ types: TYPES, multiple: false });
      if (!handle) return null;
      return await handle.getFile();
    } catch (e) {
      if ((e as Error).name === 'AbortError') return null;
    }
  }
  return new Promise((resolve) => {
    const input = document.createElement('input');
    input.type = 'file';
    input.accept = '.json,application/json';
    input.setAttribute('data-testid', 'open-file-input');
    input.style.display = 'none';
    input.addEventListener('change', () => {
      const file = input.files?.[0];
      input.remove();
      resolve(file ?? null);
    });
    input.addEventListener('cancel', () => {
      input.remove();
      resolve(null);
    });
    document.body.append(input);
    input.click();
  });
}
