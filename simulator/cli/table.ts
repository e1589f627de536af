import { maxOf } from '../../models/max-of';

/** How a column's cells line up: numbers to the right, words to the left. */
export type ColumnAlign = 'left' | 'right';

/**
 * A plain-text table, columns two spaces apart. By default the first column is left-aligned and
 * the others right-aligned (a label and numbers); `align` says otherwise for tables of words.
 */
export function formatTable(
  header: string[],
  rows: string[][],
  align: readonly ColumnAlign[] = header.map((_, i) => (i === 0 ? 'left' : 'right')),
): string {
  const widths = header.map((h, i) =>
    maxOf(
      rows.map((r) => (r[i] ?? '').length),
      h.length,
    ),
  );
  const line = (cells: string[]): string =>
    cells
      .map((c, i) => (align[i] === 'right' ? c.padStart(widths[i]) : c.padEnd(widths[i])))
      .join('  ')
      .trimEnd();
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n');
}

/** A number for people: integers with thousands separators, others with up to 2 decimals. */
export function fmt(v: number | null | undefined, digits = 2): string {
  if (v === null || v === undefined || Number.isNaN(v)) return '-';
  if (Number.isInteger(v)) return v.toLocaleString('en-US');
  return v.toLocaleString('en-US', { minimumFractionDigits: 0, maximumFractionDigits: digits });
}

export function pct(v: number): string {
  return `${(v * 100).toFixed(2)}%`;
}
