// The project's objectives judged on one or more runs: what each objective asks, what the run
// measured, held or missed (a word and a mark, not colour alone), and the error budget burnt.
import {
  budgetText,
  evaluateSlo,
  verdictWord,
  type ObjectiveVerdict,
} from '../../models/slo/evaluate-slo';
import type { Slo } from '../../models/types';
import type { SimulationResult } from '../../simulator/result';

interface SloVerdictsProps {
  slo: Slo;
  runs: readonly { name: string; result: SimulationResult }[];
}

function Verdict({ v }: { v: ObjectiveVerdict }) {
  const word = verdictWord(v);
  const cls = v.met === true ? 'slo-met' : v.met === false ? 'slo-missed' : 'slo-unjudged';
  return (
    <td className={cls} data-met={String(v.met)}>
      <span className="slo-verdict">{word}</span>
      <span className="slo-measured">{v.measured}</span>
      {v.budget && <span className="slo-budget">error budget: {budgetText(v.budget)}</span>}
    </td>
  );
}

export function SloVerdicts({ slo, runs }: SloVerdictsProps) {
  const verdicts = runs.map((r) => evaluateSlo(slo, r.result));
  return (
    <table className="slo-table" aria-label="Service-level objectives" data-testid="slo-table">
      <thead>
        <tr>
          <th scope="col">Objective</th>
          {runs.map((r) => (
            <th key={r.name} scope="col">
              {r.name}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {verdicts[0]!.map((v, i) => (
          <tr key={v.id} data-objective={v.id}>
            <th scope="row">{v.objective}</th>
            {verdicts.map((list, j) => (
              <Verdict key={runs[j]!.name} v={list[i]!} />
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
