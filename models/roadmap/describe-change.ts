import type { Change, ModelEdge, ModelNode, Variant } from '../types';
import { deepEqual } from './deep-equal';

const edgeText = (e: ModelEdge, v: Variant, w: Variant): string => {
  const name = (id: string): string =>
    (v.nodes.find((n) => n.id === id) ?? w.nodes.find((n) => n.id === id))?.name ?? id;
  const message = e.kind === 'publish' && e.message ? ` (message ${e.message})` : '';
  return `${e.kind} ${name(e.from)} → ${name(e.to)}${message}`;
};

const fields = (before: object | undefined, after: object): string => {
  if (!before) return '';
  const b = before as Record<string, unknown>;
  const a = after as Record<string, unknown>;
  const keys = [...new Set([...Object.keys(b), ...Object.keys(a)])].filter(
    (k) => !deepEqual(b[k], a[k]),
  );
  return keys.length > 0 ? `: ${keys.join(', ')}` : '';
};

/** One change in words (plain text; the exports escape it), given the variant before and after it. */
export function describeChange(change: Change, before: Variant, after: Variant): string {
  switch (change.op) {
    case 'addNode': {
      const n = change.node as unknown as ModelNode;
      return `Add ${n.kind} “${n.name}”`;
    }
    case 'removeNode': {
      const n = before.nodes.find((x) => x.id === change.id);
      return n ? `Remove ${n.kind} “${n.name}”` : `Remove node ${change.id}`;
    }
    case 'updateNode': {
      const n = change.node as unknown as ModelNode;
      return `Change ${n.kind} “${n.name}”${fields(
        before.nodes.find((x) => x.id === n.id),
        n,
      )}`;
    }
    case 'addEdge':
      return `Add ${edgeText(change.edge as unknown as ModelEdge, after, before)}`;
    case 'removeEdge': {
      const e = before.edges.find((x) => x.id === change.id);
      return e ? `Remove ${edgeText(e, before, after)}` : `Remove edge ${change.id}`;
    }
    case 'updateEdge': {
      const e = change.edge as unknown as ModelEdge;
      return `Change ${edgeText(e, after, before)}${fields(
        before.edges.find((x) => x.id === e.id),
        e,
      )}`;
    }
  }
}
