// Everything one run tells: headline figures, the cascade, charts over time and the replay.
import { memo, useMemo } from 'react';
import type { Scenario, Slo, Variant } from '../../models/types';
import type { SimulationResult } from '../../simulator/result';
import { describeCutShort } from '../../simulator/cut-short';
import type { ReplicatedResult } from '../simulation/worker-contract';
import { ReplayPanel } from '../replay/ReplayPanel';
import { CascadeList } from './CascadeList';
import { ErrorBreakdown } from './ErrorBreakdown';
import { formatClock } from './format';
import { KpiCards } from './KpiCards';
import { ResultsCharts } from './ResultsCharts';
import { runHeadline } from './run-headline';
import { scenarioMarkers } from './scenario-markers';
import { SkippedFaults } from './SkippedFaults';
import { SloVerdicts } from './SloVerdicts';
import './results.css';

interface ResultsDashboardProps {
  result: SimulationResult;
  replicated: ReplicatedResult | null;
  variant: Variant;
  scenario: Scenario;
  stale: boolean;
  nodeName: (id: string) => string;
  slo: Slo;
}

export const ResultsDashboard = memo(function ResultsDashboard({
  result,
  replicated,
  variant,
  scenario,
  stale,
  nodeName,
  slo,
}: ResultsDashboardProps) {
  const markers = useMemo(() => scenarioMarkers(scenario, nodeName), [scenario, nodeName]);
  const order = useMemo(() => variant.nodes.map((n) => n.id), [variant]);
  const headline = useMemo(() => runHeadline(result, nodeName), [result, nodeName]);
  return (
    <section
      className="results"
      aria-label={`Results of ${variant.name}`}
      data-testid="results"
      data-variant={variant.id}
    >
      <header className="results-header">
        <h2>
          {variant.name} under “{scenario.name}”
        </h2>
        <p className="results-meta">
          seed {result.seed} · {formatClock(result.simulatedS)} simulated
          {replicated && replicated.runs.length > 1
            ? ` · ${replicated.runs.length} replications (seeds ${result.seed}–${result.seed + replicated.runs.length - 1}); cards show the mean ± 95 % confidence interval`
            : ''}{' '}
          · figures count requests after the {formatClock(scenario.warmupS)} warm-up
        </p>
        <ul className="results-headline" aria-label="In short">
          {headline.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
        {stale && (
          <p className="results-stale" role="status">
            The model or scenario changed after this run: these results are out of date. Run the
            simulation again.
          </p>
        )}
        <SkippedFaults
          skipped={result.skippedFaults}
          variantName={variant.name}
          nodeName={nodeName}
        />
        {result.cutShort && (
          <p className="results-stale" role="status">
            This run was {describeCutShort(result.cutShort)} ({formatClock(result.cutShort.atS)}).
          </p>
        )}
      </header>
      <KpiCards result={result} replicated={replicated} />
      <h3>Objectives</h3>
      <SloVerdicts slo={slo} runs={[{ name: variant.name, result }]} />
      <div className="results-columns">
        <div className="results-main">
          <h3>Over time</h3>
          <ResultsCharts
            series={result.series}
            nodeName={nodeName}
            nodeOrder={order}
            markers={markers}
            slo={slo}
          />
        </div>
        <aside className="results-side">
          <h3>Cascade</h3>
          <p className="sim-field-hint">Who gave way first, and who followed.</p>
          <CascadeList cascade={result.cascade} nodeName={nodeName} />
          <h3>Why requests failed</h3>
          <ErrorBreakdown entry={result.entry} />
        </aside>
      </div>
      <h3>Replay</h3>
      <ReplayPanel result={result} variant={variant} scenario={scenario} nodeName={nodeName} />
    </section>
  );
});
