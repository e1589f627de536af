// Formatting of every number the results views show. The value formatters are the models' own
// (models/figures/format-value.ts), shared with the reports, the slides and the CLI, so that the
// same value reads the same everywhere; what only the app needs (clock times, durations, axis
// ticks) is here.
import {
  formatCount,
  formatMs,
  formatPercent,
  formatRps,
  formatValue as formatFigureValue,
  MINUS,
  trimmed,
  type Unit as FigureUnit,
} from '../../models/figures/format-value';

export { formatCount, formatMs, formatPercent, formatRps };

/** A figure's unit, or 's' for a time on the run's clock (chart axes). */
export type Unit = FigureUnit | 's';

function signed(text: string): string {
  return text.startsWith('-') ? MINUS + text.slice(1) : text;
}

/** Seconds of simulated time on a timeline: "45 s", "2:05", "1:02:03". */
export function formatClock(seconds: number): string {
  if (!Number.isFinite(seconds)) return '—';
  const neg = seconds < 0;
  const total = Math.round(Math.abs(seconds));
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  let text: string;
  if (h > 0) text = `${h}:${String(m).padStart(2, '0')}:${String(s).padStart(2, '0')}`;
  else if (m > 0) text = `${m}:${String(s).padStart(2, '0')}`;
  else text = `${s} s`;
  return neg ? MINUS + text : text;
}

/** A duration as words for progress and estimates: "0.4 s", "12 s", "3 min 5 s". */
export function formatDuration(seconds: number): string {
  if (!Number.isFinite(seconds) || seconds < 0) return '—';
  if (seconds < 10) return `${trimmed(seconds, 1)} s`;
  if (seconds < 60) return `${Math.round(seconds)} s`;
  const m = Math.floor(seconds / 60);
  const s = Math.round(seconds % 60);
  return s === 0 ? `${m} min` : `${m} min ${s} s`;
}

export function formatValue(value: number, unit: Unit): string {
  return unit === 's' ? formatClock(value) : formatFigureValue(value, unit);
}

/** Short tick labels for axes: no unit (the axis title carries it), thousands as "k". */
export function formatTick(value: number, unit: Unit): string {
  if (unit === 'percent') return `${Math.round(value * 100)}`;
  if (unit === 's') return formatClock(value);
  const abs = Math.abs(value);
  if (abs >= 1_000_000) return signed(`${trimmed(value / 1_000_000, 1)}M`);
  if (abs >= 1000) return signed(`${trimmed(value / 1000, 1)}k`);
  return signed(trimmed(value, abs < 1 ? 2 : abs < 10 ? 1 : 0));
}

/** Axis titles carry the unit once. */
export const UNIT_LABEL: Record<Unit, string> = {
  ms: 'ms',
  s: 'time',
  percent: '%',
  rps: 'requests/s',
  count: 'count',
  usd: 'US dollars',
};
