// The slides of Present mode, generated from the project: each is a title and a body.
import type { ReactNode } from 'react';
import { formatCount, formatMs, formatPercent } from '../../models/figures/format-value';
import { worstMoment } from '../../models/figures/worst-moment';
import { KPI_COLUMNS, kpiChange, kpiText, sloText } from '../../models/roadmap/format-kpi';
import { objectiveTexts } from '../../models/slo/evaluate-slo';
import type { RoadmapPlan } from '../../models/roadmap/plan';
import { kpisOf } from '../../models/roadmap/step-kpis';
import { CAPACITY_FIGURES, type CapacityReport } from '../../models/roadmap/capacity-report';
import { capacityChartSvg } from '../../models/roadmap/svg-capacity';
import { trajectoryChart } from '../../models/roadmap/svg-trajectory';
import { seriesColour } from '../charts/palette';
import { variantDiagram, type DiagramNote } from '../../models/roadmap/svg-variant';
import type { Project, Scenario, Variant } from '../../models/types';
import type { SimulationResult } from '../../simulator/result';
import type { TrajectoryPoint } from '../../models/roadmap/simulate-roadmap';
import { LoadShapePreview } from '../charts/LoadShapePreview';
import type { PresentRuns } from './use-present-runs';
import { formatClock } from '../results/format';
import { momentNotes } from './peak-notes';
import { WorstMinuteCharts } from './WorstMinuteCharts';
import { countNoun } from '../../models/count-noun';

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
  /** The capacity panel's sweep of the two variants, when there is a current one. */
  capacity?: CapacityReport | null;
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
  capacity,
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
                    : f.type === 'errors'
                      ? `Errors (${Math.round(f.rate * 100)}%) at`
                      : 'Cold start of'}{' '}
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
        <WorstMoment
          result={runs.asIs}
          target={runs.toBe ? { variant: to, result: runs.toBe } : null}
          variant={from}
          project={project}
          nodeName={nodeName}
        />
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
    const a = runs.asIs ? kpisOf(runs.asIs, project.slo) : null;
    const b = runs.toBe ? kpisOf(runs.toBe, project.slo) : null;
    slides.push({
      id: 'compare',
      title: `Side by side under ${scenario.name}`,
      body:
        a && b ? (
          <>
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
                {KPI_COLUMNS.map((c) => {
                  const change = kpiChange(a, b, c);
                  return (
                    <tr key={c.key} data-kpi={c.key}>
                      <th>{c.label}</th>
                      <td>{kpiText(a, c)}</td>
                      <td>{kpiText(b, c)}</td>
                      <td
                        className={
                          change.verdict === 'better'
                            ? 'good'
                            : change.verdict === 'worse'
                              ? 'bad'
                              : ''
                        }
                      >
                        {change.verdict === 'same'
                          ? 'same'
                          : `${change.arrow} ${change.changeText}${change.verdict === 'better' || change.verdict === 'worse' ? ` ${change.verdict}` : ''}`}
                      </td>
                    </tr>
                  );
                })}
                <tr data-kpi="slo">
                  <th>Objectives</th>
                  <td>{sloText(a)}</td>
                  <td>{sloText(b)}</td>
                  <td />
                </tr>
              </tbody>
            </table>
            <p className="slide-note">
              Rates are shares of the requests after the warm-up; latency is that of successful
              requests. Objectives: {objectiveTexts(project.slo).join('; ')}.
            </p>
          </>
        ) : (
          <Waiting runs={runs} />
        ),
    });
    slides.push({
      id: 'trajectory',
      title: `The roadmap: ${countNoun(plan.steps.length, 'step')}`,
      body: trajectory ? (
        <div className="slide-charts">
          {KPI_COLUMNS.filter((c) => c.key === 'successRate' || c.key === 'p99Ms').map((c, i) => (
            <Svg
              key={c.key}
              className="slide-chart-svg"
              html={trajectoryChart(
                trajectory.map((p) => p.kpis[c.key]),
                {
                  title: `${c.label} after each step`,
                  format: c.format,
                  color: i === 0 ? '#047857' : '#1d4ed8',
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
  if (capacity) {
    const colours = capacity.curves.map((_, k) => seriesColour(k));
    slides.push({
      id: 'capacity',
      title: 'How far each design goes',
      body: (
        <>
          <p className="slide-lede" data-testid="slide-capacity-headline">
            {capacity.headline}
          </p>
          <div className="slide-capacity-charts">
            {CAPACITY_FIGURES.map((f) => (
              <Svg
                key={f.key}
                className="slide-chart-svg"
                html={capacityChartSvg(capacity, {
                  figure: f.key,
                  title: f.title,
                  unit: f.unit,
                  colours,
                })}
              />
            ))}
          </div>
          <ul className="slide-legend">
            {capacity.curves.map((c, k) => (
              <li key={c.variant}>
                <span className="chart-swatch" style={{ background: colours[k] }} />
                {c.name}
              </li>
            ))}
          </ul>
          <p className="slide-note">
            {capacity.scenarioName}’s load scaled up and down; a dashed line marks where each design
            breaks.
          </p>
        </>
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

/**
 * The as-is at its worst moment (models/figures/worst-moment.ts): the bucket where most users
 * were let down. Every figure is the chart's value at that bucket.
 */
function WorstMoment({
  result,
  target,
  variant,
  project,
  nodeName,
}: {
  result: SimulationResult;
  /** The target design under the same scenario and seed, once it has run: the minute compared. */
  target: { variant: Variant; result: SimulationResult } | null;
  variant: Variant;
  project: Project;
  nodeName: (id: string) => string;
}) {
  const moment = worstMoment(result.series, result.warmupS);
  if (!moment) return <p className="slide-lede">No request finished after the warm-up.</p>;
  const end = moment.startS + result.series.bucketS;
  const failed = Math.round(moment.errorRate * moment.finished);
  return (
    <>
      <p className="slide-lede" data-testid="worst-moment">
        From {formatClock(moment.startS)} to {formatClock(end)}:{' '}
        <b>{formatCount(moment.finished)}</b> request{moment.finished === 1 ? '' : 's'} finished;{' '}
        <b>{formatPercent(moment.errorRate)}</b> failed ({formatCount(failed)}),{' '}
        <b>{formatPercent(moment.attainment)}</b> were answered successfully within{' '}
        {formatMs(project.slo.latencyTargetMs)}
        {Number.isFinite(moment.succeededP99Ms) && (
          <>
            , and the slowest 1 % of the successful ones waited longer than{' '}
            <b>{formatMs(moment.succeededP99Ms)}</b> (p99)
          </>
        )}
        .
        {result.cascade.length > 0 && (
          <> Trouble spread: {result.cascade.map((c) => nodeName(c.node)).join(' → ')}.</>
        )}
      </p>
      <Diagram variant={variant} id="peak" notes={momentNotes(result, moment)} />
      {target && (
        <WorstMinuteCharts
          asIs={{ label: variant.name, result }}
          toBe={{ label: target.variant.name, result: target.result }}
          momentS={moment.startS}
          latencyTargetMs={project.slo.latencyTargetMs}
        />
      )}
    </>
  );
}
