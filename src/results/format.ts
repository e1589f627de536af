// Formatting of every number the results views show. One place, so that a latency always reads
// "ms" or "s", a rate always "rps", a fraction always "%", and the same value reads the same in a
// KPI card, a chart axis, a tooltip and the compare table.

export type Unit = 'ms' | 's' | 'percent' | 'rps' | 'count';

const MINUS = '\u2212';

function trimmed(value: number, digits: number): string {
  return value
    .toFixed(digits)
    .replace(/\.0+$/, '')
    .replace(/(\.\d*?)0+$/, '$1');
}

/** Significant-looking precision: 3 digits below 10, 1 decimal below 100, none above. */
function compact(value: number): string {
  const abs = Math.abs(value);
  if (abs === 0) return '0';
  if (abs < 10) return trimmed(value, 2);
  if (abs < 100) return trimmed(value, 1);
  return Math.round(value).toLocaleString('en-US');
}

function signed(text: string): string {
  return text.startsWith('-') ? MINUS + text.slice(1) : text;
}

/** Milliseconds: "4.2 ms", "850 ms", from 10 s on "12.5 s". */
export function formatMs(ms: number): string {
  if (!Number.isFinite(ms)) return '—';
  if (Math.abs(ms) >= 10_000) return `${signed(compact(ms / 1000))} s`;
  return `${signed(compact(ms))} ms`;
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

/** A fraction 0..1 as a percentage: 0.9834 → "98.3 %", 0.00004 → "<0.01 %". */
export function formatPercent(fraction: number): string {
  if (!Number.isFinite(fraction)) return '—';
  const pct = fraction * 100;
  if (pct !== 0 && Math.abs(pct) < 0.01) return pct > 0 ? '<0.01 %' : `>${MINUS}0.01 %`;
  const abs = Math.abs(pct);
  const text = abs >= 99.95 || abs < 10 ? trimmed(pct, abs < 1 ? 2 : 1) : trimmed(pct, 1);
  return `${signed(text)} %`;
}

export function formatRps(rps: number): string {
  if (!Number.isFinite(rps)) return '—';
  return `${signed(compact(rps))} rps`;
}

export function formatCount(n: number): string {
  if (!Number.isFinite(n)) return '—';
  return signed(Math.round(n).toLocaleString('en-US'));
}

export function formatValue(value: number, unit: Unit): string {
  switch (unit) {
    case 'ms':
      return formatMs(value);
    case 's':
      return formatClock(value);
    case 'percent':
      return formatPercent(value);
    case 'rps':
      return formatRps(value);
    case 'count':
      return formatCount(value);
  }
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
};
