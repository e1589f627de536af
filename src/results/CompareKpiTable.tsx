// Two runs' headline figures side by side with the difference and the change, each figure
// computed, written and judged by its one definition in models/figures. Exact values sit in
// data attributes for tests; the verdict colour is doubled by an arrow and a word so that it does
// not rest on colour alone, and a trade-off says what it buys.
import { figureChange, verdictText } from '../../models/figures/figure-change';
import { figureText } from '../../models/figures/figure-text';
import { FIGURES } from '../../models/figures/run-figures';
import type { SimulationResult } from '../../simulator/result';

interface CompareKpiTableProps {
  a: { label: string; result: SimulationResult };
  b: { label: string; result: SimulationResult };
}

export function CompareKpiTable({ a, b }: CompareKpiTableProps) {
  return (
    <table className="compare-table" aria-label={`${a.label} compared with ${b.label}`}>
      <thead>
        <tr>
          <th scope="col">Figure</th>
          <th scope="col">{a.label}</th>
          <th scope="col">{b.label}</th>
          <th scope="col">Difference</th>
          <th scope="col">Change</th>
        </tr>
      </thead>
      <tbody>
        {FIGURES.map((def) => {
          const change = figureChange(def, a.result, b.result);
          const judged = change.verdict === 'better' || change.verdict === 'worse';
          return (
            <tr
              key={def.id}
              data-kpi={def.id}
              data-a={String(def.read(a.result))}
              data-b={String(def.read(b.result))}
              className={
                judged
                  ? `verdict-${change.verdict}`
                  : change.verdict === 'tradeoff'
                    ? 'verdict-tradeoff'
                    : undefined
              }
            >
              <th scope="row">
                {def.label}
                <span className="compare-help">{def.help}</span>
              </th>
              <td data-testid="compare-a">{figureText(def, a.result)}</td>
              <td data-testid="compare-b">{figureText(def, b.result)}</td>
              <td>{change.differenceText}</td>
              <td>
                {change.changeText === 'same' ? '' : `${change.changeText} `}
                <span className="verdict">{verdictText(change)}</span>
                {change.note && <span className="compare-note">{change.note}</span>}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
