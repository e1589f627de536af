// The Roadmap view: the ordered steps from as-is to to-be with their rationale, owner and
// checklist; reorder (drag or arrows), merge, split, rename; simulate every intermediate system in
// the worker and show the trajectory; suggest an order; export Markdown, HTML and JSON.
import { useMemo, useRef, useState } from 'react';
import { createStore, useStore } from 'zustand';
import { applyChanges } from '../../models/changes';
import { describeChange } from '../../models/roadmap/describe-change';
import { roadmapHtml } from '../../models/roadmap/export-html';
import { roadmapJson } from '../../models/roadmap/export-json';
import { roadmapMarkdown } from '../../models/roadmap/export-markdown';
import { KPI_COLUMNS, kpiChange, kpiText } from '../../models/roadmap/format-kpi';
import { mergeSteps } from '../../models/roadmap/merge-steps';
import type { StepKpis } from '../../models/roadmap/step-kpis';
import { findVariant } from '../../models/roadmap/plan';
import { renameStep } from '../../models/roadmap/rename-step';
import { reorderSteps } from '../../models/roadmap/reorder-steps';
import { simulateRoadmap, type SimulateLike } from '../../models/roadmap/simulate-roadmap';
import { splitStep } from '../../models/roadmap/split-step';
import type { StepEdit } from '../../models/roadmap/step-edit';
import {
  SUGGEST_CRITERION,
  suggestOrder,
  type SuggestedOrder,
} from '../../models/roadmap/suggest-order';
import type { RoadmapExportInput } from '../../models/roadmap/roadmap-document';
import type { RoadmapStep, Variant } from '../../models/types';
import { capacityReport } from '../capacity/capacity-report';
import { useCapacityStore } from '../capacity/capacity-store';
import { downloadText } from '../export/download-text';
import { safePlan } from '../roadmap/safe-plan';
import { trajectoryKey, useRoadmapRunStore } from '../roadmap/roadmap-run-store';
import { roadmapScenario } from '../roadmap/roadmap-scenario';
import { RoadmapStatus } from '../roadmap/RoadmapStatus';
import { StepCard } from '../roadmap/StepCard';
import { TrajectoryPanel } from '../roadmap/TrajectoryPanel';
import { workerSimulate } from '../roadmap/worker-simulate';
import type { BatchProgress } from '../simulation/progress';
import { RunCancelledError } from '../simulation/worker-client';
import { formatDuration } from '../results/format';
import { useProjectStore } from '../store/project-store';
import '../roadmap/roadmap.css';
import { countNoun } from '../../models/count-noun';
import { ScenarioSelect } from '../scenario/ScenarioSelect';

function changeTexts(base: Variant, steps: readonly RoadmapStep[]): string[][] {
  let current = base;
  return steps.map((s) =>
    s.changes.map((c) => {
      const next = applyChanges(current, [c]);
      const text = describeChange(c, current, next);
      current = next;
      return text;
    }),
  );
}

const orderKey = trajectoryKey;

/** "Success rate 75.2 % → 100 % (+24.8 points) · …": what one step did. */
function effectText(before: StepKpis, after: StepKpis): string {
  return KPI_COLUMNS.filter((c) => c.key !== 'peakUtilization')
    .map((c) => {
      const change = kpiChange(before, after, c);
      return `${c.label} ${kpiText(before, c)} → ${kpiText(after, c)} (${change.changeText})`;
    })
    .join(' · ');
}

/** "Simulating 7 systems, 2 at a time: 3 done, 45 % · about 6 s left". */
function roadmapProgressText(p: BatchProgress, workers: number): string {
  const left = p.etaS === null ? '' : ` · about ${formatDuration(p.etaS)} left`;
  const side = Math.min(workers, p.runs) > 1 ? `, ${Math.min(workers, p.runs)} at a time` : '';
  return `Simulating ${countNoun(p.runs, 'system')}${side}: ${p.done} done, ${Math.floor(p.fraction * 100)} %${left}`;
}

export function RoadmapView() {
  const project = useProjectStore((s) => s.project);
  const updateProject = useProjectStore((s) => s.updateProject);
  const capacitySweeps = useCapacityStore((s) => s.sweeps);
  const planned = useMemo(() => safePlan(project), [project]);
  const storedScenario = useRoadmapRunStore((s) => s.scenarioId);
  const setScenarioId = useRoadmapRunStore((s) => s.setScenarioId);
  const scenarioId = roadmapScenario(project, storedScenario)?.id ?? '';
  const trajectory = useRoadmapRunStore((s) => s.trajectory);
  const setTrajectory = useRoadmapRunStore((s) => s.setTrajectory);
  // The status line's text lives in a store of its own: only RoadmapStatus follows it.
  const [status] = useState(() => createStore<{ text: string | null }>()(() => ({ text: null })));
  const busy = useStore(status, (s) => s.text !== null);
  const setProgress = (text: string | null): void => status.setState({ text });
  const [message, setMessage] = useState<string | null>(null);
  const [suggestion, setSuggestion] = useState<SuggestedOrder | null>(null);
  const cancelRun = useRef<(() => void) | null>(null);
  /** The latest run's number: an older run's outcome is no longer the view's. */
  const runId = useRef(0);
  const dragFrom = useRef<number | null>(null);

  if ('error' in planned) {
    return (
      <div className="roadmap-view">
        <p role="alert">{planned.error}</p>
      </div>
    );
  }
  const { plan, base } = planned;
  const texts = changeTexts(base, plan.steps);
  const scenario = project.scenarios.find((s) => s.id === scenarioId) ?? null;
  const current =
    trajectory && trajectory.key === orderKey(plan.steps, scenarioId) ? trajectory.points : null;

  const save = (steps: RoadmapStep[]): void =>
    updateProject((p) => ({ ...p, roadmap: { from: plan.from, to: plan.to, steps } }));

  /**
   * Starts a worker run as the view's only one: a run already going is cancelled first (a
   * reorder restarts the simulation), and only the latest run may report, so a run replaced by
   * a newer one or cancelled by the user ends quietly instead of as a failure.
   */
  async function exclusiveRun(
    label: string,
    work: (simulate: SimulateLike, isLatest: () => boolean) => Promise<void>,
    onProgress?: (p: BatchProgress, workers: number) => void,
  ): Promise<void> {
    cancelRun.current?.();
    const id = ++runId.current;
    const run = workerSimulate(
      onProgress && ((p) => id === runId.current && onProgress(p, run.workers)),
    );
    cancelRun.current = run.cancel;
    try {
      await work(run.simulate, () => id === runId.current);
    } catch (e) {
      if (id === runId.current && !(e instanceof RunCancelledError))
        setMessage(`${label}: ${e instanceof Error ? e.message : String(e)}`);
    } finally {
      run.cancel();
      if (id === runId.current) {
        cancelRun.current = null;
        setProgress(null);
      }
    }
  }

  async function simulateSteps(steps: RoadmapStep[]): Promise<void> {
    if (!scenario) return;
    setProgress(`Simulating ${countNoun(steps.length + 1, 'system')}…`);
    await exclusiveRun(
      'The simulation failed',
      async (simulate, isLatest) => {
        const points = await simulateRoadmap(project, { ...plan, steps }, scenario.id, simulate);
        if (!isLatest()) return;
        setTrajectory({ key: orderKey(steps, scenario.id), points });
        setMessage(null);
      },
      (p, workers) => setProgress(roadmapProgressText(p, workers)),
    );
  }

  function apply(edit: StepEdit, resimulate = false): void {
    if (!edit.ok) {
      setMessage(edit.explanation);
      return;
    }
    setMessage(null);
    setSuggestion(null);
    save(edit.steps);
    if (resimulate && trajectory) void simulateSteps(edit.steps);
  }

  async function suggest(): Promise<void> {
    if (!scenario) return;
    setProgress('Ranking the steps by simulated gain…');
    await exclusiveRun('The suggestion failed', async (simulate, isLatest) => {
      const suggested = await suggestOrder(project, plan, scenario.id, simulate);
      if (isLatest()) setSuggestion(suggested);
    });
  }

  const capacity = capacityReport(project, capacitySweeps, [plan.from, plan.to]);
  const exportInput = (): RoadmapExportInput => ({
    project,
    plan,
    ...(current && scenario
      ? { kpis: current.map((p) => p.kpis), scenario: { id: scenario.id } }
      : {}),
    ...(capacity ? { capacity } : {}),
  });
  const baseName = project.name.replace(/[^A-Za-z0-9_-]+/g, '-').toLowerCase() || 'roadmap';

  return (
    <div className="roadmap-view" data-testid="roadmap-view">
      <header className="roadmap-toolbar">
        <h2>
          Roadmap: {findVariant(project, plan.from).name} → {findVariant(project, plan.to).name}
        </h2>
        <label>
          Scenario{' '}
          <ScenarioSelect
            scenarios={project.scenarios}
            value={scenarioId}
            onChange={setScenarioId}
          />
        </label>
        <button
          type="button"
          className="primary"
          disabled={!scenario || busy}
          onClick={() => void simulateSteps(plan.steps)}
        >
          Simulate roadmap
        </button>
        <button
          type="button"
          title={SUGGEST_CRITERION}
          disabled={!scenario || busy || plan.steps.length < 2}
          onClick={() => void suggest()}
        >
          Suggest order
        </button>
        <RoadmapStatus store={status} onCancel={() => cancelRun.current?.()} />
        <span className="roadmap-spacer" />
        <button
          type="button"
          onClick={() =>
            downloadText(`${baseName}-roadmap.md`, roadmapMarkdown(exportInput()), 'text/markdown')
          }
        >
          Export Markdown
        </button>
        <button
          type="button"
          onClick={() =>
            downloadText(`${baseName}-roadmap.html`, roadmapHtml(exportInput()), 'text/html')
          }
        >
          Export HTML
        </button>
        <button
          type="button"
          onClick={() =>
            downloadText(`${baseName}-roadmap.json`, roadmapJson(exportInput()), 'application/json')
          }
        >
          Export JSON
        </button>
      </header>
      {message && (
        <p className="roadmap-message" role="alert" data-testid="roadmap-message">
          {message}
        </p>
      )}
      {plan.dropped.length > 0 && (
        <p className="roadmap-message">
          Saved steps left out:{' '}
          {plan.dropped.map((d) => `${d.step.title} (${d.reason})`).join('; ')}
        </p>
      )}
      {suggestion && (
        <section className="roadmap-suggestion" data-testid="roadmap-suggestion">
          <h3>Suggested order</h3>
          <p className="roadmap-criterion">{SUGGEST_CRITERION}</p>
          <ol>
            {suggestion.steps.map((s) => (
              <li key={s.id}>{s.title}</li>
            ))}
          </ol>
          <button
            type="button"
            className="primary"
            onClick={() => apply({ ok: true, steps: suggestion.steps }, true)}
          >
            Accept this order
          </button>
          <button type="button" onClick={() => setSuggestion(null)}>
            Dismiss
          </button>
        </section>
      )}
      <div className="roadmap-body">
        <ol className="roadmap-steps" aria-label="Steps">
          {plan.steps.length === 0 && <li>The two variants are the same: nothing to do.</li>}
          {plan.steps.map((s, i) => (
            <StepCard
              key={`${s.id}:${s.title}`}
              step={s}
              index={i}
              count={plan.steps.length}
              changes={texts[i]!}
              effect={current ? effectText(current[i]!.kpis, current[i + 1]!.kpis) : undefined}
              onRename={(t) => apply(renameStep(plan.steps, i, t))}
              onOwner={(owner) => save(plan.steps.map((x, k) => (k === i ? { ...x, owner } : x)))}
              onToggle={(item) =>
                save(
                  plan.steps.map((x, k) =>
                    k === i
                      ? {
                          ...x,
                          checklist: x.checklist.map((c) =>
                            c.id === item ? { ...c, done: !c.done } : c,
                          ),
                        }
                      : x,
                  ),
                )
              }
              onMove={(to) => apply(reorderSteps(base, plan.steps, i, to), true)}
              onMergeNext={() => apply(mergeSteps(base, plan.steps, i, i + 1), true)}
              onSplit={() => apply(splitStep(base, plan.steps, i), true)}
              onDragStart={() => (dragFrom.current = i)}
              onDrop={() => {
                const from = dragFrom.current;
                dragFrom.current = null;
                if (from !== null && from !== i)
                  apply(reorderSteps(base, plan.steps, from, i), true);
              }}
            />
          ))}
        </ol>
        <div className="roadmap-side">
          {current ? (
            <TrajectoryPanel points={current} />
          ) : (
            <p className="roadmap-hint">
              “Simulate roadmap” runs {scenario ? `“${scenario.name}”` : 'the scenario'} on today’s
              system and after every step, with the same seed, and shows p99 latency, error rate,
              peak utilisation and peak backlog after each.
            </p>
          )}
        </div>
      </div>
    </div>
  );
}
