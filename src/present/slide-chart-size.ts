// How large a slide draws its charts' type and plots, from the screen's size, so that the axis
// labels read from the back of the room: 15 px type on a 1280 × 800 screen, 17 px at 1920 × 1080
// (present.css sets the same size on every slide chart: calc(9px + 0.75vmin)).

/** The type of a slide chart's axes, markers and labels, in px; 11 px without a screen (tests). */
export function slideChartTextPx(): number {
  if (typeof window === 'undefined') return 11;
  return 9 + 0.0075 * Math.min(window.innerWidth, window.innerHeight);
}

/** A share of the screen's height for a slide's plot, never under `min` px; `min` without a screen. */
export function slidePlotHeight(share: number, min: number): number {
  return typeof window === 'undefined'
    ? min
    : Math.max(min, Math.round(window.innerHeight * share));
}
