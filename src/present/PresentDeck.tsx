// Every slide at once, one after the other, for printing (one slide per page) and for the
// self-contained HTML export. Drawn outside the app's root so print CSS can show it alone.
import { forwardRef } from 'react';
import { createPortal } from 'react-dom';
import { SlideScreenContext, type SlideScreen } from './slide-chart-size';
import type { Slide } from './Slides';

interface PresentDeckProps {
  slides: readonly Slide[];
  projectName: string;
  /**
   * The page the deck prints on: its slides are drawn at that size whatever the window's (a deck
   * printed from a 1920 px window would otherwise draw charts wider and taller than the page).
   */
  page?: SlideScreen;
}

export const PresentDeck = forwardRef<HTMLDivElement, PresentDeckProps>(function PresentDeck(
  { slides, projectName, page },
  ref,
) {
  return createPortal(
    <div
      className={page ? 'present-deck present-deck-page' : 'present-deck'}
      ref={ref}
      data-testid="present-deck"
      aria-hidden="true"
      style={page ? { width: page.width } : undefined}
    >
      <SlideScreenContext value={page ?? null}>
        {slides.map((slide, i) => (
          <section
            key={slide.id}
            className="slide deck-slide"
            data-slide={slide.id}
            style={page ? { height: page.height } : undefined}
          >
            <h1>{slide.title}</h1>
            <div className="slide-body">{slide.body('deck')}</div>
            <footer className="deck-footer">
              <span>{projectName}</span>
              <span>
                {i + 1} / {slides.length}
              </span>
            </footer>
            {slide.notes.length > 0 && (
              <details className="deck-notes">
                <summary>Speaker notes</summary>
                <ul>
                  {slide.notes.map((n, k) => (
                    <li key={k}>{n}</li>
                  ))}
                </ul>
              </details>
            )}
          </section>
        ))}
      </SlideScreenContext>
    </div>,
    document.body,
  );
});
