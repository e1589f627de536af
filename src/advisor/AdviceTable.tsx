// The advisor's ranking: the design as it is, then each change alone, best first, with the same
// columns and words as `spillway advise` (simulator/advisor/advice-words.ts).
import { FIGURES, type FigureId } from '../../models/figures/run-figures';
import { ADVICE_COLUMNS, figuresRow } from '../../simulator/advisor/advice-words';
import type { Advice } from '../simulation/worker-contract';

/** What each column is, as a tooltip: the figure's own help where it is a run figure. */
const COLUMN_FIGURE: Partial<Record<(typeof ADVICE_COLUMNS)[number], FigureId>> = {
  'p99 of successful': 'p99',
  'error rate': 'errorRate',
  'completion p99': 'completionP99',
};

const COLUMN_HELP: Partial<Record<(typeof ADVICE_COLUMNS)[number], string>> = {
  objectives: 'Whether every objective holds on the mean of the replications.',
  'closest to missing':
    'The objective closest to missing (or furthest past it) and how much of its allowance the design used.',
};

const helpOf = (c: (typeof ADVICE_COLUMNS)[number]): string | undefined => {
  const id = COLUMN_FIGURE[c];
  return id ? FIGURES.find((f) => f.id === id)?.help : COLUMN_HELP[c];
};

/** "Error rate", "Closest to missing"; a figure's own name stays as it is written ("p99 of successful"). */
const heading = (s: string): string =>
  s.startsWith('p99') ? s : `${s.charAt(0).toUpperCase()}${s.slice(1)}`;

export function AdviceTable({ advice }: { advice: Advice }) {
  const rows = [
    { key: 'now', rank: 'now', title: 'as it is', figures: advice.baseline },
    ...advice.ranking.map((r) => ({
      key: `${r.transformation}:${r.target}`,
      rank: String(r.rank),
      title: r.title,
      figures: r.figures,
    })),
  ];
  return (
    <div className="advice-table-wrap">
      <table className="advice-table" aria-label="Each change alone, best first">
        <thead>
          <tr>
            <th scope="col">#</th>
            <th scope="col">Change</th>
            {ADVICE_COLUMNS.map((c) => (
              <th key={c} scope="col" title={helpOf(c)}>
                {heading(c)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr
              key={r.key}
              data-rank={r.rank}
              className={r.figures.holds ? 'advice-holds' : 'advice-missed'}
            >
              <td>{r.rank}</td>
              <th scope="row">{r.title}</th>
              {figuresRow(r.figures).map((cell, i) => (
                <td key={ADVICE_COLUMNS[i]}>{cell}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
