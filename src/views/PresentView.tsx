// Present mode: slides generated from the project, filling the window. Arrow keys, Space and Page
// keys navigate; F toggles full screen, N the speaker notes; Escape leaves (back to the Roadmap
// view). The deck prints one slide per page (Print / PDF) and exports as one HTML file.
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { findVariant } from '../../models/roadmap/plan';
import { capacityReport } from '../capacity/capacity-report';
import { useCapacityStore } from '../capacity/capacity-store';
import { deckHtml } from '../present/deck-html';
import { PresentDeck } from '../present/PresentDeck';
import { PRINT_PAGE } from '../present/slide-chart-size';
import { buildSlides } from '../present/Slides';
import { usePrinting } from '../present/use-printing';
import { downloadText } from '../export/download-text';
import { fileSlug } from '../export/file-name';
import { usePresentRuns } from '../present/use-present-runs';
import { trajectoryKey, useRoadmapRunStore } from '../roadmap/roadmap-run-store';
import { roadmapScenario } from '../roadmap/roadmap-scenario';
import { safePlan } from '../roadmap/safe-plan';
import { useProjectStore } from '../store/project-store';
import { useUiStore } from '../store/ui-store';
import '../present/present.css';

export function PresentView() {
  const project = useProjectStore((s) => s.project);
  const setView = useUiStore((s) => s.setView);
  const planned = useMemo(() => safePlan(project), [project]);
  const plan = 'plan' in planned ? planned.plan : null;
  const storedScenario = useRoadmapRunStore((s) => s.scenarioId);
  const scenario = roadmapScenario(project, storedScenario);
  const capacitySweeps = useCapacityStore((s) => s.sweeps);
  const runs = usePresentRuns(project, plan, scenario?.id ?? null);
  const stored = useRoadmapRunStore((s) => s.trajectory);
  const [index, setIndex] = useState(0);
  const [showNotes, setShowNotes] = useState(false);
  const [exporting, setExporting] = useState(false);
  const printing = usePrinting();
  const deckRef = useRef<HTMLDivElement>(null);

  const nodeName = useCallback(
    (id: string): string => {
      for (const v of project.variants) {
        const n = v.nodes.find((x) => x.id === id);
        if (n) return n.name;
      }
      return id;
    },
    [project],
  );
  const slides = plan
    ? buildSlides({
        project,
        plan,
        from: findVariant(project, plan.from),
        to: findVariant(project, plan.to),
        scenario,
        runs,
        trajectory:
          scenario && stored?.key === trajectoryKey(plan.steps, scenario.id) ? stored.points : null,
        nodeName,
        capacity: capacityReport(project, capacitySweeps, [plan.from, plan.to]),
      })
    : [];
  const count = slides.length;

  // Leaving Present mode leaves full screen too.
  useEffect(
    () => () => {
      if (document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
    },
    [],
  );
  // The export reads the deck once it is drawn and its charts have measured their width.
  useEffect(() => {
    if (!exporting) return;
    let frame = requestAnimationFrame(() => {
      frame = requestAnimationFrame(() => {
        if (deckRef.current)
          downloadText(
            `${fileSlug(project.name, 'slides')}-slides.html`,
            deckHtml(deckRef.current, `${project.name}: slides`),
            'text/html',
          );
        setExporting(false);
      });
    });
    return () => cancelAnimationFrame(frame);
  }, [exporting, project.name]);
  useEffect(() => {
    const onKey = (e: KeyboardEvent): void => {
      if (e.ctrlKey || e.metaKey || e.altKey) return;
      if (e.key === 'ArrowRight' || e.key === ' ' || e.key === 'PageDown')
        setIndex((i) => Math.min(count - 1, i + 1));
      else if (e.key === 'ArrowLeft' || e.key === 'PageUp') setIndex((i) => Math.max(0, i - 1));
      else if (e.key === 'Home') setIndex(0);
      else if (e.key === 'End') setIndex(count - 1);
      else if (e.key === 'Escape' && !document.fullscreenElement) setView('roadmap');
      else if (e.key === 'f' || e.key === 'F') toggleFullScreen();
      else if (e.key === 'n' || e.key === 'N') setShowNotes((v) => !v);
      else return;
      e.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [count, setView]);

  if ('error' in planned) return <p role="alert">{planned.error}</p>;
  const slide = slides[Math.min(index, count - 1)]!;
  return (
    <div
      className="present"
      data-testid="present"
      role="region"
      aria-roledescription="slide show"
      aria-label="Presentation"
    >
      <section className="slide" data-testid={`slide-${slide.id}`} aria-label={slide.title}>
        <h1>{slide.title}</h1>
        <div className="slide-body">{slide.body('screen')}</div>
      </section>
      {showNotes && (
        <aside className="present-notes" aria-label="Speaker notes" data-testid="speaker-notes">
          <ul>
            {slide.notes.map((n, k) => (
              <li key={k}>{n}</li>
            ))}
          </ul>
        </aside>
      )}
      <footer className="present-footer">
        <span className="present-footer-name">{project.name}</span>
        <span data-testid="slide-counter">
          {index + 1} / {count}
        </span>
        <span className="present-actions">
          <button type="button" onClick={toggleFullScreen} aria-keyshortcuts="F">
            Full screen (F)
          </button>
          <button
            type="button"
            onClick={() => setShowNotes((v) => !v)}
            aria-pressed={showNotes}
            aria-keyshortcuts="N"
          >
            Notes (N)
          </button>
          <button type="button" onClick={() => window.print()}>
            Print / PDF
          </button>
          <button type="button" onClick={() => setExporting(true)} disabled={exporting}>
            Export slides (HTML)
          </button>
          <span className="present-keys">← → Space · Esc leaves</span>
        </span>
      </footer>
      {(printing || exporting) && (
        <PresentDeck
          ref={deckRef}
          slides={slides}
          projectName={project.name}
          page={printing && !exporting ? PRINT_PAGE : undefined}
        />
      )}
    </div>
  );
}

/** Full screen on the user's request (a key or the button), or back. */
function toggleFullScreen(): void {
  if (document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
  else void document.documentElement.requestFullscreen?.().catch(() => undefined);
}
