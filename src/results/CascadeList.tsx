// The failure cascade in the order it spread: who saturated first, when, and who followed.
import type { CascadeEntry } from '../../simulator/result';
import { formatClock } from './format';

interface CascadeListProps {
  cascade: readonly CascadeEntry[];
  nodeName: (id: string) => string;
  /** Highlights the steps that have happened by this time (the replay's cursor). */
  atS?: number | null;
}

function firstTrouble(c: CascadeEntry): number {
  return Math.min(c.saturatedAtS ?? Infinity, c.failingAtS ?? Infinity);
}

export function CascadeList({ cascade, nodeName, atS = null }: CascadeListProps) {
  if (cascade.length === 0) {
    return (
      <p className="cascade-empty" data-testid="cascade">
        No node saturated or failed: the system absorbed the load.
      </p>
    );
  }
  return (
    <ol
      className="cascade"
      data-testid="cascade"
      aria-label="Failure cascade, in the order it spread"
    >
      {cascade.map((c, i) => {
        const happened = atS !== null && firstTrouble(c) <= atS;
        const parts: string[] = [];
        if (c.saturatedAtS !== null) parts.push(`saturated at ${formatClock(c.saturatedAtS)}`);
        if (c.failingAtS !== null) parts.push(`failing at ${formatClock(c.failingAtS)}`);
        return (
          <li key={c.node} data-node={c.node} className={happened ? 'cascade-happened' : undefined}>
            <strong>{nodeName(c.node)}</strong> {parts.join(', ')}
            {i === 0 && <span className="cascade-first"> — first to give way</span>}
          </li>
        );
      })}
    </ol>
  );
}
