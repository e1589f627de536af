// The slides of Present mode, generated from the project: each is a title and a body.
import type { ReactNode } from 'react';
import { formatChange, formatMs, formatRate, KPI_COLUMNS } from '../../models/roadmap/format-kpi';
import type { RoadmapPlan } from '../../models/roadmap/plan';
import { kpisOf } from '../../models/roadmap/step-kpis';
import { trajectoryChart } from '../../models/roadmap/svg-trajectory';
import { variantDiagram, type DiagramNote } from '../../models/roadmap/svg-variant';
import type { Project, Scenario, Variant } from '../../models/types';
import type { TrajectoryPoint } from '../../models/roadmap/simulate-roadmap';
import { LoadShapePreview } from '../charts/LoadShapePreview';
import type { PresentRuns } from './use-present-runs';
import { peakBucket, peakNotes } from './peak-notes';

export interface Slide {
  id: string;
  title: string;
  body: ReactNode;
}

/** An SVG string built by models/roadmap (every label escaped there). */
function Svg({ html, className }: { html: string; className?: string }) {
  return <div className={className ?? 'slide-figure'} dangerouslySetInnerHTML={{ __html: html }} />;
}

function Diagram({
  variant,
  id,
  notes,
}: {
  variant: Variant;
  id: string;
  notes?: Map<string, DiagramNote>;
}) {
  return <Svg html={variantDiagram(variant, { idPrefix: `slide-${id}`, notes })} />;
}

const Waiting = ({ runs }: { runs: PresentRuns }) => (
  <p className="slide-wait" role="status">
    {runs.error ? `The simulation failed: ${runs.error}` : (runs.progress ?? 'Simulating…')}
  </p>
);

export interface SlideInput {
  project: Project;
  plan: RoadmapPlan;
  from: Variant;
  to: Variant;
  scenario: Scenario | null;
  runs: PresentRuns;
  trajectory: TrajectoryPoint[] | null;
  nodeName: (id: string) => string;
}

export function buildSlides({
  project,
  plan,
  from,
  to,
  scenario,
  runs,
  trajectory,
  nodeName,
}: SlideInput): Slide[] {
  const slides: Slide[] = [];
  slides.push({
    id: 'today',
    title: `Today: ${from.name}`,
    body: (
      <>
        <p className="slide-lede">{project.name}</p>
        <Diagram variant={from} id="today" />
      </>
    ),
  });
  if (scenario) {
    slides.push({
      id: 'scenario',
      title: `The scenario: ${scenario.name}`,
      body: (
        <>
          {scenario.description && <p className="slide-lede">{scenario.description}</p>}
          <div className="slide-chart">
            <LoadShapePreview
              load={scenario.load}
              faults={scenario.faults}
              durationS={scenario.durationS}
              warmupS={scenario.warmupS}
              nodeName={nodeName}
            />
          </div>
          <ul className="slide-list">
            {scenario.faults.length === 0 && <li>No faults: the load alone.</li>}
            {scenario.faults.map((f, i) => (
              <li key={i}>
                {f.type === 'outage'
                  ? 'Outage of'
                  : f.type === 'slowdown'
                    ? `Slowdown ×${f.factor} of`
                    : `Errors (${Math.round(f.rate * 100)}%) at`}{' '}
                {nodeName(f.node)} from {f.startS} s to {f.endS} s
              </li>
            ))}
          </ul>
        </>
      ),
    });
    slides.push({
      id: 'peak',
      title: 'Today at the worst moment of the peak',
      body: runs.asIs ? (
        <>
          <p className="slide-lede">
            At {Math.round(runs.asIs.series.t[peakBucket(runs.asIs)] ?? 0)} s: p99 latency{' '}
            <b>{formatMs(runs.asIs.series.p99Ms[peakBucket(runs.asIs)] ?? 0)}</b>, errors{' '}
            <b>{formatRate(runs.asIs.series.errorRate[peakBucket(runs.asIs)] ?? 0)}</b>
            {runs.asIs.cascade.length > 0 && (
              <> · trouble spreads: {runs.asIs.cascade.map((c) => nodeName(c.node)).join(' → ')}</>
            )}
          </p>
          <Diagram variant={from} id="peak" notes={peakNotes(runs.asIs)} />
        </>
      ) : (
        <Waiting runs={runs} />
      ),
    });
  }
  slides.push({
    id: 'target',
    title: `The target: ${to.name}`,
    body: <Diagram variant={to} id="target" />,
  });
  if (scenario) {
    const a = runs.asIs ? kpisOf(runs.asIs) : null;
    const b = runs.toBe ? kpisOf(runs.toBe) : null;
    slides.push({
      id: 'compare',
      title: `Side by side under ${scenario.name}`,
      body:
        a && b ? (
          <table className="slide-table" data-testid="slide-compare-table">
            <thead>
              <tr>
                <th />
                <th>{from.name}</th>
                <th>{to.name}</th>
                <th>Change</th>
              </tr>
            </thead>
            <tbody>
              {KPI_COLUMNS.map((c) => (
                <tr key={c.key}>
                  <th>{c.label}</th>
                  <td>{c.format(a[c.key])}</td>
                  <td>{c.format(b[c.key])}</td>
                  <td className={b[c.key] < a[c.key] ? 'good' : b[c.key] > a[c.key] ? 'bad' : ''}>
                    {formatChange(a[c.key], b[c.key])}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        ) : (
          <Waiting runs={runs} />
        ),
    });
    slides.push({
      id: 'trajectory',
      title: `The roadmap: ${plan.steps.length} steps`,
      body: trajectory ? (
        <div className="slide-charts">
          {KPI_COLUMNS.slice(0, 2).map((c, i) => (
            <Svg
              key={c.key}
              className="slide-chart-svg"
              html={trajectoryChart(
                trajectory.map((p) => p.kpis[c.key]),
                {
                  title: `${c.label} after each step`,
                  format: c.format,
                  color: i === 0 ? '#1d4ed8' : '#b91c1c',
                },
              )}
            />
          ))}
          <ol className="slide-steps">
            {plan.steps.map((s) => (
              <li key={s.id}>{s.title}</li>
            ))}
          </ol>
        </div>
      ) : (
        <Waiting runs={runs} />
      ),
    });
  }
  const next = plan.steps.find((s) => s.checklist.some((c) => !c.done)) ?? plan.steps[0];
  if (next) {
    slides.push({
      id: 'next',
      title: `Next step: ${next.title}`,
      body: (
        <>
          {next.rationale && <p className="slide-lede">{next.rationale}</p>}
          <ul className="slide-checklist">
            {next.checklist.map((c) => (
              <li key={c.id} className={c.done ? 'done' : ''}>
                {c.label}
              </li>
            ))}
          </ul>
        </>
      ),
    });
  }
  return slides;
}
