// A node's own price (docs/file-format.md, "Prices"): a service-like node's replica-hour, a
// broker's million requests. Empty = the table's price for its kind. It lives in the project's
// price table under the node's id, so it prices the node in every variant that has it.
import { DEFAULT_PRICES, type NodePrices } from '../../models/schema/prices';
import { formatUsd } from '../../models/figures/format-value';
import type { ModelNode } from '../../models/types';
import { isBroker, isServiceLike } from '../../models/kinds/guards';
import { NumberField } from '../controls/NumberField';
import { Section } from '../inspector/fields';
import { useProjectStore } from '../store/project-store';
import { checkPriceTable } from './check-price-table';

export function NodePriceSection({ node }: { node: ModelNode }) {
  const prices = useProjectStore((s) => s.project.prices);
  const update = useProjectStore((s) => s.updateProject);
  const table = prices ?? DEFAULT_PRICES;
  const own: NodePrices = Object.hasOwn(table.nodes, node.id) ? table.nodes[node.id]! : {};
  const key: keyof NodePrices | null = isServiceLike(node)
    ? 'replicaHour'
    : isBroker(node)
      ? 'millionRequests'
      : null;
  if (key === null) return null;
  const fallback = isServiceLike(node) ? table.replicaHour[node.kind] : table.millionRequests;
  const commit = (value: number | null): string | null => {
    const entry: NodePrices = { ...own };
    if (value === null) delete entry[key];
    else entry[key] = value;
    const nodes = { ...table.nodes };
    if (Object.keys(entry).length === 0) delete nodes[node.id];
    else nodes[node.id] = entry;
    const checked = checkPriceTable({ ...table, nodes });
    if (!checked.ok) return checked.problem;
    update((p) => ({ ...p, prices: checked.table }));
    return null;
  };
  return (
    <Section title="Price">
      <NumberField
        label={key === 'replicaHour' ? 'Own price per replica' : 'Own price per million requests'}
        unit={key === 'replicaHour' ? '$ per hour' : '$ (publishes + deliveries)'}
        value={own[key] ?? null}
        nullLabel={`the table’s ${formatUsd(fallback)}`}
        onCommit={commit}
        testId="node-price"
      />
    </Section>
  );
}
