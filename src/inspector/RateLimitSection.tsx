// The rate limit of a service-like node (every caller) or of a call edge (that caller's quota):
// a checkbox that turns a token bucket on with DEFAULT_RATE_LIMIT, then its rate and burst.
import { DEFAULT_RATE_LIMIT, type RateLimit } from '../../models/schema/rate-limit';
import { Section } from './fields';
import type { NumberFieldLayout } from './NumberFieldRows';
import { OptionalFieldRows } from './NumberFieldRows';

const RATE_LIMIT_FIELDS: NumberFieldLayout<RateLimit> = [
  [
    { key: 'rps', label: 'Rate', unit: 'calls/s', testId: 'inspector-rateLimit-rps' },
    {
      key: 'burst',
      label: 'Burst',
      unit: 'calls',
      integer: true,
      testId: 'inspector-rateLimit-burst',
    },
  ],
];

export function RateLimitSection({
  label,
  value,
  onCommit,
}: {
  label: string;
  value: RateLimit | undefined;
  onCommit: (next: RateLimit | undefined) => string | null;
}) {
  return (
    <Section title="Rate limit">
      <OptionalFieldRows
        label={label}
        value={value ?? null}
        whenOn={DEFAULT_RATE_LIMIT}
        rows={RATE_LIMIT_FIELDS}
        onCommit={(next) => onCommit(next ?? undefined)}
      />
    </Section>
  );
}
