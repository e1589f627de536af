// How large a slide draws its charts' type and plots, from the size of the screen the slide fills
// (the window; the printed page while the deck prints), so that the axis labels read from the
// back of the room: 15 px type on a 1280 × 800 screen, 17 px at 1920 × 1080 (present.css sets the
// same on every slide chart: calc(9px + 0.75vmin)).
import { createContext, useContext, useSyncExternalStore } from 'react';

export interface SlideScreen {
  width: number;
  height: number;
}

/** The printed page: 13.333 × 8.333 in at 96 CSS px an inch (present.css `@page`). */
export const PRINT_PAGE: SlideScreen = { width: 1280, height: 800 };

/** The screen the slides are drawn for when it is not the window (the deck while printing). */
export const SlideScreenContext = createContext<SlideScreen | null>(null);

function onResize(change: () => void): () => void {
  window.addEventListener('resize', change);
  return () => window.removeEventListener('resize', change);
}

let lastWindow: SlideScreen | null = null;
/** The window's size, the same object while it stays the same (useSyncExternalStore needs it). */
function windowScreen(): SlideScreen {
  const { innerWidth: width, innerHeight: height } = window;
  if (lastWindow?.width !== width || lastWindow.height !== height) lastWindow = { width, height };
  return lastWindow;
}

/**
 * The screen the slides fill, followed as it changes (full screen, a resized window), so that a
 * slide on show redraws its charts for it; null without a window (server-side rendering in tests).
 */
export function useSlideScreen(): SlideScreen | null {
  const given = useContext(SlideScreenContext);
  const shown = useSyncExternalStore(onResize, windowScreen, () => null);
  return given ?? shown;
}

/** The type of a slide chart's axes, markers and labels, in px; 11 px without a screen. */
export function slideChartTextPx(screen: SlideScreen | null): number {
  return screen ? 9 + 0.0075 * Math.min(screen.width, screen.height) : 11;
}

/** A share of the screen's height for a slide's plot, never under `min` px; `min` without a screen. */
export function slidePlotHeight(screen: SlideScreen | null, share: number, min: number): number {
  return screen ? Math.max(min, Math.round(screen.height * share)) : min;
}
