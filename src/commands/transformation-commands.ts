// The migration transformations as commands on the selected edge or node. Each is one undoable, recorded step.
import { TRANSFORMATIONS, type TransformationSpec } from '../../models/transformations/catalogue';
import type { TransformationResult } from '../../models/transformations/transformation';
import { allNodeIds } from '../../models/elements/all-node-ids';
import { getActiveVariant } from '../store/active-variant';
import { keepInView } from '../canvas/flow-api';
import { transform } from '../store/edit-actions';
import { getProject } from '../store/project-store';
import { showStatus, useUiStore } from '../store/ui-store';
import type { Command, CommandContext } from './registry';

type Build = TransformationSpec['build'];

/** The single selected item of a kind, if the selection is exactly that. */
function selectedOne(on: 'node' | 'edge'): string | null {
  const { nodes, edges } = useUiStore.getState().selection;
  if (on === 'node') return nodes.length === 1 && edges.length === 0 ? nodes[0]! : null;
  return edges.length === 1 && nodes.length === 0 ? edges[0]! : null;
}

function attempt(on: 'node' | 'edge', build: Build): TransformationResult | Error | null {
  const id = selectedOne(on);
  if (!id) return null;
  try {
    return build(getActiveVariant(), id, allNodeIds(getProject()));
  } catch (e) {
    return e as Error;
  }
}

function transformation(
  name: string,
  label: string,
  on: 'node' | 'edge',
  description: string,
  build: Build,
): Command {
  const contexts: readonly CommandContext[] = [on];
  return {
    name: `transform.${name}`,
    label,
    group: 'transform',
    edits: true,
    contexts,
    description,
    enabled: () => {
      if (useUiStore.getState().view !== 'edit') return false;
      const r = attempt(on, build);
      return r !== null && !(r instanceof Error);
    },
    perform: () => {
      const r = attempt(on, build);
      if (r === null) return showStatus(`Select one ${on} first.`, 'error');
      if (r instanceof Error) return showStatus(r.message, 'error');
      transform(r);
      const added = r.changes.flatMap((c) => (c.op === 'addNode' ? [String(c.node.id)] : []));
      if (added.length > 0) useUiStore.getState().select({ nodes: [added[0]!], edges: [] });
      // The new broker on screen with the nodes it joins.
      const joined = r.changes.flatMap((c) =>
        c.op === 'addEdge' && (added.includes(c.edge.from) || added.includes(c.edge.to))
          ? [c.edge.from, c.edge.to]
          : [],
      );
      keepInView([...new Set([...added, ...joined])]);
    },
  };
}

export const TRANSFORMATION_COMMANDS: Command[] = TRANSFORMATIONS.map((t) =>
  transformation(t.name, t.label, t.on, t.description, t.build),
);
