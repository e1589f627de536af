// Every parameter of a node (docs/file-format.md, "Nodes"), with units and the models' validation.
import { BROKER_PRESETS, BROKER_TECHNOLOGIES } from '../../models/schema/broker-presets';
import { ORDERINGS } from '../../models/schema/partitions';
import { withOrdering, withPartitions, withTechnology } from '../../models/partition-settings';
import { assertNever } from '../../models/assert-never';
import { byFamily } from '../../models/kinds/guards';
import { can, kindLabel, kindsOf } from '../../models/kinds/node-kinds';
import type {
  BrokerNode,
  CallMode,
  Distribution,
  ModelNode,
  NodeKind,
  ServiceLikeNode,
  Variant,
} from '../../models/types';
import { TECHNOLOGY_LABELS } from '../canvas/technology-labels';
import { ORDERING_LABELS } from './ordering-labels';
import { replaceNode } from '../store/edit-actions';
import { checkNode } from './check-item';
import { DistributionEditor } from './DistributionEditor';
import { Section, SelectField, TextField } from './fields';
import {
  BROKER_CAPACITY_FIELDS,
  BROKER_FAILURE_FIELDS,
  BROKER_PARTITION_FIELDS,
  CACHE_FIELDS,
  SERVICE_BEHAVIOUR_FIELDS,
  SERVICE_CAPACITY_FIELDS,
} from './node-number-fields';
import { NumberFieldRows } from './NumberFieldRows';
import { RateLimitSection } from './RateLimitSection';
import { AutoscaleSection } from './AutoscaleSection';
import { StagesSection } from './StagesSection';
import { NodePriceSection } from '../prices/NodePriceSection';

/** Applies the node if it passes the schema; otherwise returns the reason and leaves the model alone. */
function commit<N extends ModelNode>(node: N, field: string, patch: Partial<N>): string | null {
  const candidate = { ...node, ...patch } as ModelNode;
  const problem = checkNode(candidate, field);
  if (!problem) replaceNode(candidate);
  return problem;
}

/** A new call mode; the stages go with the mode they belong to (kept only while it is `stages`). */
function commitCallMode(node: ServiceLikeNode, callMode: CallMode): string | null {
  const { stages, ...rest } = node;
  return commit(rest as ServiceLikeNode, 'callMode', {
    callMode,
    ...(callMode === 'stages' && stages !== undefined && { stages }),
  });
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
      return <ServiceFields node={f.node} variant={variant} />;
    default:
      return assertNever(f, 'node family');
  }
}

/** The kinds a node may be switched to: those of its family, which share its fields. */
const kindOptions = <K extends NodeKind>(kinds: readonly K[]) =>
  kinds.map((k) => ({ value: k, label: kindLabel(k) }));

function ServiceFields({ node, variant }: { node: ServiceLikeNode; variant: Variant }) {
  return (
    <>
      <Section title="Capacity">
        <SelectField
          label="Kind"
          value={node.kind}
          options={kindOptions(kindsOf('service-like'))}
          onChange={(kind) => commit(node, 'kind', { kind })}
        />
        <NumberFieldRows
          value={node}
          rows={SERVICE_CAPACITY_FIELDS}
          onCommit={(next, key) => commit(node, key, next)}
        />
      </Section>
      <Section title="Behaviour">
        <DistributionEditor
          label="Service time (local work per request)"
          value={node.serviceTimeMs}
          onCommit={(d: Distribution) => commit(node, 'serviceTimeMs', { serviceTimeMs: d })}
        />
        <NumberFieldRows
          value={node}
          rows={SERVICE_BEHAVIOUR_FIELDS}
          onCommit={(next, key) => commit(node, key, next)}
        />
        {can(node.kind, 'caches') && (
          <NumberFieldRows
            value={node}
            rows={CACHE_FIELDS}
            onCommit={(next, key) => commit(node, key, next)}
          />
        )}
        <SelectField
          label="Outbound calls"
          value={node.callMode}
          options={[
            { value: 'sequential', label: 'Sequential (one after another)' },
            { value: 'parallel', label: 'Parallel (all at once)' },
            { value: 'stages', label: 'In stages (groups at once, one group after another)' },
          ]}
          onChange={(callMode) => commitCallMode(node, callMode)}
          testId="inspector-callMode"
        />
      </Section>
      {node.callMode === 'stages' && (
        <StagesSection
          node={node}
          variant={variant}
          onCommit={(stages) => commit(node, 'stages', { stages })}
        />
      )}
      <AutoscaleSection
        value={node.autoscale}
        consumes={variant.edges.some((e) => e.kind === 'consume' && e.to === node.id)}
        onCommit={(autoscale) => commit(node, 'autoscale', { autoscale })}
      />
      <RateLimitSection
        label="Refuse calls beyond a rate (token bucket)"
        value={node.rateLimit}
        onCommit={(rateLimit) => commit(node, 'rateLimit', { rateLimit })}
      />
      <NodePriceSection node={node} />
    </>
  );
}

/** Applies a whole changed node if it passes the schema (see `commit`). */
function commitWhole(node: ModelNode, field: string): string | null {
  const problem = checkNode(node, field);
  if (!problem) replaceNode(node);
  return problem;
}

/** Partitions, key skew and ordering; removing the partitions clears what depends on them. */
function PartitionsSection({ node }: { node: BrokerNode }) {
  const preset = BROKER_PRESETS[node.technology].ordering;
  return (
    <Section title="Partitions">
      <NumberFieldRows
        value={node}
        rows={BROKER_PARTITION_FIELDS}
        onCommit={(next, key) =>
          key === 'partitions'
            ? commitWhole(withPartitions(node, next.partitions), key)
            : commit(node, key, next)
        }
      />
      {node.partitions !== undefined && (
        <SelectField
          label="Ordering"
          hint="Per partition: a failed message holds back its partition until it is redelivered or dead-lettered. None: later messages pass it."
          value={node.ordering ?? ''}
          options={[
            {
              value: '',
              label: `${ORDERING_LABELS[preset]} (${TECHNOLOGY_LABELS[node.technology]} default)`,
            },
            ...ORDERINGS.map((o) => ({ value: o, label: ORDERING_LABELS[o] })),
          ]}
          onChange={(o) => commitWhole(withOrdering(node, o === '' ? undefined : o), 'ordering')}
          testId="inspector-ordering"
        />
      )}
    </Section>
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
          onChange={(technology) => commitWhole(withTechnology(node, technology), 'technology')}
          testId="inspector-technology"
        />
        <NumberFieldRows
          value={node}
          rows={BROKER_CAPACITY_FIELDS}
          onCommit={(next, key) => commit(node, key, next)}
        />
      </Section>
      <PartitionsSection node={node} />
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
        <NumberFieldRows
          value={node}
          rows={BROKER_FAILURE_FIELDS}
          onCommit={(next, key) => commit(node, key, next)}
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
      <NodePriceSection node={node} />
    </>
  );
}
