// "Connect to…": the nodes the selected node may connect to, each with the edge it would make
// (the canvas's own rule, models/elements/connect-targets.ts). Typing narrows the list by name,
// arrows move the choice, Enter draws the edge (one undoable step), Escape closes.
import { useCallback, useMemo, useState, type CSSProperties } from 'react';
import { connectTargets, type ConnectTarget } from '../../models/elements/connect-targets';
import { kindVar } from '../../models/kinds/kind-colours';
import { kindLabel } from '../../models/kinds/node-kinds';
import type { ModelNode } from '../../models/types';
import { SearchableList } from '../controls/SearchableList';
import { Modal } from '../shell/Modal';
import { getActiveVariant } from '../store/active-variant';
import { connect } from '../store/edit-actions';
import { useUiStore } from '../store/ui-store';
import { connectSource } from './connect-source';
import './canvas.css';

const EDGE_WORDS = { call: 'call', publish: 'publish to', consume: 'consumed by' } as const;

/** How an option reads: "call Accounts database", "publish to Statement ready", "consumed by E-mail notifications". */
export function targetLabel(target: ConnectTarget): string {
  return `${EDGE_WORDS[target.kind]} ${target.node.name}`;
}

export function ConnectToDialog() {
  const [source] = useState<ModelNode | null>(connectSource);
  const close = (): void => useUiStore.getState().openDialog(null);
  if (!source) return null;
  return <ConnectToList source={source} close={close} />;
}

/** The targets whose node's name holds every word typed, in any order and case. */
function targetsMatching(targets: readonly ConnectTarget[], query: string): ConnectTarget[] {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  return targets.filter((t) => words.every((w) => t.node.name.toLowerCase().includes(w)));
}

function ConnectToList({ source, close }: { source: ModelNode; close: () => void }) {
  const all = useMemo(() => connectTargets(getActiveVariant(), source.id), [source.id]);
  const search = useCallback((query: string) => targetsMatching(all, query), [all]);
  const choose = (target: ConnectTarget): void => {
    close();
    connect(source.id, target.node.id);
  };
  return (
    <Modal title={`Connect ${source.name} to…`} onClose={close} testId="connect-to">
      <SearchableList
        search={search}
        onChoose={choose}
        itemKey={(t) => t.node.id}
        renderItem={(t) => (
          <>
            <span className="connect-dot" aria-hidden="true" />
            <span className="connect-label">{targetLabel(t)}</span>
            <span className="connect-kind">{kindLabel(t.node.kind)}</span>
          </>
        )}
        inputLabel="Search nodes"
        listLabel="Nodes to connect to"
        placeholder="Type a node's name"
        emptyText={(query) =>
          all.length === 0
            ? `${source.name} cannot connect to any node of this variant.`
            : `No node matches “${query}”.`
        }
        classPrefix="connect"
        optionTestId={(t) => `connect-to-${t.node.id}`}
        optionStyle={(t) => ({ '--kind': `var(${kindVar(t.node.kind)})` }) as CSSProperties}
      />
    </Modal>
  );
}
