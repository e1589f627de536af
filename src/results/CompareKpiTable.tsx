// Two runs' headline figures side by side with the difference and percentage change. Exact
// values sit in data attributes for tests; the verdict colour is doubled by an arrow and a word
// so that it does not rest on colour alone.
import type { SimulationResult } from '../../simulator/result';
import { formatValue } from './format';
import { formatChange, kpiDelta, type Verdict } from './kpi-delta';
import { hasQueues, KPIS } from './kpis';

interface CompareKpiTableProps {
  a: { label: string; result: SimulationResult };
  b: { label: string; result: SimulationResult };
}

const VERDICT_TEXT: Record<Verdict, string> = {
  better: '▼ better',
  worse: '▲ worse',
  same: 'same',
  unknown: '',
};

function signedValue(v: number, unit: Parameters<typeof formatValue>[1]): string {
  if (!Number.isFinite(v)) return '—';
  if (v === 0) return '0';
  // A difference of two percentages is in percentage points, not a percentage.
  const text =
    unit === 'percent'
      ? `${formatValue(Math.abs(v), unit).replace(' %', '')} points`
      : formatValue(Math.abs(v), unit);
  return `${v > 0 ? '+' : '\u2212'}${text}`;
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
        {KPIS.map((kpi) => {
          const va = kpi.read(a.result);
          const vb = kpi.read(b.result);
          const d = kpiDelta(va, vb, kpi.better);
          const verdict = d.verdict === 'better' || d.verdict === 'worse' ? d.verdict : '';
          const arrow =
            d.verdict === 'better' || d.verdict === 'worse'
              ? `${d.difference < 0 ? '▼' : '▲'} ${d.verdict}`
              : VERDICT_TEXT[d.verdict];
          return (
            <tr
              key={kpi.id}
              data-kpi={kpi.id}
              data-a={String(va)}
              data-b={String(vb)}
              className={verdict && `verdict-${verdict}`}
            >
              <th scope="row">
                {kpi.label}
                <span className="compare-help">{kpi.help}</span>
              </th>
              <td>
                {kpi.needsQueues && !hasQueues(a.result) ? 'no queues' : formatValue(va, kpi.unit)}
              </td>
              <td>
                {kpi.needsQueues && !hasQueues(b.result) ? 'no queues' : formatValue(vb, kpi.unit)}
              </td>
              <td>{signedValue(d.difference, kpi.unit)}</td>
              <td>
                {formatChange(d.change)} <span className="verdict">{arrow}</span>
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
