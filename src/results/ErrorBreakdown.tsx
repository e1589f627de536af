// Why user requests failed, by kind, as labelled bars (counts after the warm-up).
import type { EntryStats } from '../../simulator/result';
import { ERROR_KINDS as KINDS } from './error-kinds';
import { formatCount, formatPercent } from './format';

export function ErrorBreakdown({ entry }: { entry: EntryStats }) {
  const total = KINDS.reduce((s, k) => s + entry.errors[k.id], 0);
  if (total === 0) return <p className="cascade-empty">No request failed.</p>;
  return (
    <ul className="error-breakdown" aria-label="Failed requests by kind">
      {KINDS.filter((k) => entry.errors[k.id] > 0).map((k) => {
        const n = entry.errors[k.id];
        return (
          <li key={k.id} data-kind={k.id} data-value={n} title={k.help}>
            <span className="error-label">
              {k.label}: <strong>{formatCount(n)}</strong> ({formatPercent(n / entry.requests)} of
              requests)
            </span>
            <span className="error-bar" style={{ width: `${(100 * n) / total}%` }} />
            <span className="error-help">{k.help}</span>
          </li>
        );
      })}
    </ul>
  );
}
