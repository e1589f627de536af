// Every parameter of a node (docs/file-format.md, "Nodes"), with units and the models' validation.
import { BROKER_PRESETS, BROKER_TECHNOLOGIES } from '../../models/schema/broker-presets';
import { assertNever } from '../../models/assert-never';
import { byFamily } from '../../models/kinds/guards';
import { can, kindLabel, kindsOf } from '../../models/kinds/node-kinds';
import type {
  BrokerNode,
  Distribution,
  ModelNode,
  NodeKind,
  ServiceLikeNode,
  Variant,
} from '../../models/types';
import { TECHNOLOGY_LABELS } from '../canvas/technology-labels';
import { replaceNode } from '../store/edit-actions';
import { checkNode } from './check-item';
import { DistributionEditor } from './DistributionEditor';
import { NumberField, Section, SelectField, TextField } from './fields';

/** Applies the node if it passes the schema; otherwise returns the reason and leaves the model alone. */
function commit<N extends ModelNode>(node: N, field: string, patch: Partial<N>): string | null {
  const candidate = { ...node, ...patch } as ModelNode;
  const problem = checkNode(candidate, field);
  if (!problem) replaceNode(candidate);
  return problem;
}

export function NodeInspector({ node, variant }: { node: ModelNode; variant: Variant }) {
  return (
    <>
      <Section title="Identity">
        <TextField
          label="Name"
          value={node.name}
          onCommit={(name) => commit(node, 'name', { name })}
          testId="inspector-name"
        />
        <p className="field-static">
          <span className="field-label">Id</span> <code>{node.id}</code>
        </p>
        <TextField
          label="Description"
          multiline
          value={node.description ?? ''}
          onCommit={(d) => commit(node, 'description', { description: d || undefined })}
        />
      </Section>
      <FamilyFields node={node} variant={variant} />
    </>
  );
}

function FamilyFields({ node, variant }: { node: ModelNode; variant: Variant }) {
  const f = byFamily(node);
  switch (f.family) {
    case 'client':
      return (
        <p className="inspector-note">
          A client is where traffic enters. Its load is set per scenario; its outgoing calls are the
          user's requests.
        </p>
      );
    case 'broker':
      return <BrokerFields node={f.node} variant={variant} />;
    case 'service-like':
      return <ServiceFields node={f.node} />;
    default:
      return assertNever(f, 'node family');
  }
}

/** The kinds a node may be switched to: those of its family, which share its fields. */
const kindOptions = <K extends NodeKind>(kinds: readonly K[]) =>
  kinds.map((k) => ({ value: k, label: kindLabel(k) }));

function ServiceFields({ node }: { node: ServiceLikeNode }) {
  return (
    <>
      <Section title="Capacity">
        <SelectField
          label="Kind"
          value={node.kind}
          options={kindOptions(kindsOf('service-like'))}
          onChange={(kind) => commit(node, 'kind', { kind })}
        />
        <div className="field-row">
          <NumberField
            label="Replicas"
            value={node.replicas}
            onCommit={(v) => commit(node, 'replicas', { replicas: v as number })}
            testId="inspector-replicas"
          />
          <NumberField
            label="Concurrency"
            unit="/ replica"
            value={node.concurrency}
            onCommit={(v) => commit(node, 'concurrency', { concurrency: v as number })}
            testId="inspector-concurrency"
          />
        </div>
        <NumberField
          label="Queue limit"
          unit="requests"
          hint="Requests waiting for a worker before new ones are rejected; empty = unbounded."
          nullLabel="unbounded"
          value={node.queueLimit}
          onCommit={(v) => commit(node, 'queueLimit', { queueLimit: v })}
        />
      </Section>
      <Section title="Behaviour">
        <DistributionEditor
          label="Service time (local work per request)"
          value={node.serviceTimeMs}
          onCommit={(d: Distribution) => commit(node, 'serviceTimeMs', { serviceTimeMs: d })}
        />
        <NumberField
          label="Error rate"
          unit="0..1"
          value={node.errorRate}
          onCommit={(v) => commit(node, 'errorRate', { errorRate: v as number })}
          testId="inspector-errorRate"
        />
        <SelectField
          label="Outbound calls"
          value={node.callMode}
          options={[
            { value: 'sequential', label: 'Sequential (one after another)' },
            { value: 'parallel', label: 'Parallel (all at once)' },
          ]}
          onChange={(callMode) => commit(node, 'callMode', { callMode })}
        />
      </Section>
    </>
  );
}

function BrokerFields({ node, variant }: { node: BrokerNode; variant: Variant }) {
  const queues = variant.nodes.filter((n) => can(n.kind, 'canTakeDeadLetters') && n.id !== node.id);
  return (
    <>
      <Section title="Broker">
        <div className="field-row">
          <SelectField
            label="Kind"
            value={node.kind}
            hint={
              can(node.kind, 'fansOut')
                ? 'Each subscription gets its own copy.'
                : 'Each message is handled by one consumer.'
            }
            options={kindOptions(kindsOf('broker'))}
            onChange={(kind) => commit(node, 'kind', { kind })}
          />
        </div>
        <SelectField
          label="Technology"
          hint="Changing it applies that technology's typical settings."
          value={node.technology}
          options={BROKER_TECHNOLOGIES.map((t) => ({ value: t, label: TECHNOLOGY_LABELS[t] }))}
          onChange={(technology) =>
            commit(node, 'technology', {
              technology,
              ...structuredClone(BROKER_PRESETS[technology]),
            })
          }
          testId="inspector-technology"
        />
        <NumberField
          label="Capacity"
          unit="messages"
          hint="Backlog limit; a full queue refuses the publish. Empty = unbounded."
          nullLabel="unbounded"
          value={node.capacity}
          onCommit={(v) => commit(node, 'capacity', { capacity: v })}
        />
      </Section>
      <Section title="Timing">
        <DistributionEditor
          label="Publish acknowledgement"
          value={node.publishAckMs}
          onCommit={(d) => commit(node, 'publishAckMs', { publishAckMs: d })}
        />
        <DistributionEditor
          label="Delivery (broker hop)"
          value={node.deliveryMs}
          onCommit={(d) => commit(node, 'deliveryMs', { deliveryMs: d })}
        />
      </Section>
      <Section title="Failures">
        <div className="field-row">
          <NumberField
            label="Max deliveries"
            value={node.maxDeliveries}
            onCommit={(v) => commit(node, 'maxDeliveries', { maxDeliveries: v as number })}
          />
          <NumberField
            label="Redelivery delay"
            unit="ms"
            value={node.redeliveryDelayMs}
            onCommit={(v) => commit(node, 'redeliveryDelayMs', { redeliveryDelayMs: v as number })}
          />
        </div>
        <NumberField
          label="Duplicate rate"
          unit="0..1"
          hint="At-least-once: share of processed messages delivered again."
          value={node.duplicateRate}
          onCommit={(v) => commit(node, 'duplicateRate', { duplicateRate: v as number })}
        />
        <NumberField
          label="Message time-to-live"
          unit="ms"
          hint="A message no consumer has taken this long after it was published expires: to the dead-letter queue if one is set, else dropped. Empty = never expires."
          nullLabel="never expires"
          value={node.messageTtlMs ?? null}
          onCommit={(v) => commit(node, 'messageTtlMs', { messageTtlMs: v ?? undefined })}
          testId="inspector-message-ttl"
        />
        <SelectField
          label="Dead-letter queue"
          value={node.deadLetterQueue ?? ''}
          options={[
            { value: '', label: 'None (park dead letters)' },
            ...queues.map((q) => ({ value: q.id, label: q.name })),
          ]}
          onChange={(id) => commit(node, 'deadLetterQueue', { deadLetterQueue: id || null })}
        />
      </Section>
    </>
  );
}
