import { valueChange } from '../figures/figure-change';
import { formatValue } from '../figures/format-value';
import { figure, type FigureDefinition } from '../figures/run-figures';
import type { ObjectiveId } from '../slo/evaluate-slo';
import { STEP_KPI_FIGURES, type StepKpiKey, type StepKpis } from './step-kpis';

export interface KpiColumn {
  key: StepKpiKey;
  def: FigureDefinition;
  label: string;
  /** The value as every surface writes this figure (models/figures/format-value.ts). */
  format: (v: number) => string;
}

function kpiColumn(key: StepKpiKey): KpiColumn {
  const def = figure(STEP_KPI_FIGURES[key]);
  return { key, def, label: def.label, format: (v: number) => formatValue(v, def.unit) };
}

/** The KPI columns every export, the roadmap view and the slides show, in order. */
export const KPI_COLUMNS: readonly KpiColumn[] = (
  ['successRate', 'errorRate', 'p99Ms', 'peakUtilization', 'peakBacklog', 'monthlyCost'] as const
).map(kpiColumn);

/** The hottest partition's peak: shown beside the peak backlog where a design has partitions. */
export const HOTTEST_PARTITION_COLUMN: KpiColumn = kpiColumn('hottestPartition');

/**
 * The columns a report or slide shows for these runs: `KPI_COLUMNS`, and after Peak backlog the
 * hottest partition's peak when one of the runs has a partitioned queue or topic.
 */
export function kpiColumnsFor(runs: readonly StepKpis[]): readonly KpiColumn[] {
  const partitioned = (k: StepKpis): boolean =>
    k.absent.hottestPartition === undefined && Number.isFinite(k.hottestPartition);
  if (!runs.some(partitioned)) return KPI_COLUMNS;
  return KPI_COLUMNS.flatMap((c) =>
    c.key === 'peakBacklog' ? [c, HOTTEST_PARTITION_COLUMN] : [c],
  );
}

/** A KPI of a step as text: its value, or why it has none ("no queues"). */
export function kpiText(kpis: StepKpis, column: KpiColumn): string {
  return kpis.absent[column.key] ?? column.format(kpis[column.key]);
}

/** How a KPI changed from one step to the next: "−96.8 %", "+4.9 points", "new", "same". */
export function kpiChange(before: StepKpis, after: StepKpis, column: KpiColumn) {
  return valueChange(column.def, before[column.key], after[column.key]);
}

const OBJECTIVE_NAMES: Record<ObjectiveId, string> = {
  latency: 'latency',
  availability: 'availability',
  messageAge: 'message age',
};

/** The objectives' verdict in a few words: "all met", "missed: latency, availability", "—". */
export function sloText(kpis: StepKpis): string {
  const judged = kpis.slo.filter((v) => v.met !== null);
  if (judged.length === 0) return '—';
  const missed = judged.filter((v) => v.met === false).map((v) => OBJECTIVE_NAMES[v.id]);
  return missed.length === 0 ? 'all met' : `missed: ${missed.join(', ')}`;
}
