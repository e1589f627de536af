// The node kinds to add: drag one onto the canvas, or click (or Enter) to add it at the centre.
import type { DragEvent } from 'react';
import { NODE_KINDS } from '../../models/schema/node';
import type { NodeKind } from '../../models/types';
import { kindSpec } from '../../models/kinds/node-kinds';
import { KindIcon } from '../canvas/kind-icons';
import { viewportCentre } from '../canvas/flow-api';
import { addNode } from '../store/edit-actions';
import { showStatus } from '../store/ui-store';
import { getActiveVariant } from '../store/active-variant';

import { PALETTE_MIME } from './palette-mime';
import './palette.css';

export function Palette() {
  const onDragStart = (e: DragEvent, kind: NodeKind) => {
    e.dataTransfer.setData(PALETTE_MIME, kind);
    e.dataTransfer.effectAllowed = 'copy';
  };
  return (
    <aside className="palette" aria-label="Palette">
      <h2 className="panel-title">Add</h2>
      <ul>
        {NODE_KINDS.map((kind) => (
          <li key={kind}>
            <button
              type="button"
              className={`palette-item kind-${kind}`}
              draggable
              onDragStart={(e) => onDragStart(e, kind)}
              onClick={() => {
                const node = addNode(kind, freeSpot(viewportCentre()));
                showStatus(`Added ${node.name}.`, 'success');
              }}
              aria-label={`Add ${kindSpec(kind).label.toLowerCase()}`}
              title={`${kindSpec(kind).hint} — drag onto the canvas or click to add`}
              data-testid={`palette-${kind}`}
            >
              <span className="palette-icon">
                <KindIcon kind={kind} />
              </span>
              <span className="palette-text">
                <span className="palette-label">{kindSpec(kind).label}</span>
                <span className="palette-hint">{kindSpec(kind).hint}</span>
              </span>
            </button>
          </li>
        ))}
      </ul>
    </aside>
  );
}

/** The point, moved down until no node sits on it, so repeated clicks do not stack nodes. */
function freeSpot(p: { x: number; y: number }): { x: number; y: number } {
  const nodes = getActiveVariant().nodes;
  let y = p.y;
  while (nodes.some((n) => Math.abs(n.position.x - p.x) < 120 && Math.abs(n.position.y - y) < 60))
    y += 90;
  return { x: p.x, y };
}
