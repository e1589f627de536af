// The scenario's faults: add, edit and remove outages, slowdowns and error bursts on a node.
import { FAULT_TYPES, faultEffect, kindLabel } from '../../models/kinds/node-kinds';
import type { Fault } from '../../models/types';
import type { FaultableNode } from '../results/node-names';
import { NumberField } from '../controls/NumberField';

interface FaultFieldsProps {
  faults: readonly Fault[];
  /** Nodes a fault may hit, each with the variants that have it. */
  nodes: readonly FaultableNode[];
  /** How many variants the project has (a node in fewer is named with the ones it is in). */
  variantCount: number;
  durationS: number;
  onChange: (faults: Fault[]) => void;
}

function retype(f: Fault, type: Fault['type']): Fault {
  const base = { node: f.node, startS: f.startS, endS: f.endS };
  if (type === 'slowdown') return { type, ...base, factor: f.type === 'slowdown' ? f.factor : 5 };
  if (type === 'errors') return { type, ...base, rate: f.type === 'errors' ? f.rate : 0.5 };
  if (type === 'partialOutage')
    return { type, ...base, share: f.type === 'partialOutage' ? f.share : 0.5 };
  return { type, ...base };
}

const TYPE_LABELS: Record<Fault['type'], string> = {
  outage: 'Outage',
  partialOutage: 'Partial outage (partitions)',
  slowdown: 'Slowdown',
  errors: 'Errors',
  coldStart: 'Cold start (cache restart)',
};

/** The fault types the node's kinds can suffer, from the node-kind registry (all for an unknown node). */
function typesFor(node: FaultableNode | undefined): Fault['type'][] {
  if (!node) return [...FAULT_TYPES];
  return FAULT_TYPES.filter((t) => node.kinds.some((k) => faultEffect(k, t) !== undefined));
}

/** What the fault does to the node, per kind it has ("Queue: refuses … publishes"). */
function effectText(node: FaultableNode | undefined, type: Fault['type']): string | null {
  if (!node) return null;
  const lines = node.kinds.flatMap((k) => {
    const words = faultEffect(k, type);
    return words === undefined ? [] : [`${kindLabel(k)}: ${words}.`];
  });
  return lines.length > 0 ? lines.join(' ') : null;
}

/** "Statement requests (only in To-be)" for a node some variants lack. */
function optionLabel(node: FaultableNode, variantCount: number): string {
  return node.variants.length < variantCount
    ? `${node.name} (only in ${node.variants.join(', ')})`
    : node.name;
}

/** Which variants suffer a fault on this node, and which run without it. */
function coverage(node: FaultableNode | undefined, variantCount: number): string | null {
  if (!node) return 'No variant has this node: every run goes ahead without this fault.';
  if (node.variants.length >= variantCount) return null;
  return `Only ${node.variants.join(', ')} ${node.variants.length === 1 ? 'has' : 'have'} ${node.name}; the other variants run without this fault (their results say so).`;
}

export function FaultFields({
  faults,
  nodes,
  variantCount,
  durationS,
  onChange,
}: FaultFieldsProps) {
  const update = (i: number, f: Fault): void => onChange(faults.map((g, j) => (j === i ? f : g)));
  return (
    <fieldset className="fault-fields">
      <legend>Faults</legend>
      {faults.length === 0 && (
        <p className="sim-field-hint">No faults: every node behaves as modelled.</p>
      )}
      {faults.map((f, i) => {
        const node = nodes.find((n) => n.id === f.node);
        const types = typesFor(node);
        return (
          <div key={i} className="fault-row" role="group" aria-label={`Fault ${i + 1}`}>
            <label className="sim-field">
              <span className="sim-field-label">Kind</span>
              <select
                value={f.type}
                onChange={(e) => update(i, retype(f, e.currentTarget.value as Fault['type']))}
              >
                {(types.includes(f.type) ? types : [f.type, ...types]).map((t) => (
                  <option key={t} value={t}>
                    {TYPE_LABELS[t]}
                  </option>
                ))}
              </select>
            </label>
            <label className="sim-field">
              <span className="sim-field-label">Node</span>
              <select
                value={f.node}
                onChange={(e) => {
                  const id = e.currentTarget.value;
                  const offered = typesFor(nodes.find((n) => n.id === id));
                  const type = offered.includes(f.type) ? f.type : (offered[0] ?? f.type);
                  update(i, retype({ ...f, node: id }, type));
                }}
              >
                {!nodes.some((n) => n.id === f.node) && (
                  <option value={f.node}>{f.node} (in no variant)</option>
                )}
                {nodes.map((n) => (
                  <option key={n.id} value={n.id}>
                    {optionLabel(n, variantCount)}
                  </option>
                ))}
              </select>
            </label>
            <NumberField
              layout="inline"
              label="From"
              unit="s"
              min={0}
              max={durationS}
              value={f.startS}
              onCommit={(startS) => update(i, { ...f, startS, endS: Math.max(f.endS, startS) })}
            />
            <NumberField
              layout="inline"
              label="To"
              unit="s"
              min={f.startS}
              max={durationS}
              value={f.endS}
              onCommit={(endS) => update(i, { ...f, endS })}
            />
            {f.type === 'slowdown' && (
              <NumberField
                layout="inline"
                label="Factor"
                unit="×"
                min={0.01}
                value={f.factor}
                onCommit={(factor) => update(i, { ...f, factor })}
              />
            )}
            {f.type === 'errors' && (
              <NumberField
                layout="inline"
                label="Error rate"
                unit="0–1"
                min={0}
                max={1}
                value={f.rate}
                onCommit={(rate) => update(i, { ...f, rate })}
              />
            )}
            {f.type === 'partialOutage' && (
              <NumberField
                layout="inline"
                label="Share of partitions"
                unit="0–1"
                min={0.001}
                max={1}
                value={f.share}
                onCommit={(share) => update(i, { ...f, share })}
              />
            )}
            <button
              type="button"
              className="sim-link"
              onClick={() => onChange(faults.filter((_, j) => j !== i))}
              aria-label={`Remove fault ${i + 1}`}
            >
              Remove
            </button>
            <FaultEffect text={effectText(node, f.type)} />
            <FaultCoverage text={coverage(node, variantCount)} />
          </div>
        );
      })}
      <button
        type="button"
        disabled={nodes.length === 0}
        onClick={() =>
          onChange([
            ...faults,
            {
              type: 'outage',
              node: nodes[0]!.id,
              startS: Math.round(durationS * 0.3),
              endS: Math.round(durationS * 0.5),
            },
          ])
        }
      >
        Add fault
      </button>
    </fieldset>
  );
}

function FaultEffect({ text }: { text: string | null }) {
  if (text === null) return null;
  return (
    <p className="sim-field-hint fault-effect" data-testid="fault-effect">
      {text}
    </p>
  );
}

function FaultCoverage({ text }: { text: string | null }) {
  if (text === null) return null;
  return (
    <p className="sim-field-hint fault-coverage" data-testid="fault-coverage">
      {text}
    </p>
  );
}
