// Two variants under the same scenario and seed: the KPI table, then both runs side by side on
// shared axes (same time grid, same y-maxima), each with its cascade, and one replay of both.
import { memo, useMemo, useState } from 'react';
import type { Scenario, Slo, Variant } from '../../models/types';
import type { SimulationResult } from '../../simulator/result';
import { alignSeries } from '../charts/align-buckets';
import { peakMomentS } from '../replay/replay-frame';
import { SideBySideReplay } from '../replay/SideBySideReplay';
import { CascadeList } from './CascadeList';
import { sharedScales } from './chart-scales';
import { compareHeadline } from './compare-headline';
import { CompareKpiTable } from './CompareKpiTable';
import { CompareCost } from './CompareCost';
import { ResultsCharts } from './ResultsCharts';
import { scenarioMarkers } from './scenario-markers';
import { SkippedFaults } from './SkippedFaults';
import { SloVerdicts } from './SloVerdicts';
import './results.css';

export interface CompareSide {
  variant: Variant;
  result: SimulationResult;
  stale: boolean;
}

interface CompareResultsProps {
  a: CompareSide;
  b: CompareSide;
  scenario: Scenario;
  nodeName: (id: string) => string;
  slo: Slo;
}

export const CompareResults = memo(function CompareResults({
  a,
  b,
  scenario,
  nodeName,
  slo,
}: CompareResultsProps) {
  const aligned = useMemo(
    () => alignSeries(a.result.series, b.result.series),
    [a.result, b.result],
  );
  const scales = useMemo(
    () => sharedScales(aligned.t, aligned.bucketS, aligned.a, aligned.b),
    [aligned],
  );
  const markers = useMemo(() => scenarioMarkers(scenario, nodeName), [scenario, nodeName]);
  const order = useMemo(
    () => [...new Set([...a.variant.nodes.map((n) => n.id), ...b.variant.nodes.map((n) => n.id)])],
    [a.variant, b.variant],
  );
  const [atS, setAtS] = useState(() => peakMomentS(a.result));
  const replaySides = useMemo(
    () => [
      { variant: a.variant, result: a.result },
      { variant: b.variant, result: b.result },
    ],
    [a.variant, a.result, b.variant, b.result],
  );
  const headline = useMemo(
    () =>
      compareHeadline(
        { name: a.variant.name, result: a.result },
        { name: b.variant.name, result: b.result },
        nodeName,
      ),
    [a, b, nodeName],
  );
  const sides = [
    { side: a, series: aligned.a },
    { side: b, series: aligned.b },
  ];
  return (
    <section className="compare" data-testid="compare-results">
      <ul className="compare-headline" aria-label="In short">
        {headline.map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
      <p className="results-meta">
        Both under “{scenario.name}”, seed {a.result.seed}. Shares are of the requests after the
        warm-up; latency is that of successful requests. In the table,{' '}
        <span className="verdict-better-text">▼/▲ better</span> and{' '}
        <span className="verdict-worse-text">▲/▼ worse</span> read {b.variant.name} against{' '}
        {a.variant.name}.
      </p>
      {(a.stale || b.stale) && (
        <p className="results-stale" role="status">
          The model changed after these runs: the figures are out of date. Run both variants again.
        </p>
      )}
      {[a, b].map((side) => (
        <SkippedFaults
          key={side.variant.id}
          skipped={side.result.skippedFaults}
          variantName={side.variant.name}
          nodeName={nodeName}
        />
      ))}
      <CompareKpiTable
        a={{ label: a.variant.name, result: a.result }}
        b={{ label: b.variant.name, result: b.result }}
      />
      <h3>Cost per month, node by node</h3>
      <CompareCost
        a={{ label: a.variant.name, result: a.result }}
        b={{ label: b.variant.name, result: b.result }}
        nodeName={nodeName}
      />
      <h3>Objectives</h3>
      <SloVerdicts
        slo={slo}
        runs={[
          { name: a.variant.name, result: a.result },
          { name: b.variant.name, result: b.result },
        ]}
      />
      <h3>Replay, side by side</h3>
      <SideBySideReplay
        sides={replaySides}
        atS={atS}
        onSeek={setAtS}
        markers={markers}
        step={aligned.bucketS / 4}
      />
      <h3>Over time, on the same scales</h3>
      <div className="compare-columns">
        {sides.map(({ side, series }) => (
          <div key={side.variant.id} className="compare-column" data-variant={side.variant.id}>
            <h4>{side.variant.name}</h4>
            <ResultsCharts
              series={series}
              nodeName={nodeName}
              nodeOrder={order}
              markers={markers}
              scales={scales}
              cursorS={atS}
              slo={slo}
            />
            <h4>Cascade</h4>
            <CascadeList cascade={side.result.cascade} nodeName={nodeName} atS={atS} />
          </div>
        ))}
      </div>
    </section>
  );
});
