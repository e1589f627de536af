// Compare's capacity section: both variants swept over the same loads in the worker, with
// progress, time left and Cancel, then goodput, p99 of successful requests and error rate
// against offered load on shared axes, each variant's breaking point marked and said in words.
import { useState } from 'react';
import type { Project, Scenario, Variant } from '../../models/types';
import { CAPACITY_FIGURES, type CapacityFigure } from '../../models/roadmap/capacity-report';
import { breakingDetail, breakingHeadline } from '../../simulator/sweep/breaking-point-text';
import type { LoadPoint, LoadSweep } from '../../simulator/sweep/load-sweep';
import { seriesColour } from '../charts/palette';
import { formatDuration, formatMs } from '../results/format';
import { NumberField } from '../controls/NumberField';
import { RunButton } from '../controls/RunButton';
import { JobEnding } from '../simulation/JobEnding';
import { JobProgress } from '../simulation/JobProgress';
import { runFingerprint } from '../simulation/fingerprint';
import { CapacityChart, type CapacityMarker, type CapacitySeries } from './CapacityChart';
import { capacityHeadline, markerRps } from './capacity-report';
import { useCapacityStore } from './capacity-store';
import './capacity.css';

interface CapacityPanelProps {
  project: Project;
  a: Variant;
  b: Variant;
  scenario: Scenario;
  seed: number;
  /** Why nothing can run (the pickers' blocker), or null. */
  blocker: string | null;
}

const valueOf = (p: LoadPoint, key: CapacityFigure): number => p[key]?.mean ?? Number.NaN;

export function CapacityPanel({ project, a, b, scenario, seed, blocker }: CapacityPanelProps) {
  const [from, setFrom] = useState(0.5);
  const [to, setTo] = useState(3);
  const [steps, setSteps] = useState(6);
  const [replications, setReplications] = useState(Math.max(3, scenario.replications));
  const status = useCapacityStore((s) => s.status);
  const progress = useCapacityStore((s) => s.progress);
  const error = useCapacityStore((s) => s.error);
  const records = useCapacityStore((s) => s.sweeps);
  const start = useCapacityStore((s) => s.start);
  const cancel = useCapacityStore((s) => s.cancel);
  const running = status === 'running';
  const rangeProblem = to < from ? '“To” must be at least “From”.' : null;
  const why = blocker ?? rangeProblem;

  const pick = (v: Variant) => {
    const r = records[v.id];
    return r && r.sweep.scenario === scenario.id ? { variant: v, ...r } : null;
  };
  const ra = pick(a);
  const rb = pick(b);
  const shown = ra && rb ? [ra, rb] : null;
  const stale = shown?.some(
    (r) => runFingerprint(project, r.variant.id, scenario.id) !== r.fingerprint,
  );

  return (
    <section className="capacity" aria-label="Capacity">
      <h3 className="capacity-title">Capacity: how far does each design go?</h3>
      <p className="sim-field-hint">
        Runs {scenario.name}’s load shape scaled by factors (×1 = its peak of{' '}
        {ra ? `${Math.round(ra.sweep.baseOfferedRps)} rps` : 'the scenario'}), each with
        replications on the same seeds, and finds where the objectives stop holding.
      </p>
      <div className="capacity-controls">
        <NumberField
          layout="inline"
          label="From ×"
          value={from}
          min={0.01}
          max={1000}
          onCommit={setFrom}
        />
        <NumberField
          layout="inline"
          label="To ×"
          value={to}
          min={0.01}
          max={1000}
          onCommit={setTo}
        />
        <NumberField
          layout="inline"
          label="Steps"
          integer
          value={steps}
          min={1}
          max={30}
          onCommit={setSteps}
        />
        <NumberField
          layout="inline"
          label="Replications"
          integer
          value={replications}
          min={1}
          max={20}
          onCommit={setReplications}
        />
        <RunButton
          running={running}
          blocker={why}
          onRun={() =>
            void start(project, {
              variants: [a.id, b.id],
              scenario: scenario.id,
              from,
              to,
              steps,
              replications,
              seed,
            })
          }
          onCancel={cancel}
          runLabel="Run capacity sweep"
          cancelLabel="Cancel sweep"
        />
      </div>
      {why && !running && <p className="sim-field-hint">{why}</p>}
      {running && progress && (
        <JobProgress label="Capacity sweep progress" fraction={progress.fraction}>
          Sweeping {a.name} and {b.name} side by side
          {progress.etaS !== null ? ` · about ${formatDuration(progress.etaS)} left` : ''}
        </JobProgress>
      )}
      <JobEnding
        status={status}
        error={error}
        cancelledText="Sweep cancelled. The chart shows the previous sweep, if any."
        failedText="The sweep failed"
      />
      {shown ? (
        <CapacityResults items={shown} stale={stale ?? false} slo={project.slo} />
      ) : (
        !running && (
          <p className="results-empty">Sweep both variants to see where each one breaks.</p>
        )
      )}
    </section>
  );
}

function CapacityResults({
  items,
  stale,
  slo,
}: {
  items: { variant: Variant; sweep: LoadSweep }[];
  stale: boolean;
  slo: Project['slo'];
}) {
  const named = items.map((i) => ({ name: i.variant.name, sweep: i.sweep }));
  const all = items.flatMap((i) => i.sweep.points.map((p) => p.offeredRps));
  // A little room on the right, so that a marker at the highest load is not on the frame.
  const xDomain: [number, number] = [0, Math.max(1, ...all) * 1.05];
  const markers: CapacityMarker[] = items.flatMap((i, k) => {
    const x = markerRps(i.sweep);
    if (x === null) return [];
    return [
      {
        id: i.variant.id,
        x,
        label: breakingHeadline(i.sweep.breakingPoint),
        name: i.variant.name,
        colour: seriesColour(k),
      },
    ];
  });
  const seriesOf = (key: CapacityFigure): CapacitySeries[] =>
    items.map((i, k) => ({
      id: i.variant.id,
      label: i.variant.name,
      colour: seriesColour(k),
      x: i.sweep.points.map((p) => p.offeredRps),
      y: i.sweep.points.map((p) => valueOf(p, key)),
    }));
  // What arrived, for goodput to be read against: the same for both (same shape, same seeds).
  const first = items[0]!.sweep.points;
  const arrivals: CapacitySeries = {
    id: 'arrivals',
    label: 'Arrivals',
    colour: 'var(--chart-muted)',
    dashed: true,
    x: first.map((p) => p.offeredRps),
    y: first.map((p) => p.arrivalsRps.mean),
  };
  const p99Target =
    slo.latencyPercentile === 99
      ? { y: slo.latencyTargetMs, label: `objective ${formatMs(slo.latencyTargetMs)}` }
      : null;
  return (
    <div className="capacity-results">
      <p className="capacity-headline" data-testid="capacity-headline">
        {capacityHeadline(named)}
      </p>
      {stale && (
        <p className="run-status">
          The model changed since this sweep: run it again for current numbers.
        </p>
      )}
      <ul className="capacity-details">
        {items.map((i) => (
          <li key={i.variant.id} data-variant={i.variant.id}>
            <strong>{i.variant.name}:</strong>{' '}
            {breakingDetail(i.sweep.breakingPoint, i.sweep.replications)}
          </li>
        ))}
      </ul>
      <ul className="chart-legend" aria-label="Capacity legend">
        {items.map((i, k) => (
          <li key={i.variant.id}>
            <span className="chart-swatch" style={{ background: seriesColour(k) }} />
            {i.variant.name}
          </li>
        ))}
        <li>
          <span
            className="chart-swatch chart-swatch-dashed"
            style={{ background: 'var(--chart-muted)' }}
          />
          Arrivals
        </li>
      </ul>
      <p className="sim-field-hint">
        Across: the offered load at the scenario’s peak (requests per second). Goodput, arrivals,
        p99 and error rate are over the run after its warm-up, the mean of the replications; a
        dashed line marks where each design breaks.
      </p>
      <div className="capacity-charts">
        {CAPACITY_FIGURES.map((f) => (
          <CapacityChart
            key={f.key}
            title={f.title}
            unit={f.unit}
            series={f.key === 'goodputRps' ? [arrivals, ...seriesOf(f.key)] : seriesOf(f.key)}
            xDomain={xDomain}
            markers={markers}
            target={f.key === 'p99Ms' ? p99Target : null}
            description={`${f.title} against offered load (peak requests per second), ${named.map((n) => n.name).join(' and ')}; dashed lines mark the breaking points.`}
          />
        ))}
      </div>
    </div>
  );
}
