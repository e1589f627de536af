// The headline figures of one run as cards. Each card carries its exact value in data attributes
// so that tests compare the UI with the CLI's JSON without parsing formatted text.
import type { SimulationResult } from '../../simulator/result';
import { confidenceInterval, formatInterval } from './confidence';
import { formatValue } from './format';
import { hasQueues, KPIS } from './kpis';

interface KpiCardsProps {
  result: SimulationResult;
  /** All replications (including `result`) when more than one ran: cards show mean ± 95 % CI. */
  runs?: readonly SimulationResult[];
}

export function KpiCards({ result, runs }: KpiCardsProps) {
  const replicated = runs !== undefined && runs.length > 1;
  return (
    <section className="kpi-cards" aria-label="Key figures">
      {KPIS.map((kpi) => {
        const value = kpi.read(result);
        const ci = replicated ? confidenceInterval(runs.map(kpi.read)) : null;
        const format = (v: number): string => formatValue(v, kpi.unit);
        const none = kpi.needsQueues && !hasQueues(result);
        return (
          <article key={kpi.id} className="kpi-card" data-kpi={kpi.id} data-value={String(value)} title={kpi.help}>
            <h3>{kpi.label}</h3>
            <p className={none ? 'kpi-value kpi-none' : 'kpi-value'}>{none ? 'no queues' : format(ci ? ci.mean : value)}</p>
            {ci && !none && (
              <p className="kpi-ci" data-ci-mean={String(ci.mean)} data-ci-half-width={String(ci.halfWidth)}>
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
