// Copy and paste from the keyboard through the browser's clipboard events: the copied nodes go
// on the system clipboard as text, so another tab or project can paste them.
import { useEffect } from 'react';
import { clipToText } from '../../models/clipboard/clip-text';
import { readPasted } from '../../models/clipboard/read-pasted';
import { adoptProject, reportRefused } from '../project/open-project';
import { copySelection, hasClipboard, paste } from '../store/edit-actions';
import { showStatus, useUiStore } from '../store/ui-store';
import { announceCopy } from './announce-copy';
import { isTyping } from './is-typing';
import { getCommand } from './registry';

export function useClipboardEvents(): void {
  useEffect(() => {
    const onCopy = (e: ClipboardEvent): void => {
      if (isTyping(e.target) || !e.clipboardData || !getCommand('edit.copy')?.enabled()) return;
      const clip = copySelection();
      e.clipboardData.setData('text/plain', clipToText(clip));
      e.preventDefault();
      announceCopy(clip);
    };
    const onPaste = (e: ClipboardEvent): void => {
      if (isTyping(e.target) || !e.clipboardData || useUiStore.getState().view !== 'edit') return;
      e.preventDefault();
      pasteText(e.clipboardData.getData('text/plain'));
    };
    document.addEventListener('copy', onCopy);
    document.addEventListener('paste', onPaste);
    return () => {
      document.removeEventListener('copy', onCopy);
      document.removeEventListener('paste', onPaste);
    };
  }, []);
}

/**
 * Spillway nodes on the system clipboard win; a whole project's JSON opens as an undoable step;
 * Spillway text that cannot be used says why; any other text pastes the last nodes copied here.
 */
function pasteText(text: string): void {
  const pasted = readPasted(text);
  switch (pasted.kind) {
    case 'clip':
      return paste(pasted.clip);
    case 'project':
      if (pasted.result.ok)
        return adoptProject(
          pasted.result.project,
          'Opened the pasted project (undo brings your project back).',
        );
      return reportRefused(
        'Could not paste',
        'The pasted project was not opened',
        pasted.result.errors,
      );
    case 'refused':
      return reportRefused('Could not paste', 'Nothing was pasted', pasted.problems);
    case 'other':
      if (hasClipboard()) return paste();
      showStatus('Nothing to paste: copy nodes first (the clipboard holds no Spillway nodes).');
  }
}
