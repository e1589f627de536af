// The migration advisor in the app: a variant (the as-is by default) under a scenario (the
// busiest by default), every change of the catalogue simulated in the worker and ranked, then the
// greedy plan; progress with the time left and Cancel; "Apply plan" adds the proposed variant and
// its roadmap as one undoable step. docs/advisor.md.
import { useState } from 'react';
import { busiestScenario } from '../../models/busiest-scenario';
import { objectiveTexts } from '../../models/slo/evaluate-slo';
import type { Project } from '../../models/types';
import { NO_MESSAGE_AGE_NOTE } from '../../simulator/advisor/advice-words';
import { NumberField } from '../controls/NumberField';
import { RunButton } from '../controls/RunButton';
import { formatDuration } from '../results/format';
import { ScenarioSelect } from '../scenario/ScenarioSelect';
import { JobEnding } from '../simulation/JobEnding';
import { JobProgress } from '../simulation/JobProgress';
import { useUiStore } from '../store/ui-store';
import { adviceFingerprint } from './advice-fingerprint';
import { AdvicePlan } from './AdvicePlan';
import { AdviceTable } from './AdviceTable';
import { useAdvisorStore, type AdvisorProgress } from './advisor-store';
import { applyPlan } from './apply-plan';
import './advisor.css';

/** The plan stops after this many changes unless the user allows more (the CLI's default). */
const DEFAULT_MAX_STEPS = 5;

function defaultVariant(project: Project, active: string | null): string {
  const ids = project.variants.map((v) => v.id);
  if (ids.includes('as-is')) return 'as-is';
  return active && ids.includes(active) ? active : ids[0]!;
}

function progressText(p: AdvisorProgress): string {
  const eta = p.etaS !== null ? ` · about ${formatDuration(p.etaS)} left` : '';
  return p.planned > 0
    ? `Simulated ${Math.floor(p.done)} of at most ${p.planned} designs${eta}`
    : 'Starting the advisor…';
}

export function AdvisorPanel({ project }: { project: Project }) {
  const activeVariant = useUiStore((s) => s.variantId);
  const setView = useUiStore((s) => s.setView);
  const setVariantId = useUiStore((s) => s.setVariantId);
  const status = useAdvisorStore((s) => s.status);
  const progress = useAdvisorStore((s) => s.progress);
  const error = useAdvisorStore((s) => s.error);
  const record = useAdvisorStore((s) => s.record);
  const start = useAdvisorStore((s) => s.start);
  const cancel = useAdvisorStore((s) => s.cancel);
  const [variantId, setVariant] = useState(
    () => record?.advice.variant ?? defaultVariant(project, activeVariant),
  );
  const [scenarioId, setScenario] = useState(
    () => record?.advice.scenario ?? busiestScenario(project)?.id ?? project.scenarios[0]?.id ?? '',
  );
  const variant = project.variants.find((v) => v.id === variantId) ?? project.variants[0]!;
  // The chosen scenario, or the busiest once the chosen one is deleted.
  const scenario =
    project.scenarios.find((s) => s.id === scenarioId) ?? busiestScenario(project) ?? null;
  // The scenario's own seed and replications unless the user picks others here.
  const [seed, setSeed] = useState<number | null>(null);
  const [replications, setReplications] = useState<number | null>(null);
  const [maxSteps, setMaxSteps] = useState(DEFAULT_MAX_STEPS);
  const appliedAs = useAdvisorStore((s) => s.applied);
  const setAppliedAs = useAdvisorStore((s) => s.setApplied);
  const running = status === 'running';
  const blocker = scenario === null ? 'The project has no scenario: add one to advise on.' : null;

  const advice = record?.advice ?? null;
  const adviceVariant = advice ? project.variants.find((v) => v.id === advice.variant) : undefined;
  const stale =
    record !== null &&
    (adviceVariant === undefined ||
      adviceFingerprint(project, record.advice.variant, record.advice.scenario) !==
        record.fingerprint);
  const applied = appliedAs !== null && appliedAs.project === project;
  const applyBlocker =
    advice === null
      ? null
      : applied
        ? `Applied: the project has the variant “${project.variants.find((v) => v.id === appliedAs.id)?.name ?? appliedAs.id}”. Undo removes it.`
        : stale
          ? 'The model changed since this advice: run the advisor again before applying its plan.'
          : advice.plan.length === 0
            ? 'The plan makes no change: there is nothing to apply.'
            : null;

  const run = (): void => {
    if (!scenario) return;
    void start(project, {
      variant: variant.id,
      scenario: scenario.id,
      seed: seed ?? scenario.seed,
      replications: replications ?? Math.max(1, scenario.replications),
      maxSteps,
    });
  };

  return (
    <section className="advisor" aria-label="Migration advisor">
      <h3 className="advisor-title">Migration advisor: which change buys the most?</h3>
      <p className="sim-field-hint">
        Tries every transformation on every node or edge it applies to, simulates each design under
        the scenario (the same seeds for all), ranks them against the project’s objectives, then
        looks for the shortest plan that meets them.
      </p>
      <div className="advisor-controls">
        <label className="sim-field">
          <span className="sim-field-label">Variant</span>
          <select
            aria-label="Variant"
            value={variant.id}
            onChange={(e) => setVariant(e.currentTarget.value)}
          >
            {project.variants.map((v) => (
              <option key={v.id} value={v.id}>
                {v.name}
              </option>
            ))}
          </select>
        </label>
        <label className="sim-field">
          <span className="sim-field-label">Scenario</span>
          <ScenarioSelect
            scenarios={project.scenarios}
            value={scenario?.id ?? ''}
            onChange={(id) => {
              setScenario(id);
              setSeed(null);
              setReplications(null);
            }}
          />
        </label>
        <NumberField
          layout="inline"
          label="Replications"
          integer
          value={replications ?? Math.max(1, scenario?.replications ?? 1)}
          min={1}
          max={20}
          onCommit={setReplications}
        />
        <NumberField
          layout="inline"
          label="Seed"
          integer
          min={0}
          value={seed ?? scenario?.seed ?? 1}
          onCommit={setSeed}
        />
        <NumberField
          layout="inline"
          label="Most changes"
          integer
          value={maxSteps}
          min={1}
          max={50}
          onCommit={setMaxSteps}
        />
        <RunButton
          running={running}
          blocker={blocker}
          onRun={run}
          onCancel={cancel}
          runLabel="Run the advisor"
          cancelLabel="Cancel advisor"
        />
      </div>
      {blocker && <p className="sim-field-hint">{blocker}</p>}
      {running && progress && (
        <JobProgress label="Advisor progress" fraction={progress.fraction}>
          {progressText(progress)}
        </JobProgress>
      )}
      <JobEnding
        status={status}
        error={error}
        cancelledText="Advisor cancelled. The project is unchanged; the previous advice, if any, is shown."
        failedText="The advisor failed"
      />
      {advice ? (
        <div className="advice" data-testid="advice">
          <p className="advice-heading">
            {adviceVariant?.name ?? advice.variant} under{' '}
            {project.scenarios.find((s) => s.id === advice.scenario)?.name ?? advice.scenario} ·{' '}
            {advice.replications} replication{advice.replications === 1 ? '' : 's'} per design, seed
            {advice.replications === 1
              ? ` ${advice.seed}`
              : `s ${advice.seed}–${advice.seed + advice.replications - 1}`}
          </p>
          <p className="sim-field-hint">Objectives: {objectiveTexts(advice.slo).join('; ')}</p>
          {stale && (
            <p className="run-status">
              The model changed since this advice: run the advisor again for current numbers.
            </p>
          )}
          <AdvicePlan
            advice={advice}
            blocker={applyBlocker}
            onApply={() => {
              const added = applyPlan(advice);
              setAppliedAs({ project: added.project, id: added.id });
            }}
          />
          {applied && (
            <div className="advice-next">
              <button
                type="button"
                className="link"
                onClick={() => {
                  setVariantId(appliedAs.id);
                  setView('edit');
                }}
              >
                Open the new variant
              </button>
              <button type="button" className="link" onClick={() => setView('roadmap')}>
                Open the roadmap
              </button>
            </div>
          )}
          <h4 className="advice-subtitle">
            Each change alone, best first ({advice.ranking.length} tried)
          </h4>
          <AdviceTable advice={advice} />
          {advice.slo.maxMessageAgeMs === null && (
            <p className="sim-field-hint">{NO_MESSAGE_AGE_NOTE}</p>
          )}
        </div>
      ) : (
        !running && (
          <p className="results-empty">
            Run the advisor to see which change buys the most and a plan that meets the objectives.
          </p>
        )
      )}
    </section>
  );
}
