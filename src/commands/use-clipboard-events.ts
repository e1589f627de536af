// Copy and paste from the keyboard through the browser's clipboard events: the copied nodes go
// on the system clipboard as text, so another tab or project can paste them.
import { useEffect } from 'react';
import { clipFromText, clipToText } from '../../models/clipboard/clip-text';
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
      const clip = clipFromText(e.clipboardData.getData('text/plain'));
      // Spillway nodes on the system clipboard win; else the last nodes copied in this tab.
      if (clip) paste(clip);
      else if (hasClipboard()) paste();
      else
        showStatus('Nothing to paste: copy nodes first (the clipboard holds no Spillway nodes).');
    };
    document.addEventListener('copy', onCopy);
    document.addEventListener('paste', onPaste);
    return () => {
      document.removeEventListener('copy', onCopy);
      document.removeEventListener('paste', onPaste);
    };
  }, []);
}
