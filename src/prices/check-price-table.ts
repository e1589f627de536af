// A candidate price table checked against the file format's schema: the parsed table, or why it
// is refused, with the path of the field it names ("must be ≥ 0 (prices.gbMonth)").
import { priceTableSchema, type PriceTable } from '../../models/schema/prices';
import { humanizeIssue } from '../inspector/humanize-issue';

export type CheckedPriceTable = { ok: true; table: PriceTable } | { ok: false; problem: string };

export function checkPriceTable(candidate: unknown): CheckedPriceTable {
  const parsed = priceTableSchema.safeParse(candidate);
  if (parsed.success) return { ok: true, table: parsed.data };
  const issue = parsed.error.issues[0]!;
  const path = ['prices', ...issue.path.map(String)].join('.');
  return { ok: false, problem: `${humanizeIssue(issue)} (${path})` };
}
