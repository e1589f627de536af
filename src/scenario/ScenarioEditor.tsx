// Choose, create and edit the project's scenarios: the timeline (duration, warm-up), the load
// per client with a live preview, the faults on the same time axis, seed and replications.
import type { LoadShape, Scenario } from '../../models/types';
import { LoadShapePreview } from '../charts/LoadShapePreview';
import type { FaultableNode } from '../results/node-names';
import { defaultShape } from './default-shapes';
import { FaultFields } from './FaultFields';
import { LoadShapeFields } from './LoadShapeFields';
import { NumberField } from '../controls/NumberField';
import { ScenarioActions } from './ScenarioActions';
import './scenario.css';

interface ScenarioEditorProps {
  scenarios: readonly Scenario[];
  selectedId: string | null;
  onSelect: (id: string) => void;
  /** Replaces the scenario with this id. */
  onSave: (scenario: Scenario) => void;
  clients: readonly { id: string; name: string }[];
  /** Nodes a fault may hit, each with the variants that have it. */
  nodes: readonly FaultableNode[];
  variantCount: number;
  nodeName: (id: string) => string;
}

export function ScenarioEditor({
  scenarios,
  selectedId,
  onSelect,
  onSave,
  clients,
  nodes,
  variantCount,
  nodeName,
}: ScenarioEditorProps) {
  const scenario = scenarios.find((s) => s.id === selectedId) ?? null;
  return (
    <section className="scenario-editor" aria-label="Scenario editor">
      <div className="scenario-picker">
        <label className="sim-field">
          <span className="sim-field-label">Scenario</span>
          <select
            value={selectedId ?? ''}
            onChange={(e) => onSelect(e.currentTarget.value)}
            aria-label="Scenario"
          >
            {scenario === null && <option value="">— choose —</option>}
            {scenarios.map((s) => (
              <option key={s.id} value={s.id}>
                {s.name}
              </option>
            ))}
          </select>
        </label>
      </div>
      <ScenarioActions />
      {scenario && (
        <ScenarioFields
          scenario={scenario}
          onSave={onSave}
          clients={clients}
          nodes={nodes}
          variantCount={variantCount}
          nodeName={nodeName}
        />
      )}
    </section>
  );
}

interface ScenarioFieldsProps {
  scenario: Scenario;
  onSave: (s: Scenario) => void;
  clients: readonly { id: string; name: string }[];
  nodes: readonly FaultableNode[];
  variantCount: number;
  nodeName: (id: string) => string;
}

function ScenarioFields({
  scenario,
  onSave,
  clients,
  nodes,
  variantCount,
  nodeName,
}: ScenarioFieldsProps) {
  const set = (patch: Partial<Scenario>): void => onSave({ ...scenario, ...patch });
  const shapeOf = (client: string): LoadShape | null =>
    scenario.load.find((l) => l.client === client)?.shape ?? null;
  const setShape = (client: string, shape: LoadShape | null): void => {
    if (!shape) set({ load: scenario.load.filter((l) => l.client !== client) });
    else if (shapeOf(client))
      set({ load: scenario.load.map((l) => (l.client === client ? { client, shape } : l)) });
    else set({ load: [...scenario.load, { client, shape }] });
  };
  return (
    <>
      <div className="scenario-settings">
        <label className="sim-field sim-field-wide">
          <span className="sim-field-label">Name</span>
          <input
            value={scenario.name}
            aria-label="Scenario name"
            onChange={(e) => e.currentTarget.value.trim() && set({ name: e.currentTarget.value })}
          />
        </label>
        <NumberField
          layout="inline"
          label="Duration"
          unit="s"
          min={1}
          value={scenario.durationS}
          onCommit={(durationS) =>
            set({ durationS, warmupS: Math.min(scenario.warmupS, durationS - 1) })
          }
        />
        <NumberField
          layout="inline"
          label="Warm-up"
          unit="s"
          min={0}
          max={scenario.durationS - 1}
          value={scenario.warmupS}
          onCommit={(warmupS) => set({ warmupS })}
        />
        <NumberField
          layout="inline"
          label="Seed"
          integer
          min={0}
          value={scenario.seed}
          onCommit={(seed) => set({ seed })}
        />
        <NumberField
          layout="inline"
          label="Replications"
          integer
          min={1}
          max={30}
          value={scenario.replications}
          onCommit={(replications) => set({ replications })}
        />
      </div>
      {scenario.description && <p className="scenario-description">{scenario.description}</p>}
      <LoadShapePreview
        load={scenario.load}
        faults={scenario.faults}
        durationS={scenario.durationS}
        warmupS={scenario.warmupS}
        nodeName={nodeName}
      />
      <div className="scenario-load">
        {clients.map((c) => {
          const shape = shapeOf(c.id);
          return shape ? (
            <div key={c.id} className="scenario-client">
              <LoadShapeFields
                clientName={c.name}
                shape={shape}
                durationS={scenario.durationS}
                onChange={(s) => setShape(c.id, s)}
              />
              <button type="button" className="sim-link" onClick={() => setShape(c.id, null)}>
                No traffic from {c.name}
              </button>
            </div>
          ) : (
            <button
              key={c.id}
              type="button"
              onClick={() => setShape(c.id, defaultShape('constant', null, scenario.durationS))}
            >
              Add traffic from {c.name}
            </button>
          );
        })}
      </div>
      <FaultFields
        faults={scenario.faults}
        nodes={nodes}
        variantCount={variantCount}
        durationS={scenario.durationS}
        onChange={(faults) => set({ faults })}
      />
    </>
  );
}
