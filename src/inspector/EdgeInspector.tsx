// Every parameter of an edge (docs/file-format.md, "Edges"), with units and the models' validation.
import { consumerTotalText } from '../../models/consumer-total-text';
import type { CallEdge, ConsumeEdge, ModelEdge, PublishEdge, Variant } from '../../models/types';
import { DEFAULT_CIRCUIT_BREAKER } from '../../models/transformations/add-circuit-breaker';
import { DEFAULT_RETRIES } from '../../models/transformations/add-retries';
import { replaceEdge } from '../store/edit-actions';
import { checkEdge } from './check-item';
import { DistributionEditor } from './DistributionEditor';
import {
  BREAKER_FIELDS,
  CALL_FIELDS,
  CONSUME_FIELDS,
  PUBLISH_FIELDS,
  RETRY_FIELDS,
} from './edge-number-fields';
import { CheckboxField, Section, TextField } from './fields';
import { NumberFieldRows, OptionalFieldRows } from './NumberFieldRows';
import { RateLimitSection } from './RateLimitSection';
import { FlowSection } from './FlowSection';

function commit<E extends ModelEdge>(edge: E, field: string, patch: Partial<E>): string | null {
  const candidate = { ...edge, ...patch } as ModelEdge;
  const problem = checkEdge(candidate, field);
  if (!problem) replaceEdge(candidate);
  return problem;
}

const KIND_TEXT = {
  call: 'Synchronous call: the caller holds its worker until the answer.',
  publish: 'Asynchronous publish: the producer waits only for the broker’s acknowledgement.',
  consume: 'Subscription: the service handles each message delivered from the broker.',
} as const;

export function EdgeInspector({ edge, variant }: { edge: ModelEdge; variant: Variant }) {
  const name = (id: string) => variant.nodes.find((n) => n.id === id)?.name ?? id;
  return (
    <>
      <Section title="Connection">
        <p className="inspector-note">
          <strong>{name(edge.from)}</strong> → <strong>{name(edge.to)}</strong>
          <br />
          {KIND_TEXT[edge.kind]}
        </p>
        <TextField
          label="Label"
          value={edge.label ?? ''}
          placeholder="optional"
          onCommit={(l) => commit(edge, 'label', { label: l || undefined })}
        />
      </Section>
      {edge.kind === 'call' && <CallFields edge={edge} />}
      {edge.kind === 'publish' && <PublishFields edge={edge} />}
      {edge.kind !== 'consume' && (
        <FlowSection
          edge={edge}
          variant={variant}
          onCommit={(field, patch) => commit(edge, field, patch)}
        />
      )}
      {edge.kind === 'consume' && <ConsumeFields edge={edge} variant={variant} />}
    </>
  );
}

function CallFields({ edge }: { edge: CallEdge }) {
  return (
    <>
      <Section title="Call">
        <NumberFieldRows
          value={edge}
          rows={CALL_FIELDS}
          onCommit={(next, key) => commit(edge, key, next)}
        />
        <CheckboxField
          label="Optional (a failure here does not fail the caller)"
          checked={edge.optional}
          onChange={(optional) => commit(edge, 'optional', { optional })}
        />
        <CheckboxField
          label="Network latency"
          checked={edge.latencyMs !== null}
          onChange={(on) =>
            commit(edge, 'latencyMs', { latencyMs: on ? { type: 'constant', value: 1 } : null })
          }
        />
        {edge.latencyMs && (
          <DistributionEditor
            label="Latency (one way)"
            value={edge.latencyMs}
            onCommit={(d) => commit(edge, 'latencyMs', { latencyMs: d })}
          />
        )}
      </Section>
      <Section title="Retries">
        <OptionalFieldRows
          label="Retry failed calls"
          value={edge.retries}
          whenOn={DEFAULT_RETRIES}
          rows={RETRY_FIELDS}
          onCommit={(retries) => commit(edge, 'retries', { retries })}
        />
      </Section>
      <Section title="Circuit breaker">
        <OptionalFieldRows
          label="Open the circuit on repeated failures"
          value={edge.circuitBreaker}
          whenOn={DEFAULT_CIRCUIT_BREAKER}
          rows={BREAKER_FIELDS}
          onCommit={(circuitBreaker) => commit(edge, 'circuitBreaker', { circuitBreaker })}
        />
      </Section>
      <RateLimitSection
        label="Limit this caller's calls (a quota)"
        value={edge.rateLimit}
        onCommit={(rateLimit) => commit(edge, 'rateLimit', { rateLimit })}
      />
    </>
  );
}

function PublishFields({ edge }: { edge: PublishEdge }) {
  return (
    <Section title="Publish">
      <NumberFieldRows
        value={edge}
        rows={PUBLISH_FIELDS}
        onCommit={(next, key) => commit(edge, key, next)}
      />
      <TextField
        label="Message (event name)"
        value={edge.message ?? ''}
        placeholder="e.g. StatementRequested"
        onCommit={(m) => commit(edge, 'message', { message: m || undefined })}
      />
    </Section>
  );
}

function ConsumeFields({ edge, variant }: { edge: ConsumeEdge; variant: Variant }) {
  return (
    <Section title="Subscription">
      <NumberFieldRows
        value={edge}
        rows={CONSUME_FIELDS}
        onCommit={(next, key) => commit(edge, key, next)}
      />
      <p className="inspector-note" data-testid="inspector-consumer-total">
        {consumerTotalText(edge, variant)}
      </p>
      <CheckboxField
        label="Idempotent (duplicates are recognised and discarded)"
        checked={edge.idempotent}
        onChange={(idempotent) => commit(edge, 'idempotent', { idempotent })}
      />
    </Section>
  );
}
