// Present mode: full-screen slides generated from the project. Arrow keys, Space and Page keys
// navigate; Escape leaves (back to the Roadmap view).
import { useCallback, useEffect, useMemo, useState } from 'react';
import { findVariant } from '../../models/roadmap/plan';
import { capacityReport } from '../capacity/capacity-report';
import { useCapacityStore } from '../capacity/capacity-store';
import { buildSlides } from '../present/Slides';
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

  useEffect(() => {
    document.documentElement.requestFullscreen?.().catch(() => undefined);
    return () => {
      if (document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
    };
  }, []);
  useEffect(() => {
    const onKey = (e: KeyboardEvent): void => {
      if (e.key === 'ArrowRight' || e.key === ' ' || e.key === 'PageDown')
        setIndex((i) => Math.min(count - 1, i + 1));
      else if (e.key === 'ArrowLeft' || e.key === 'PageUp') setIndex((i) => Math.max(0, i - 1));
      else if (e.key === 'Home') setIndex(0);
      else if (e.key === 'End') setIndex(count - 1);
      else if (e.key === 'Escape') setView('roadmap');
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
        <div className="slide-body">{slide.body}</div>
      </section>
      <footer className="present-footer">
        <span>{project.name}</span>
        <span data-testid="slide-counter">
          {index + 1} / {count}
        </span>
        <span>← → or Space to move · Esc to leave</span>
      </footer>
    </div>
  );
}
