import type { StepKpis } from './step-kpis';

/** Milliseconds with precision that suits the size (deterministic, no locale). */
export function formatMs(ms: number): string {
  if (!Number.isFinite(ms)) return String(ms);
  if (ms === 0) return '0 ms';
  if (ms >= 100) return `${Math.round(ms)} ms`;
  if (ms >= 10) return `${ms.toFixed(1)} ms`;
  return `${ms.toFixed(2)} ms`;
}

export const formatRate = (rate: number): string => `${(rate * 100).toFixed(2)}%`;
export const formatUtilization = (u: number): string => `${Math.round(u * 100)}%`;
export const formatBacklog = (n: number): string => `${Math.round(n)}`;

/** The KPI columns every export shows, in order, with their formatting. */
export const KPI_COLUMNS: readonly {
  key: keyof StepKpis;
  label: string;
  format: (v: number) => string;
  lowerIsBetter: true;
}[] = [
  { key: 'p99Ms', label: 'p99 latency', format: formatMs, lowerIsBetter: true },
  { key: 'errorRate', label: 'Error rate', format: formatRate, lowerIsBetter: true },
  {
    key: 'peakUtilization',
    label: 'Peak utilisation',
    format: formatUtilization,
    lowerIsBetter: true,
  },
  { key: 'peakBacklog', label: 'Peak backlog', format: formatBacklog, lowerIsBetter: true },
];

/** "−42%" / "+3%" / "±0%" relative change, or "" when the base is 0. */
export function formatChange(before: number, after: number): string {
  if (before === 0) return after === 0 ? '±0%' : '';
  const pct = Math.round(((after - before) / before) * 100);
  return pct === 0 ? '±0%' : pct > 0 ? `+${pct}%` : `−${-pct}%`;
}
