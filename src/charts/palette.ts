// Colours of the charts. Series colours are the Okabe–Ito set (distinguishable with the common
// colour-vision deficiencies) as CSS variables, so dark mode swaps them in charts.css.
import { interpolateYlOrRd } from 'd3';

export const SERIES_COLOURS = 8;

export function seriesColour(index: number): string {
  return `var(--series-${(index % SERIES_COLOURS) + 1})`;
}

/** Utilisation 0..1 → pale yellow through orange to deep red (sequential, legible without hue). */
export function utilisationColour(u: number): string {
  if (!Number.isFinite(u)) return 'var(--chart-empty)';
  const clamped = Math.min(1, Math.max(0, u));
  return interpolateYlOrRd(0.08 + 0.9 * clamped);
}

/** Dark text on the pale end, light text on the dark end of the utilisation scale. */
export function utilisationTextColour(u: number): string {
  return Number.isFinite(u) && u > 0.6 ? '#fff' : '#1a1a1a';
}
