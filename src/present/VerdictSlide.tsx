// The verdict slide: each objective held or missed by today's design and the target, and what
// each costs per month, in type large enough to read from the back of the room. The words are
// Compare's (verdictWord) and the cost is the KPI tables' (kpiText of the monthly cost).
import { evaluateSlo, verdictWord } from '../../models/slo/evaluate-slo';
import { KPI_COLUMNS, kpiText } from '../../models/roadmap/format-kpi';
import { kpisOf } from '../../models/roadmap/step-kpis';
import type { Slo } from '../../models/types';
import type { SimulationResult } from '../../simulator/result';

interface VerdictSlideProps {
  slo: Slo;
  designs: readonly { name: string; result: SimulationResult }[];
}

const COST = KPI_COLUMNS.find((c) => c.key === 'monthlyCost')!;

export function VerdictSlide({ slo, designs }: VerdictSlideProps) {
  const verdicts = designs.map((d) => evaluateSlo(slo, d.result));
  return (
    <table className="slide-verdicts" data-testid="slide-verdicts">
      <thead>
        <tr>
          <th />
          {designs.map((d) => (
            <th key={d.name} scope="col">
              {d.name}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {verdicts[0]!.map((v, i) => (
          <tr key={v.id} data-objective={v.id}>
            <th scope="row">{v.objective}</th>
            {verdicts.map((list, j) => {
              const own = list[i]!;
              return (
                <td
                  key={designs[j]!.name}
                  className={own.met === true ? 'good' : own.met === false ? 'bad' : ''}
                >
                  <span className="slide-verdict-word" data-testid="slide-verdict-word">
                    {verdictWord(own)}
                  </span>
                  <span className="slide-verdict-measured">{own.measured}</span>
                </td>
              );
            })}
          </tr>
        ))}
        <tr data-kpi="monthlyCost">
          <th scope="row">{COST.label}</th>
          {designs.map((d) => (
            <td key={d.name} className="slide-verdict-cost" data-testid="slide-verdict-cost">
              {kpiText(kpisOf(d.result, slo), COST)}
            </td>
          ))}
        </tr>
      </tbody>
    </table>
  );
}
