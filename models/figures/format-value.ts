// How every figure's number reads, in the app, the reports, the slides and the CLI alike: a
// latency always "ms" or "s", a share always "%", a count with thousands separated. No locale:
// the same value gives the same text in every browser and in Node.

export type Unit = 'ms' | 'percent' | 'rps' | 'count' | 'usd';

export const MINUS = '\u2212';

/** `toFixed` without trailing zeros: 2.50 → "2.5", 3.00 → "3". */
export function trimmed(value: number, digits: number): string {
  return value
    .toFixed(digits)
    .replace(/\.0+$/, '')
    .replace(/(\.\d*?)0+$/, '$1');
}

/** 1234567 → "1,234,567" (rounded to an integer). */
export function grouped(value: number): string {
  const text = String(Math.round(Math.abs(value)));
  const withCommas = text.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return value < 0 && Math.round(Math.abs(value)) !== 0 ? `-${withCommas}` : withCommas;
}

/** Precision that suits the size: 3 significant digits below 10, 1 decimal below 100, none above. */
function compact(value: number): string {
  const abs = Math.abs(value);
  if (abs === 0) return '0';
  if (abs < 10) return trimmed(value, 2);
  if (abs < 100) return trimmed(value, 1);
  return grouped(value);
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

/**
 * A fraction 0..1 as a percentage: "98.3 %", "0.42 %", "<0.01 %". Close to 100 % it keeps the
 * digits that tell it from 100 %, so that 99.87 % never reads as an objective's "99.9 %", and a
 * share short of 100 % never reads "100 %" (">99.99 %").
 */
export function formatPercent(fraction: number): string {
  if (!Number.isFinite(fraction)) return '—';
  const pct = fraction * 100;
  const abs = Math.abs(pct);
  if (pct !== 0 && abs < 0.01) return pct > 0 ? '<0.01 %' : `>${MINUS}0.01 %`;
  let digits = abs < 10 ? 2 : 1;
  if (abs >= 90 && abs < 100) {
    // Enough decimals for two significant digits of what is missing to 100 %.
    digits = Math.min(3, Math.max(1, Math.ceil(-Math.log10(100 - abs)) + 1));
    if (Number(abs.toFixed(digits)) >= 100) return pct > 0 ? '>99.99 %' : `<${MINUS}99.99 %`;
  }
  return `${signed(trimmed(pct, digits))} %`;
}

export function formatRps(rps: number): string {
  if (!Number.isFinite(rps)) return '—';
  return `${signed(compact(rps))} rps`;
}

export function formatCount(n: number): string {
  if (!Number.isFinite(n)) return '—';
  return signed(grouped(n));
}

/**
 * US dollars to the cent: "$1,234.56", "−$3.20"; an amount that rounds to no cent but is not
 * zero reads "<$0.01".
 */
export function formatUsd(usd: number): string {
  if (!Number.isFinite(usd)) return '—';
  const cents = Math.round(Math.abs(usd) * 100);
  if (cents === 0 && usd !== 0) return usd > 0 ? '<$0.01' : `>${MINUS}$0.01`;
  const text = `$${grouped(Math.floor(cents / 100))}.${String(cents % 100).padStart(2, '0')}`;
  return usd < 0 && cents !== 0 ? MINUS + text : text;
}

export function formatValue(value: number, unit: Unit): string {
  switch (unit) {
    case 'ms':
      return formatMs(value);
    case 'percent':
      return formatPercent(value);
    case 'rps':
      return formatRps(value);
    case 'count':
      return formatCount(value);
    case 'usd':
      return formatUsd(value);
  }
}
