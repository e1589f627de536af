// A service's autoscaling (format version 5): a checkbox that turns it on with the defaults of
// the metric that suits the node (its backlog when it consumes, else its utilisation), the
// metric, then that metric's fields.
import {
  DEFAULT_AUTOSCALE,
  type Autoscale,
  type AutoscaleMetric,
} from '../../models/schema/autoscale';
import { autoscaleBasis } from '../../models/replicas-label';
import { CheckboxField, Section, SelectField } from './fields';
import { BACKLOG_AUTOSCALE_FIELDS, UTILIZATION_AUTOSCALE_FIELDS } from './node-number-fields';
import { NumberFieldRows } from './NumberFieldRows';

const METRIC_OPTIONS: { value: AutoscaleMetric; label: string }[] = [
  { value: 'utilization', label: 'Utilisation (like a Kubernetes HPA)' },
  { value: 'backlog', label: 'Backlog consumed (like KEDA on queue length)' },
];

/** The metric's defaults, keeping the bounds already chosen where the metric allows them. */
function switchMetric(current: Autoscale, metric: AutoscaleMetric): Autoscale {
  const base = DEFAULT_AUTOSCALE[metric];
  const minReplicas =
    metric === 'utilization' ? Math.max(1, current.minReplicas) : current.minReplicas;
  return { ...base, minReplicas, maxReplicas: Math.max(minReplicas, current.maxReplicas) };
}

export function AutoscaleSection({
  value,
  consumes,
  onCommit,
}: {
  value: Autoscale | undefined;
  /** Whether the node consumes from a queue or topic (the backlog metric needs it). */
  consumes: boolean;
  onCommit: (next: Autoscale | undefined) => string | null;
}) {
  return (
    <Section title="Autoscaling">
      <CheckboxField
        label="Scale replicas automatically"
        checked={value !== undefined}
        hint={
          value
            ? `Scales ${autoscaleBasis(value)}. The run starts at the minimum; Replicas above is not used.`
            : undefined
        }
        onChange={(on) =>
          onCommit(on ? DEFAULT_AUTOSCALE[consumes ? 'backlog' : 'utilization'] : undefined)
        }
      />
      {value && (
        <>
          <SelectField
            label="Scale on"
            value={value.metric}
            options={METRIC_OPTIONS}
            testId="inspector-autoscale-metric"
            hint={
              value.metric === 'backlog' && !consumes
                ? 'This node consumes nothing: connect a queue or topic to it, or scale on utilisation.'
                : undefined
            }
            onChange={(metric) => onCommit(switchMetric(value, metric))}
          />
          {value.metric === 'utilization' ? (
            <NumberFieldRows
              value={value}
              rows={UTILIZATION_AUTOSCALE_FIELDS}
              onCommit={onCommit}
            />
          ) : (
            <NumberFieldRows value={value} rows={BACKLOG_AUTOSCALE_FIELDS} onCommit={onCommit} />
          )}
        </>
      )}
    </Section>
  );
}
