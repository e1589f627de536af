// The slides of Present mode, generated from the project: each is a title, a body and the
// speaker's notes (written from the project's, variants' and steps' descriptions).
import type { ReactNode } from 'react';
import { formatCount, formatMs, formatPercent } from '../../models/figures/format-value';
import { worstMoment } from '../../models/figures/worst-moment';
import {
  KPI_COLUMNS,
  kpiChange,
  kpiColumnsFor,
  kpiText,
  sloText,
} from '../../models/roadmap/format-kpi';
import { objectiveTexts } from '../../models/slo/evaluate-slo';
import type { RoadmapPlan } from '../../models/roadmap/plan';
import { kpisOf, type StepKpis } from '../../models/roadmap/step-kpis';
import { CAPACITY_FIGURES, type CapacityReport } from '../../models/roadmap/capacity-report';
import { capacityChartSvg } from '../../models/roadmap/svg-capacity';
import { trajectoryChart } from '../../models/roadmap/svg-trajectory';
import { seriesColour } from '../charts/palette';
import { variantDiagram, type DiagramNote } from '../../models/roadmap/svg-variant';
import type { Project, Scenario, Variant } from '../../models/types';
import type { SimulationResult } from '../../simulator/result';
import type { TrajectoryPoint } from '../../models/roadmap/simulate-roadmap';
import { ScenarioLoadChart } from './ScenarioLoadChart';
import type { PresentRuns } from './use-present-runs';
import { formatClock } from '../results/format';
import { momentNotes } from './peak-notes';
import { WorstMinuteCharts } from './WorstMinuteCharts';
import { countNoun } from '../../models/count-noun';
import { notes, opening } from './narrative';
import { VerdictSlide } from './VerdictSlide';

/** Where a slide is drawn: on screen, one at a time, or in the deck every slide (print, export). */
export type SlidePlace = 'screen' | 'deck';

export interface Slide {
  id: string;
  title: string;
  /** The body, drawn for a place (a diagram's marker ids must differ between the two). */
  body: (place: SlidePlace) => ReactNode;
  /** What the speaker says: the project's own words and the figures' context. */
  notes: string[];
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
  return <Svg html={variantDiagram(variant, { idPrefix: id, notes })} />;
}

/** A design's size in words: "6 nodes, 5 connections". */
const sizeText = (v: Variant): string =>
  `${countNoun(v.nodes.length, 'node')}, ${countNoun(v.edges.length, 'connection')}`;

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
    body: (place) => (
      <>
        <p className="slide-lede">{project.name}</p>
        {project.description && (
          <p className="slide-narrative" data-testid="slide-narrative">
            {opening(project.description)}
          </p>
        )}
        <Diagram variant={from} id={`slide-${place}-today`} />
      </>
    ),
    notes: notes(project.description, from.description ?? `${from.name}: ${sizeText(from)}.`),
  });
  if (scenario) {
    slides.push({
      id: 'scenario',
      title: `The scenario: ${scenario.name}`,
      body: () => (
        <>
          {scenario.description && <p className="slide-lede">{scenario.description}</p>}
          <div className="slide-chart">
            <ScenarioLoadChart scenario={scenario} nodeName={nodeName} />
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
                      : f.type === 'partialOutage'
                        ? `Outage of ${Math.round(f.share * 100)}% of the partitions of`
                        : 'Cold start of'}{' '}
                {nodeName(f.node)} from {f.startS} s to {f.endS} s
              </li>
            ))}
          </ul>
        </>
      ),
      notes: notes(
        scenario.description,
        `${formatClock(scenario.durationS)} simulated; the first ${formatClock(scenario.warmupS)} are warm-up and left out of every figure.`,
      ),
    });
    slides.push({
      id: 'peak',
      title: 'Today at the worst moment of the peak',
      body: (place) =>
        runs.asIs ? (
          <WorstMoment
            result={runs.asIs}
            variant={from}
            project={project}
            nodeName={nodeName}
            diagramId={`slide-${place}-peak`}
          />
        ) : (
          <Waiting runs={runs} />
        ),
      notes: notes(
        'The worst moment is the time bucket after the warm-up in which most users were let down.',
        'Each box says how busy the service was then; saturated means requests waited for a worker, failing means they failed or timed out.',
        from.description,
      ),
    });
    slides.push({
      id: 'worst-minute',
      title: 'The worst minute, before and after',
      body: () =>
        runs.asIs && runs.toBe ? (
          <WorstMinute
            asIs={{ variant: from, result: runs.asIs }}
            toBe={{ variant: to, result: runs.toBe }}
            project={project}
          />
        ) : (
          <Waiting runs={runs} />
        ),
      notes: notes(
        `The minute around today's worst moment, bucket by bucket: ${from.name} against ${to.name} under the same scenario and seed.`,
        'The left chart is the share of requests answered within the objective; the right one is how long the slowest 1 % of the successful ones waited.',
      ),
    });
  }
  slides.push({
    id: 'target',
    title: `The target: ${to.name}`,
    body: (place) => (
      <>
        {to.description && (
          <p className="slide-narrative" data-testid="slide-narrative">
            {opening(to.description)}
          </p>
        )}
        <Diagram variant={to} id={`slide-${place}-target`} />
      </>
    ),
    notes: notes(
      to.description ?? `${to.name}: ${sizeText(to)}.`,
      `From today's design it takes ${countNoun(plan.steps.length, 'step')}: ${plan.steps.map((st) => st.title).join('; ')}.`,
    ),
  });
  if (scenario) {
    const a = runs.asIs ? kpisOf(runs.asIs, project.slo) : null;
    const b = runs.toBe ? kpisOf(runs.toBe, project.slo) : null;
    slides.push({
      id: 'compare',
      title: `Side by side under ${scenario.name}`,
      body: () =>
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
                {kpiColumnsFor([a, b]).map((c) => {
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
      notes: notes(
        `Both designs ran the same scenario with the same seed, so the difference comes from the design alone.`,
        a && b && changesNote(a, b),
      ),
    });
    slides.push({
      id: 'verdict',
      title: 'The objectives and the cost',
      body: () =>
        runs.asIs && runs.toBe ? (
          <VerdictSlide
            slo={project.slo}
            designs={[
              { name: from.name, result: runs.asIs },
              { name: to.name, result: runs.toBe },
            ]}
          />
        ) : (
          <Waiting runs={runs} />
        ),
      notes: notes(
        `The objectives: ${objectiveTexts(project.slo).join('; ')}.`,
        'The cost is a month (730 hours) at this scenario’s average load, priced with the project’s price table.',
      ),
    });
    slides.push({
      id: 'trajectory',
      title: `The roadmap: ${countNoun(plan.steps.length, 'step')}`,
      body: () =>
        trajectory ? (
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
      notes: notes(
        ...plan.steps.map(
          (st, i) => `${i + 1}. ${st.title}${st.rationale ? `: ${st.rationale}` : '.'}`,
        ),
      ),
    });
  }
  if (capacity) {
    const colours = capacity.curves.map((_, k) => seriesColour(k));
    slides.push({
      id: 'capacity',
      title: 'How far each design goes',
      body: () => (
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
      notes: notes(capacity.headline),
    });
  }
  const next = plan.steps.find((s) => s.checklist.some((c) => !c.done)) ?? plan.steps[0];
  if (next) {
    slides.push({
      id: 'next',
      title: `Next step: ${next.title}`,
      body: () => (
        <>
          {next.rationale && <p className="slide-narrative">{next.rationale}</p>}
          <ul className="slide-checklist">
            {next.checklist.map((c) => (
              <li key={c.id} className={c.done ? 'done' : ''}>
                {c.label}
              </li>
            ))}
          </ul>
        </>
      ),
      notes: notes(
        next.rationale,
        `${next.checklist.filter((c) => c.done).length} of ${countNoun(next.checklist.length, 'checklist item')} done.`,
      ),
    });
  }
  return slides;
}

/** What got better and what worse from one design to the other, in the KPI tables' words. */
function changesNote(a: StepKpis, b: StepKpis): string {
  const by = (verdict: string): string[] =>
    kpiColumnsFor([a, b])
      .filter((c) => kpiChange(a, b, c).verdict === verdict)
      .map((c) => c.label.toLowerCase());
  const better = by('better');
  const worse = [...by('worse'), ...by('tradeoff')];
  return [
    better.length > 0 ? `Better: ${better.join(', ')}.` : 'Nothing got better.',
    worse.length > 0 ? `Worse: ${worse.join(', ')}.` : 'Nothing got worse.',
  ].join(' ');
}

/**
 * The as-is at its worst moment (models/figures/worst-moment.ts): the bucket where most users
 * were let down. Every figure is the chart's value at that bucket.
 */
function WorstMoment({
  result,
  variant,
  project,
  nodeName,
  diagramId,
}: {
  result: SimulationResult;
  variant: Variant;
  project: Project;
  nodeName: (id: string) => string;
  diagramId: string;
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
      <Diagram variant={variant} id={diagramId} notes={momentNotes(result, moment)} />
    </>
  );
}

/** The minute around the as-is's worst moment, today against the target. */
function WorstMinute({
  asIs,
  toBe,
  project,
}: {
  asIs: { variant: Variant; result: SimulationResult };
  toBe: { variant: Variant; result: SimulationResult };
  project: Project;
}) {
  const moment = worstMoment(asIs.result.series, asIs.result.warmupS);
  if (!moment) return <p className="slide-lede">No request finished after the warm-up.</p>;
  return (
    <WorstMinuteCharts
      asIs={{ label: asIs.variant.name, result: asIs.result }}
      toBe={{ label: toBe.variant.name, result: toBe.result }}
      momentS={moment.startS}
      latencyTargetMs={project.slo.latencyTargetMs}
    />
  );
}
