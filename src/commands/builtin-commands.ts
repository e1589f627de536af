// The editor's own commands: history, clipboard, selection, layout and viewport.
import { autoLayout } from '../canvas/auto-layout';
import { connectSource } from '../canvas/connect-source';
import { canvasAspectRatio, fitView, getFlowInstance } from '../canvas/flow-api';
import { getActiveVariant } from '../store/active-variant';
import {
  copySelection,
  deleteSelection,
  duplicateSelection,
  hasClipboard,
  moveNodes,
  paste,
  selectAll,
} from '../store/edit-actions';
import { canRedo, canUndo, redo, undo } from '../store/project-store';
import { clipToText } from '../../models/clipboard/clip-text';
import { announceCopy } from './announce-copy';
import { showStatus, useUiStore } from '../store/ui-store';
import type { Command } from './registry';

const hasSelection = (): boolean => {
  const s = useUiStore.getState().selection;
  return s.nodes.length + s.edges.length > 0;
};
const hasNodeSelection = (): boolean => useUiStore.getState().selection.nodes.length > 0;
const inEditView = (): boolean => useUiStore.getState().view === 'edit';

export const BUILTIN_COMMANDS: Command[] = [
  {
    name: 'history.undo',
    label: 'Undo',
    group: 'history',
    edits: true,
    shortcut: 'Mod+Z',
    toolbar: true,
    contexts: ['pane'],
    enabled: canUndo,
    perform: undo,
  },
  {
    name: 'history.redo',
    label: 'Redo',
    group: 'history',
    edits: true,
    shortcut: 'Shift+Mod+Z',
    altShortcuts: ['Mod+Y'],
    toolbar: true,
    contexts: ['pane'],
    enabled: canRedo,
    perform: redo,
  },
  {
    name: 'edit.copy',
    label: 'Copy',
    group: 'edit',
    shortcut: 'Mod+C',
    clipboardEvent: 'copy',
    contexts: ['node'],
    enabled: () => inEditView() && hasNodeSelection(),
    perform: () => {
      const clip = copySelection();
      // From a menu there is no copy event to carry it: the async clipboard API, if allowed.
      navigator.clipboard?.writeText(clipToText(clip)).catch(() => undefined);
      announceCopy(clip);
    },
  },
  {
    name: 'edit.paste',
    label: 'Paste',
    group: 'edit',
    edits: true,
    shortcut: 'Mod+V',
    clipboardEvent: 'paste',
    contexts: ['pane'],
    enabled: () => inEditView() && hasClipboard(),
    perform: () => paste(),
  },
  {
    name: 'edit.duplicate',
    label: 'Duplicate',
    group: 'edit',
    edits: true,
    shortcut: 'Mod+D',
    toolbar: true,
    contexts: ['node'],
    enabled: () => inEditView() && hasNodeSelection(),
    perform: duplicateSelection,
  },
  {
    name: 'edit.delete',
    label: 'Delete',
    group: 'edit',
    edits: true,
    shortcut: 'Delete',
    altShortcuts: ['Backspace'],
    toolbar: true,
    contexts: ['node', 'edge'],
    enabled: () => inEditView() && hasSelection(),
    perform: deleteSelection,
  },
  {
    name: 'edit.connect',
    label: 'Connect to…',
    group: 'edit',
    edits: true,
    shortcut: 'Shift+C',
    contexts: ['node'],
    description: 'Draw an edge from the selected node to a node chosen from a list',
    enabled: () => connectSource() !== null,
    perform: () => useUiStore.getState().openDialog('connect-to'),
  },
  {
    name: 'edit.selectAll',
    label: 'Select all',
    group: 'edit',
    shortcut: 'Mod+A',
    contexts: ['pane'],
    enabled: inEditView,
    perform: selectAll,
  },
  {
    name: 'view.autoLayout',
    label: 'Auto-layout',
    group: 'view',
    edits: true,
    shortcut: 'Shift+L',
    toolbar: true,
    contexts: ['pane'],
    description: 'Arrange the nodes left to right, following the flow of requests',
    enabled: () => inEditView() && getActiveVariant().nodes.length > 0,
    perform: async () => {
      const variant = getActiveVariant();
      const flow = getFlowInstance();
      const sizes = new Map<string, { width: number; height: number }>();
      for (const n of flow?.getNodes() ?? [])
        if (n.measured?.width && n.measured.height)
          sizes.set(n.id, { width: n.measured.width, height: n.measured.height });
      const moves = await autoLayout(variant, sizes, canvasAspectRatio());
      moveNodes(moves);
      showStatus('Arranged left to right (undo puts the nodes back).');
      requestAnimationFrame(() => fitView());
    },
  },
  {
    name: 'view.fit',
    label: 'Zoom to fit',
    group: 'view',
    shortcut: 'Shift+1',
    toolbar: true,
    contexts: ['pane'],
    enabled: inEditView,
    perform: fitView,
  },
];
