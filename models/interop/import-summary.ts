import type { SkippedElement } from './trace-reader';
import type { TreeRepairs } from './span-tree';
import { TRACE_FORMAT_NAMES, type TraceFormat } from './trace-format';
import { countNoun } from '../count-noun';

/** What the import found, inferred, repaired and left out; shown to the user with the model. */
export interface ImportSummary {
  format: TraceFormat;
  /** The wrapping the format came in, when not its usual shape (Tempo's "batches", …). */
  envelope?: string;
  spans: number;
  traces: number;
  skippedCount: number;
  /** The first skipped elements, each with where and why. */
  skipped: SkippedElement[];
  /** Spans read that are part of an execution in the model. */
  placed: number;
  /** Spans read that are not (spans read = placed + unplaced count). */
  unplacedCount: number;
  unplacedByReason: { reason: string; count: number }[];
  /** The first unplaced spans, each with where and why. */
  unplaced: SkippedElement[];
  repairs: TreeRepairs;
  inferred: string[];
  ignored: string[];
}

const REPAIR_TEXT: Record<keyof TreeRepairs, string> = {
  missingParents: 'span(s) whose parent is not in the file: treated as roots of their own subtree',
  clockSkew:
    'span(s) starting before their parent (clock skew): shifted with their subtree to start with the parent',
  cycles:
    'parent link(s) forming a cycle: cut at the earliest span of the cycle, which became a root',
  duplicateIds: 'span(s) repeating an id already seen in the trace: dropped',
};

export function formatImportSummary(s: ImportSummary): string {
  const lines = [
    `Imported ${countNoun(s.spans, 'span')} in ${countNoun(s.traces, 'trace')} (${TRACE_FORMAT_NAMES[s.format]}${s.envelope ? `, ${s.envelope}` : ''}).`,
  ];
  lines.push(
    s.unplacedCount === 0
      ? `Placed all ${countNoun(s.placed, 'span')} in the model.`
      : `Placed ${s.placed} of ${countNoun(s.spans, 'span')}; ${s.unplacedCount} not placed:`,
  );
  for (const r of s.unplacedByReason) lines.push(`  ${r.count} ${r.reason}`);
  for (const u of s.unplaced) lines.push(`    ${u.where}: ${u.reason}`);
  if (s.unplacedCount > s.unplaced.length)
    lines.push(`    … and ${s.unplacedCount - s.unplaced.length} more`);
  const repairs = (Object.keys(REPAIR_TEXT) as (keyof TreeRepairs)[]).filter(
    (k) => s.repairs[k] > 0,
  );
  if (repairs.length > 0) {
    lines.push('Repaired:');
    for (const k of repairs) lines.push(`  ${s.repairs[k]} ${REPAIR_TEXT[k]}`);
  }
  lines.push('Inferred:');
  for (const line of s.inferred) lines.push(`  ${line}`);
  if (s.skippedCount > 0 || s.ignored.length > 0) lines.push('Ignored:');
  if (s.skippedCount > 0) {
    lines.push(`  ${s.skippedCount} element(s) skipped:`);
    for (const k of s.skipped) lines.push(`    ${k.where}: ${k.reason}`);
    if (s.skippedCount > s.skipped.length)
      lines.push(`    … and ${s.skippedCount - s.skipped.length} more`);
  }
  for (const line of s.ignored) lines.push(`  ${line}`);
  return lines.join('\n');
}
