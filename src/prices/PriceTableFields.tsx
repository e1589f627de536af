// The project's price table as fields (docs/file-format.md, "Prices"): what a replica-hour of
// each kind of service-like node, a million broker requests and a GB-month kept cost, and the
// message size assumed. Each edit is checked against the file format's schema and refused with
// the path of the field it names; a valid one is an undoable project edit. Until a price is
// edited the project has no table and the illustrative defaults apply.
import { DEFAULT_PRICES, type PriceTable } from '../../models/schema/prices';
import { NumberFieldRows } from '../inspector/NumberFieldRows';
import { checkPriceTable } from './check-price-table';
import { BROKER_PRICE_FIELDS, REPLICA_HOUR_FIELDS } from './price-number-fields';

interface PriceTableFieldsProps {
  /** The project's table; undefined = none (the defaults apply). */
  prices: PriceTable | undefined;
  /** Applies a new table, or removes it (undefined) to go back to the defaults. */
  onChange: (prices: PriceTable | undefined) => void;
}

export function PriceTableFields({ prices, onChange }: PriceTableFieldsProps) {
  const table = prices ?? DEFAULT_PRICES;
  const commit = (candidate: PriceTable): string | null => {
    const checked = checkPriceTable(candidate);
    if (!checked.ok) return checked.problem;
    onChange(checked.table);
    return null;
  };
  return (
    <div className="price-fields" data-testid="price-fields">
      <NumberFieldRows
        value={table.replicaHour}
        rows={REPLICA_HOUR_FIELDS}
        onCommit={(replicaHour) => commit({ ...table, replicaHour })}
      />
      <NumberFieldRows value={table} rows={BROKER_PRICE_FIELDS} onCommit={commit} />
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
