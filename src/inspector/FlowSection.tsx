// When a call or publish is made (always, on success, on failure, as a fallback) and its
// exclusive outcome group with a running total of the group's weights (format version 4).
import type { CallEdge, EdgeCondition, Outcome, PublishEdge, Variant } from '../../models/types';
import { Section, SelectField, TextField } from './fields';
import { NumberFieldRows, type NumberFieldLayout } from './NumberFieldRows';
import { outcomeTotal, remainingWeight } from './outcome-total';

const WHEN_OPTIONS: readonly { value: EdgeCondition; label: string; hint: string }[] = [
  { value: 'always', label: 'Always', hint: 'Made while nothing has failed.' },
  {
    value: 'onSuccess',
    label: 'Only on success',
    hint: 'Made only when the steps before it succeeded.',
  },
  {
    value: 'onFailure',
    label: 'Only on failure (compensation)',
    hint: 'Made only once something failed; the request stays failed.',
  },
  {
    value: 'fallback',
    label: 'Fallback',
    hint: 'Made only once something failed; if it succeeds, so does the request.',
  },
];

const WEIGHT_FIELDS: NumberFieldLayout<Outcome> = [
  [
    {
      key: 'weight',
      label: 'Weight',
      unit: '0..1',
      step: 0.01,
      testId: 'inspector-outcome-weight',
    },
  ],
];

type FlowEdge = CallEdge | PublishEdge;

export function FlowSection({
  edge,
  variant,
  onCommit,
}: {
  edge: FlowEdge;
  variant: Variant;
  onCommit: (field: 'when' | 'outcome', patch: Partial<FlowEdge>) => string | null;
}) {
  const source = variant.nodes.find((n) => n.id === edge.from);
  const options =
    edge.kind === 'call' ? WHEN_OPTIONS : WHEN_OPTIONS.filter((o) => o.value !== 'fallback');
  const total = edge.outcome ? outcomeTotal(variant, edge.from, edge.outcome.group) : null;
  return (
    <Section title="Flow">
      {source?.kind === 'client' ? (
        <p className="inspector-note">
          A client has no outcome of its own: its calls are always made.
        </p>
      ) : (
        <SelectField
          label="When"
          value={edge.when ?? 'always'}
          options={options}
          hint={WHEN_OPTIONS.find((o) => o.value === (edge.when ?? 'always'))?.hint}
          testId="inspector-when"
          onChange={(when) => onCommit('when', { when: when === 'always' ? undefined : when })}
        />
      )}
      <TextField
        label="Outcome group"
        value={edge.outcome?.group ?? ''}
        placeholder="none: not one of exclusive outcomes"
        testId="inspector-outcome-group"
        onCommit={(group) =>
          onCommit('outcome', {
            outcome: group
              ? {
                  group,
                  weight: edge.outcome?.weight ?? remainingWeight(variant, edge.from, group),
                }
              : undefined,
          })
        }
      />
      {edge.outcome && (
        <NumberFieldRows
          value={edge.outcome}
          rows={WEIGHT_FIELDS}
          onCommit={(outcome) => onCommit('outcome', { outcome })}
        />
      )}
      {edge.outcome && total && (
        <p
          className={total.complete ? 'inspector-note' : 'inspector-note inspector-warning'}
          data-testid="inspector-outcome-total"
          role={total.complete ? undefined : 'status'}
        >
          Exactly one of group “{edge.outcome.group}” per request: {total.text}
          {total.complete ? ' ✓' : ` — the weights must add up to 1.`}
        </p>
      )}
    </Section>
  );
}
