// "Connect to…": the nodes the selected node may connect to, each with the edge it would make
// (the canvas's own rule, models/elements/connect-targets.ts). Typing narrows the list by name,
// arrows move the choice, Enter draws the edge (one undoable step), Escape closes.
import { useId, useMemo, useState, type CSSProperties, type KeyboardEvent } from 'react';
import { connectTargets, type ConnectTarget } from '../../models/elements/connect-targets';
import { kindVar } from '../../models/kinds/kind-colours';
import { kindLabel } from '../../models/kinds/node-kinds';
import type { ModelNode } from '../../models/types';
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

function ConnectToList({ source, close }: { source: ModelNode; close: () => void }) {
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const listId = useId();
  const all = useMemo(() => connectTargets(getActiveVariant(), source.id), [source.id]);
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  const found = all.filter((t) => words.every((w) => t.node.name.toLowerCase().includes(w)));
  const current = Math.min(active, found.length - 1);
  const choose = (target: ConnectTarget | undefined): void => {
    if (!target) return;
    close();
    connect(source.id, target.node.id);
  };
  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>): void => {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      if (found.length === 0) return;
      const step = e.key === 'ArrowDown' ? 1 : found.length - 1;
      setActive((Math.max(current, 0) + step) % found.length);
    } else if (e.key === 'Enter') {
      e.preventDefault();
      choose(found[current]);
    }
  };
  const optionId = (i: number): string => `${listId}-${i}`;
  return (
    <Modal title={`Connect ${source.name} to…`} onClose={close} testId="connect-to">
      <input
        className="connect-input"
        type="text"
        role="combobox"
        aria-label="Search nodes"
        aria-expanded="true"
        aria-controls={listId}
        aria-activedescendant={current >= 0 ? optionId(current) : undefined}
        placeholder="Type a node's name"
        value={query}
        onChange={(e) => {
          setQuery(e.target.value);
          setActive(0);
        }}
        onKeyDown={onKeyDown}
        data-autofocus
        autoComplete="off"
      />
      <ul className="connect-list" role="listbox" id={listId} aria-label="Nodes to connect to">
        {found.map((t, i) => (
          <li
            key={t.node.id}
            id={optionId(i)}
            role="option"
            aria-selected={i === current}
            className="connect-option"
            style={{ '--kind': `var(${kindVar(t.node.kind)})` } as CSSProperties}
            data-testid={`connect-to-${t.node.id}`}
            onPointerMove={() => setActive(i)}
            onClick={() => choose(t)}
          >
            <span className="connect-dot" aria-hidden="true" />
            <span className="connect-label">{targetLabel(t)}</span>
            <span className="connect-kind">{kindLabel(t.node.kind)}</span>
          </li>
        ))}
      </ul>
      {found.length === 0 && (
        <p className="connect-empty" role="status">
          {all.length === 0
            ? `${source.name} cannot connect to any node of this variant.`
            : `No node matches “${query}”.`}
        </p>
      )}
    </Modal>
  );
}
