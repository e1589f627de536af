// The Compare view's content: any two variants under one scenario and seed, run together, then
// the KPI table, side-by-side charts on shared axes and both cascades; below, how far each goes
// (the capacity sweep).
import { useDeferredValue, useMemo, useState } from 'react';
import type { Project } from '../../models/types';
import { CapacityPanel } from '../capacity/CapacityPanel';
import { CompareResults } from '../results/CompareResults';
import { nodeNamer } from '../results/node-names';
import { NumberField } from '../controls/NumberField';
import { RunControls } from '../simulation/RunControls';
import { isStale, runKey, useRunsStore } from '../simulation/runs-store';
import { ScenarioSelect } from '../scenario/ScenarioSelect';

export interface ComparePanelProps {
  project: Project;
}

export function ComparePanel({ project }: ComparePanelProps) {
  const ids = project.variants.map((v) => v.id);
  const [aId, setA] = useState(ids.includes('as-is') ? 'as-is' : ids[0]!);
  const [bId, setB] = useState(ids.includes('to-be') ? 'to-be' : (ids[1] ?? ids[0]!));
  const chosen = useRunsStore((s) => s.scenarioId);
  const setScenarioId = useRunsStore((s) => s.selectScenario);
  const scenario = project.scenarios.find((s) => s.id === chosen) ?? project.scenarios[0] ?? null;
  const scenarioId = scenario?.id ?? '';
  // The scenario's own seed unless the user picks another here.
  const [seedOverride, setSeed] = useState<{ scenario: string; seed: number } | null>(null);
  const seed = seedOverride?.scenario === scenarioId ? seedOverride.seed : (scenario?.seed ?? 1);
  const results = useRunsStore((s) => s.results);
  const request = useRunsStore((s) => s.request);
  const start = useRunsStore((s) => s.start);
  const nodeName = useMemo(() => nodeNamer(project), [project]);
  const va = project.variants.find((v) => v.id === aId) ?? null;
  const vb = project.variants.find((v) => v.id === bId) ?? null;
  // New results render at transition priority, in slices, so drawing them never blocks input.
  const deferred = useDeferredValue(results);
  const ra = scenario ? deferred[runKey(aId, scenario.id)] : undefined;
  const rb = scenario ? deferred[runKey(bId, scenario.id)] : undefined;
  const ready = va && vb && scenario && ra && rb && ra.seed === seed && rb.seed === seed;
  const blocker =
    project.variants.length < 2
      ? 'The project has one variant: add another to compare.'
      : aId === bId
        ? 'Choose two different variants.'
        : scenario === null
          ? 'Choose a scenario.'
          : null;
  const variantName = (id: string): string => project.variants.find((v) => v.id === id)?.name ?? id;

  const select = (label: string, value: string, onChange: (v: string) => void) => (
    <label className="sim-field">
      <span className="sim-field-label">{label}</span>
      <select value={value} onChange={(e) => onChange(e.currentTarget.value)} aria-label={label}>
        {project.variants.map((v) => (
          <option key={v.id} value={v.id}>
            {v.name}
          </option>
        ))}
      </select>
    </label>
  );

  return (
    <div>
      <div className="compare-pickers">
        {select('Baseline', aId, setA)}
        {select('Compared with', bId, setB)}
        <label className="sim-field">
          <span className="sim-field-label">Scenario</span>
          <ScenarioSelect
            scenarios={project.scenarios}
            value={scenarioId}
            onChange={setScenarioId}
          />
        </label>
        <NumberField
          layout="inline"
          label="Seed"
          integer
          min={0}
          value={seed}
          onCommit={(v) => setSeed({ scenario: scenarioId, seed: v })}
        />
      </div>
      <RunControls
        blocker={blocker}
        runLabels={(request?.variants ?? [aId, bId]).map(variantName)}
        onRun={() => {
          if (scenario)
            void start(project, {
              variants: [aId, bId],
              scenario: scenario.id,
              seed,
              replications: 1,
            });
        }}
      />
      {ready ? (
        <CompareResults
          key={`${aId}:${bId}:${ra.wallMs}:${rb.wallMs}`}
          a={{ variant: va, result: ra.result, stale: isStale(ra, project) }}
          b={{ variant: vb, result: rb.result, stale: isStale(rb, project) }}
          scenario={scenario}
          nodeName={nodeName}
          slo={project.slo}
        />
      ) : (
        <p className="results-empty">
          Run both variants under the same scenario and seed to compare them.
        </p>
      )}
      {va && vb && scenario && (
        <CapacityPanel
          project={project}
          a={va}
          b={vb}
          scenario={scenario}
          seed={seed}
          blocker={blocker}
        />
      )}
    </div>
  );
}
