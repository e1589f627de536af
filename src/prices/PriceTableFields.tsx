// The project's price table as fields (docs/file-format.md, "Prices"): what a replica-hour of
// each kind of service-like node, a million broker requests and a GB-month kept cost, and the
// message size assumed. Each edit is checked against the file format's schema and refused with
// the path of the field it names; a valid one is an undoable project edit. Until a price is
// edited the project has no table and the illustrative defaults apply.
import { DEFAULT_PRICES, priceTableSchema, type PriceTable } from '../../models/schema/prices';
import { SERVICE_LIKE_KINDS, type ServiceLikeKind } from '../../models/schema/node';
import { NODE_KIND_SPECS } from '../../models/kinds/node-kinds';
import { NumberField } from '../controls/NumberField';
import { humanizeIssue } from '../inspector/humanize-issue';

interface PriceTableFieldsProps {
  /** The project's table; undefined = none (the defaults apply). */
  prices: PriceTable | undefined;
  /** Applies a new table, or removes it (undefined) to go back to the defaults. */
  onChange: (prices: PriceTable | undefined) => void;
}

type Patch = { [K in keyof PriceTable]?: unknown };

export function PriceTableFields({ prices, onChange }: PriceTableFieldsProps) {
  const table = prices ?? DEFAULT_PRICES;
  const commit = (patch: Patch): string | null => {
    const parsed = priceTableSchema.safeParse({ ...table, ...patch });
    if (parsed.success) {
      onChange(parsed.data);
      return null;
    }
    const issue = parsed.error.issues[0]!;
    return `${humanizeIssue(issue)} (${['prices', ...issue.path.map(String)].join('.')})`;
  };
  const replicaHour = (kind: ServiceLikeKind, value: number) =>
    commit({ replicaHour: { ...table.replicaHour, [kind]: value } });
  return (
    <div className="price-fields" data-testid="price-fields">
      {SERVICE_LIKE_KINDS.map((kind) => (
        <NumberField
          key={kind}
          label={`${NODE_KIND_SPECS[kind].label} replica`}
          unit="$ per hour"
          value={table.replicaHour[kind]}
          onCommit={(v) => replicaHour(kind, v)}
          testId={`price-replica-hour-${kind}`}
        />
      ))}
      <NumberField
        label="Broker requests"
        unit="$ per million (publishes + deliveries)"
        value={table.millionRequests}
        onCommit={(v) => commit({ millionRequests: v })}
        testId="price-million-requests"
      />
      <NumberField
        label="Messages kept waiting"
        unit="$ per GB-month"
        value={table.gbMonth}
        onCommit={(v) => commit({ gbMonth: v })}
        testId="price-gb-month"
      />
      <NumberField
        label="Message size"
        unit="bytes, assumed for every message"
        value={table.messageBytes}
        onCommit={(v) => commit({ messageBytes: v })}
        testId="price-message-bytes"
      />
      <p className="inspector-note" data-testid="price-note">
        {prices
          ? 'The project’s own prices, in US dollars. A node’s own replica or broker price is set in its inspector.'
          : 'Illustrative defaults, in US dollars, from no provider: enter your own for a decision.'}{' '}
        Compare, the roadmap, the reports and the CLI show the cost of each design; new prices need
        a new run.
      </p>
      {prices && (
        <button type="button" onClick={() => onChange(undefined)} data-testid="price-reset">
          Back to the illustrative defaults
        </button>
      )}
    </div>
  );
}
