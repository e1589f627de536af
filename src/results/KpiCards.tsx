// The headline figures of one run as cards, each computed and written by its one definition in
// models/figures. Each card carries its exact value in data attributes so that tests compare the
// UI with the CLI's JSON without parsing formatted text.
import { figureText } from '../../models/figures/figure-text';
import { formatValue } from '../../models/figures/format-value';
import { FIGURES, type FigureDefinition } from '../../models/figures/run-figures';
import type { SimulationResult } from '../../simulator/result';
import type { ReplicatedResult } from '../simulation/worker-contract';
import { confidenceInterval, formatInterval, type Interval } from './confidence';

interface KpiCardsProps {
  result: SimulationResult;
  /** The replications (including `result`) when more than one ran: cards show mean ± 95 % CI. */
  replicated?: ReplicatedResult | null;
}

/** The engine's own summary where it has the figure (so the CLI prints the same), else ours. */
function interval(def: FigureDefinition, replicated: ReplicatedResult): Interval {
  const summary = def.replicatedKey ? replicated.kpis[def.replicatedKey] : undefined;
  if (summary) return { mean: summary.mean, halfWidth: summary.ci95, n: replicated.runs.length };
  return confidenceInterval(replicated.runs.map(def.read));
}

export function KpiCards({ result, replicated = null }: KpiCardsProps) {
  const several = replicated !== null && replicated.runs.length > 1;
  return (
    <section className="kpi-cards" aria-label="Key figures">
      {FIGURES.map((def) => {
        const value = def.read(result);
        const absent = def.absent?.(result) ?? null;
        const ci = several && absent === null ? interval(def, replicated) : null;
        const format = (v: number): string => formatValue(v, def.unit);
        return (
          <article
            key={def.id}
            className="kpi-card"
            data-kpi={def.id}
            data-value={String(value)}
            title={def.help}
          >
            <h3>{def.label}</h3>
            <p className={absent ? 'kpi-value kpi-none' : 'kpi-value'} data-testid="kpi-text">
              {ci ? format(ci.mean) : figureText(def, result)}
            </p>
            {def.denominator && absent === null && result.entry.requests > 0 && (
              <p className="kpi-denominator">{def.denominator(result)}</p>
            )}
            {ci && (
              <p
                className="kpi-ci"
                data-ci-mean={String(ci.mean)}
                data-ci-half-width={String(ci.halfWidth)}
              >
                {formatInterval(ci, format)} <span>(95 % CI, {ci.n} runs)</span>
              </p>
            )}
            <p className="kpi-help">{def.help}</p>
          </article>
        );
      })}
    </section>
  );
}
