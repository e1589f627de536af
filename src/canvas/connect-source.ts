// The node "Connect to…" starts from: the one node selected in the editor, if exactly one is
// (selected edges do not matter). A node that may start no edge still opens the list, which
// then says so.
import type { ModelNode } from '../../models/types';
import { getActiveVariant } from '../store/active-variant';
import { useUiStore } from '../store/ui-store';

export function connectSource(): ModelNode | null {
  const { view, selection } = useUiStore.getState();
  if (view !== 'edit' || selection.nodes.length !== 1) return null;
  return getActiveVariant().nodes.find((n) => n.id === selection.nodes[0]) ?? null;
}
