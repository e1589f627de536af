// The headline figures of one run as cards. Each card carries its exact value in data attributes
// so that tests compare the UI with the CLI's JSON without parsing formatted text.
import type { SimulationResult } from '../../simulator/result';
import type { ReplicatedResult } from '../simulation/worker-contract';
import { confidenceInterval, formatInterval, type Interval } from './confidence';
import { formatValue } from './format';
import { hasQueues, KPIS, type KpiDefinition } from './kpis';

interface KpiCardsProps {
  result: SimulationResult;
  /** The replications (including `result`) when more than one ran: cards show mean ± 95 % CI. */
  replicated?: ReplicatedResult | null;
}

/** The engine's own summary where it has the figure (so the CLI prints the same), else ours. */
function interval(kpi: KpiDefinition, replicated: ReplicatedResult): Interval {
  const summary = kpi.replicatedKey ? replicated.kpis[kpi.replicatedKey] : undefined;
  if (summary) return { mean: summary.mean, halfWidth: summary.ci95, n: replicated.runs.length };
  return confidenceInterval(replicated.runs.map(kpi.read));
}

export function KpiCards({ result, replicated = null }: KpiCardsProps) {
  const several = replicated !== null && replicated.runs.length > 1;
  return (
    <section className="kpi-cards" aria-label="Key figures">
      {KPIS.map((kpi) => {
        const value = kpi.read(result);
        const ci = several ? interval(kpi, replicated) : null;
        const format = (v: number): string => formatValue(v, kpi.unit);
        const none = kpi.needsQueues && !hasQueues(result);
        return (
          <article
            key={kpi.id}
            className="kpi-card"
            data-kpi={kpi.id}
            data-value={String(value)}
            title={kpi.help}
          >
            <h3>{kpi.label}</h3>
            <p className={none ? 'kpi-value kpi-none' : 'kpi-value'}>
              {none ? 'no queues' : format(ci ? ci.mean : value)}
            </p>
            {ci && !none && (
              <p
                className="kpi-ci"
                data-ci-mean={String(ci.mean)}
                data-ci-half-width={String(ci.halfWidth)}
              >
                {formatInterval(ci, format)} <span>(95 % CI, {ci.n} runs)</span>
              </p>
            )}
            <p className="kpi-help">{kpi.help}</p>
          </article>
        );
      })}
    </section>
  );
}
