// The project's service-level objectives as fields: the latency target for successful
// requests, the availability target, the optional maximum message age. Each edit is checked
// against the file format's schema before it is applied (an undoable project edit).
import { sloSchema } from '../../models/schema/slo';
import type { Slo } from '../../models/types';
import { NumberField } from '../controls/NumberField';
import { humanizeIssue } from '../inspector/humanize-issue';

interface SloFieldsProps {
  slo: Slo;
  /** Applies the objectives, or returns why they cannot be applied. */
  onChange: (slo: Slo) => void;
}

/** Percent on screen, a fraction in the file: 99.9 ↔ 0.999 (rounded off binary noise). */
const toPercent = (fraction: number): number => Math.round(fraction * 100 * 1e9) / 1e9;
const toFraction = (percent: number): number => Math.round((percent / 100) * 1e12) / 1e12;

export function SloFields({ slo, onChange }: SloFieldsProps) {
  const commit = (patch: Partial<Slo>, field: keyof Slo): string | null => {
    const parsed = sloSchema.safeParse({ ...slo, ...patch });
    if (parsed.success) {
      onChange(parsed.data);
      return null;
    }
    const issue = parsed.error.issues.find((i) => i.path[0] === field) ?? parsed.error.issues[0]!;
    return humanizeIssue(issue);
  };
  return (
    <div className="slo-fields" data-testid="slo-fields">
      <div className="field-row">
        <NumberField
          label="Latency objective: share"
          unit="% of successful requests"
          value={slo.latencyPercentile}
          onCommit={(v) => commit({ latencyPercentile: v }, 'latencyPercentile')}
          testId="slo-latency-percentile"
        />
        <NumberField
          label="within"
          unit="ms"
          value={slo.latencyTargetMs}
          onCommit={(v) => commit({ latencyTargetMs: v }, 'latencyTargetMs')}
          testId="slo-latency-target"
        />
      </div>
      <NumberField
        label="Availability objective"
        unit="% of requests succeed"
        value={toPercent(slo.availability)}
        onCommit={(v) => commit({ availability: toFraction(v) }, 'availability')}
        testId="slo-availability"
      />
      <NumberField
        label="Max message age"
        unit="ms, waiting for a consumer"
        value={slo.maxMessageAgeMs}
        nullLabel="no objective"
        onCommit={(v) => commit({ maxMessageAgeMs: v }, 'maxMessageAgeMs')}
        testId="slo-message-age"
      />
      <p className="inspector-note">
        Every run is judged against these: the verdicts, the error budget and the “within the
        objective” chart. A new latency target needs a new run.
      </p>
    </div>
  );
}
