// The Simulate view's content: the scenario editor and run controls on the left, the results of
// the chosen variant on the right. Reads the project through props so that it does not depend
// on how the editor stores it.
import { useDeferredValue, useMemo, useState } from 'react';
import type { Project, Scenario, Slo } from '../../models/types';
import { faultableNodes, nodeNamer, projectClients } from '../results/node-names';
import { ResultsDashboard } from '../results/ResultsDashboard';
import { ScenarioEditor } from '../scenario/ScenarioEditor';
import { SloFields } from '../slo/SloFields';
import { RunControls, type RunTarget } from '../simulation/RunControls';
import { isStale, runKey, useRunsStore } from '../simulation/runs-store';

export interface SimulatePanelProps {
  project: Project;
  currentVariantId: string;
  onSaveScenario: (scenario: Scenario) => void;
  onSaveSlo: (slo: Slo) => void;
}

export function defaultScenarioId(project: Project): string | null {
  return project.scenarios[0]?.id ?? null;
}

export function SimulatePanel({
  project,
  currentVariantId,
  onSaveScenario,
  onSaveSlo,
}: SimulatePanelProps) {
  const chosen = useRunsStore((s) => s.scenarioId);
  const setScenarioId = useRunsStore((s) => s.selectScenario);
  const scenarioId =
    chosen !== null && project.scenarios.some((s) => s.id === chosen)
      ? chosen
      : defaultScenarioId(project);
  const [target, setTarget] = useState<RunTarget>('current');
  const [shownVariant, setShownVariant] = useState<string | null>(null);
  const results = useRunsStore((s) => s.results);
  const request = useRunsStore((s) => s.request);
  const start = useRunsStore((s) => s.start);
  const nodeName = useMemo(() => nodeNamer(project), [project]);
  const clients = useMemo(() => projectClients(project), [project]);
  const nodes = useMemo(() => faultableNodes(project), [project]);

  const scenario = project.scenarios.find((s) => s.id === scenarioId) ?? null;
  const current = project.variants.find((v) => v.id === currentVariantId) ?? project.variants[0]!;
  const runVariants =
    target === 'both' ? project.variants.slice(0, 2).map((v) => v.id) : [current.id];
  const blocker =
    scenario === null
      ? 'Choose or create a scenario first.'
      : scenario.load.length === 0
        ? 'The scenario sends no traffic: add a load.'
        : null;
  const variantName = (id: string): string => project.variants.find((v) => v.id === id)?.name ?? id;

  const withResults = scenario
    ? project.variants.filter((v) => results[runKey(v.id, scenario.id)])
    : [];
  const shown =
    withResults.find((v) => v.id === shownVariant) ??
    withResults.find((v) => v.id === current.id) ??
    withResults[0] ??
    null;
  const latestRecord = shown && scenario ? results[runKey(shown.id, scenario.id)]! : null;
  // New results render at transition priority, in slices, so drawing them never blocks input.
  const record = useDeferredValue(latestRecord);

  return (
    <div className="simulate-layout">
      <div className="simulate-left">
        <RunControls
          target={target}
          onTargetChange={setTarget}
          canRunBoth={project.variants.length >= 2}
          blocker={blocker}
          runLabels={(request?.variants ?? runVariants).map(variantName)}
          onRun={() => {
            if (!scenario) return;
            setShownVariant(runVariants[0]!);
            void start(project, {
              variants: runVariants,
              scenario: scenario.id,
              seed: scenario.seed,
              replications: scenario.replications,
            });
          }}
        />
        <ScenarioEditor
          scenarios={project.scenarios}
          selectedId={scenarioId}
          onSelect={setScenarioId}
          onSave={onSaveScenario}
          clients={clients}
          nodes={nodes}
          variantCount={project.variants.length}
          nodeName={nodeName}
        />
        <details className="slo-editor">
          <summary>Objectives (SLOs)</summary>
          <SloFields slo={project.slo} onChange={onSaveSlo} />
        </details>
      </div>
      <div>
        {withResults.length > 1 && (
          <div className="results-switch" role="tablist" aria-label="Results of variant">
            {withResults.map((v) => (
              <button
                key={v.id}
                role="tab"
                type="button"
                aria-selected={v.id === shown?.id}
                onClick={() => setShownVariant(v.id)}
              >
                {v.name}
              </button>
            ))}
          </div>
        )}
        {record &&
        shown &&
        scenario &&
        record.variant === shown.id &&
        record.scenario === scenario.id ? (
          <ResultsDashboard
            key={`${shown.id}:${record.result.seed}:${record.wallMs}`}
            result={record.result}
            replicated={record.replicated}
            variant={shown}
            scenario={scenario}
            stale={isStale(record, project)}
            nodeName={nodeName}
            slo={project.slo}
          />
        ) : (
          <p className="results-empty">
            {scenario
              ? `No results yet for “${scenario.name}”. Press “Run simulation”.`
              : 'Choose a scenario to simulate.'}
          </p>
        )}
      </div>
    </div>
  );
}
