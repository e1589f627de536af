// What each of the two designs costs per month, node by node, with the difference: the same
// rows `spillway compare` prints (models/cost/cost-breakdown.ts). The totals are the "Cost per
// month" figure of the table above.
import { costComparison, usdDifference } from '../../models/cost/cost-breakdown';
import { formatUsd } from '../../models/figures/format-value';
import type { SimulationResult } from '../../simulator/result';

interface CompareCostProps {
  a: { label: string; result: SimulationResult };
  b: { label: string; result: SimulationResult };
  nodeName: (id: string) => string;
}

export function CompareCost({ a, b, nodeName }: CompareCostProps) {
  const ca = a.result.cost;
  const cb = b.result.cost;
  if (!ca || !cb) return <p className="results-meta">These runs carry no cost: run them again.</p>;
  const rows = costComparison(ca, cb);
  return (
    <table
      className="cost-table"
      aria-label={`Cost per month by node, ${a.label} and ${b.label}`}
      data-testid="compare-cost"
    >
      <thead>
        <tr>
          <th scope="col">Node</th>
          <th scope="col">{a.label}</th>
          <th scope="col">{b.label}</th>
          <th scope="col">Difference</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.node} data-node={r.node} data-a={String(r.a)} data-b={String(r.b)}>
            <th scope="row">{nodeName(r.node)}</th>
            <td>{r.aText}</td>
            <td>{r.bText}</td>
            <td>{r.differenceText}</td>
          </tr>
        ))}
      </tbody>
      <tfoot>
        <tr data-testid="compare-cost-total">
          <th scope="row">Per month (730 h at this scenario’s average load)</th>
          <td>{formatUsd(ca.monthly)}</td>
          <td>{formatUsd(cb.monthly)}</td>
          <td>{usdDifference(cb.monthly - ca.monthly)}</td>
        </tr>
      </tfoot>
    </table>
  );
}
